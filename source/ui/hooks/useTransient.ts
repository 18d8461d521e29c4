// A message shown for a while (the error banner, the status flash); showing one again restarts its clock.
import { useCallback, useEffect, useState } from 'react';

export function useTransient(ms: number): [message: string | undefined, show: (message: string) => void, clear: () => void] {
	// An object per show, so the same text shown twice is a new message with its own timer.
	const [current, setCurrent] = useState<{ message: string } | null>(null);
	useEffect(() => {
		if (!current) return;
		const timer = setTimeout(() => setCurrent((shown) => (shown === current ? null : shown)), ms);
		return () => clearTimeout(timer);
	}, [current, ms]);
	const show = useCallback((message: string) => setCurrent({ message }), []);
	const clear = useCallback(() => setCurrent(null), []);
	return [current?.message, show, clear];
}
