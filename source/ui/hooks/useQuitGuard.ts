// While `unsaved` is a description (not null), quitting the app asks before throwing those changes away.
import { useLayoutEffect } from 'react';
import { useActions } from '../context.js';

export function useQuitGuard(unsaved: string | null): void {
	const { guardQuit } = useActions();
	useLayoutEffect(() => (unsaved === null ? undefined : guardQuit(unsaved)), [unsaved, guardQuit]);
}
