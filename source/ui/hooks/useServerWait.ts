// How long the client has been waiting for the server's answer, in whole seconds, once it passes one second: the
// status line then says "waiting for <host>… (n s)" instead of leaving a bare "loading…".
import { useEffect, useState } from 'react';
import type { Waits } from '../../client/api.js';

const SHOW_AFTER_MS = 1_000;

/**
 * Seconds the oldest request has waited for its answer, or undefined while nothing has waited a second.
 *
 *   const waited = useServerWait(client.waits); // 3 → "waiting for host… (3 s)"
 */
export function useServerWait(waits: Waits): number | undefined {
	const [seconds, setSeconds] = useState<number | undefined>(undefined);
	useEffect(() => {
		let timer: NodeJS.Timeout | undefined;
		const update = () => {
			clearTimeout(timer);
			const oldest = waits.oldest();
			if (oldest === undefined) return setSeconds(undefined);
			const waited = Date.now() - oldest;
			setSeconds(waited >= SHOW_AFTER_MS ? Math.floor(waited / 1000) : undefined);
			// Wake at the next whole second of the wait.
			timer = setTimeout(update, 1000 - (waited % 1000));
		};
		const unsubscribe = waits.subscribe(update);
		update();
		return () => {
			unsubscribe();
			clearTimeout(timer);
		};
	}, [waits]);
	return seconds;
}
