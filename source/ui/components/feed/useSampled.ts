// A value that follows its input at most once per `intervalMs` (the latest input wins); 0 follows it at once.
import { useEffect, useRef, useState } from 'react';

export function useSampled<T>(value: T, intervalMs: number): T {
	const [sampled, setSampled] = useState(value);
	const latest = useRef(value);
	latest.current = value;
	const lastSet = useRef(0);
	const immediate = intervalMs <= 0;
	// Kept in step while immediate (adjusted during render: no extra frame), so sampling starts from the current value.
	if (immediate && sampled !== value) setSampled(() => value);

	useEffect(() => {
		if (immediate || sampled === value) return;
		const wait = Math.max(0, lastSet.current + intervalMs - Date.now());
		const timer = setTimeout(() => {
			lastSet.current = Date.now();
			setSampled(latest.current);
		}, wait);
		return () => clearTimeout(timer);
	}, [immediate, intervalMs, sampled, value]);

	return immediate ? value : sampled;
}
