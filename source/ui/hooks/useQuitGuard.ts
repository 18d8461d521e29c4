// While `unsaved` is a description (not null), quitting the app asks before throwing those changes away.
import { useLayoutEffect } from 'react';
import { useApp } from '../context.js';

export function useQuitGuard(unsaved: string | null): void {
	const { guardQuit } = useApp();
	useLayoutEffect(() => (unsaved === null ? undefined : guardQuit(unsaved)), [unsaved, guardQuit]);
}
