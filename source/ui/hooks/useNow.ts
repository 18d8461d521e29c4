// The current time for a view: ticks every `intervalMs` while `active` (a run is running, a highlight is fading), and
// otherwise wakes exactly when a relative time the view shows ("48s ago") would change, so idle times never freeze.
import { useEffect, useState } from 'react';
import { msUntilAgoChanges } from '../../state/format.js';

export function useNow(intervalMs: number, active: boolean, shownTimes: readonly (string | null | undefined)[] = []): number {
	const [now, setNow] = useState(Date.now);
	const timesKey = shownTimes.filter(Boolean).join('\n');
	useEffect(() => {
		if (active) {
			setNow(Date.now());
			const timer = setInterval(() => setNow(Date.now()), intervalMs);
			return () => clearInterval(timer);
		}
		if (!timesKey) return;
		const times = timesKey.split('\n');
		let timer: ReturnType<typeof setTimeout> | undefined;
		const tick = () => {
			const current = Date.now();
			setNow(current);
			const wait = msUntilAgoChanges(times, current);
			if (wait !== null) timer = setTimeout(tick, Math.max(50, wait));
		};
		tick();
		return () => clearTimeout(timer);
	}, [intervalMs, active, timesKey]);
	return now;
}
