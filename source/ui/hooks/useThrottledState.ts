// State whose updates are coalesced: any number of set() calls between flushes cause at most one render,
// and flushes happen at most `perSecond` times a second. Used for stream data (hub events, result feeds).
import { useCallback, useEffect, useRef, useState } from 'react';

export type ThrottledSetter<T> = (next: T | ((previous: T) => T)) => void;

export function useThrottledState<T>(initial: T | (() => T), perSecond = 30): [T, ThrottledSetter<T>] {
	const [state, setState] = useState(initial);
	const pending = useRef<T>(state);
	const timer = useRef<NodeJS.Timeout | null>(null);
	const lastFlush = useRef(0);
	const interval = 1000 / perSecond;

	const flush = useCallback(() => {
		timer.current = null;
		lastFlush.current = Date.now();
		setState(pending.current);
	}, []);

	const set = useCallback<ThrottledSetter<T>>(
		(next) => {
			pending.current = typeof next === 'function' ? (next as (previous: T) => T)(pending.current) : next;
			if (timer.current) return;
			const wait = Math.max(0, lastFlush.current + interval - Date.now());
			timer.current = setTimeout(flush, wait);
		},
		[flush, interval],
	);

	useEffect(
		() => () => {
			if (timer.current) clearTimeout(timer.current);
		},
		[],
	);
	return [state, set];
}
