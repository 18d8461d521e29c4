// The one way a component follows a store that changes outside React (the run feed, a loading history, the case
// editor's session): useSyncExternalStore over the store, with React told of changes at most `maxPerSecond` times a
// second — the first change at once, later ones in a burst coalesced into one trailing notification, so the last
// change is always drawn. The timer goes with the subscription.
import { useMemo, useSyncExternalStore } from 'react';

/** A store as useSyncExternalStore takes it. `getSnapshot` must return the same value (`Object.is`) until a change. */
export interface SnapshotStore<T> {
	subscribe(onChange: () => void): () => void;
	getSnapshot(): T;
}

/** Notifications per second: a number, or read at each change (e.g. fewer for a faster stream); Infinity: every change. */
export type FrameRate = number | (() => number);

/**
 * The store's snapshot, as of React's last notification.
 *
 * @example
 * const store = useMemo(() => ({ subscribe: (l) => feed.subscribe(l), getSnapshot: () => feed.version }), [feed]);
 * useFrameCappedStore(store, 15); // re-renders at most 15 times a second while the feed changes
 */
export function useFrameCappedStore<T>(store: SnapshotStore<T>, maxPerSecond: FrameRate): T {
	const capped = useMemo(() => frameCapped(store, maxPerSecond), [store, maxPerSecond]);
	return useSyncExternalStore(capped.subscribe, capped.getSnapshot, capped.getSnapshot);
}

/**
 * `store` as seen through the cap: its snapshot is the store's as of the last notification (cached between them, as
 * useSyncExternalStore requires, and so that a render in between — a key — does not spend the next frame early).
 */
export function frameCapped<T>(store: SnapshotStore<T>, maxPerSecond: FrameRate): SnapshotStore<T> {
	let published = store.getSnapshot();
	const intervalMs = () => {
		const rate = typeof maxPerSecond === 'function' ? maxPerSecond() : maxPerSecond;
		return rate === Infinity ? 0 : 1000 / Math.max(rate, Number.MIN_VALUE);
	};
	return {
		getSnapshot: () => published,
		subscribe(onChange) {
			let timer: NodeJS.Timeout | undefined;
			let lastNotified = -Infinity;
			const notify = () => {
				timer = undefined;
				lastNotified = performance.now();
				published = store.getSnapshot();
				onChange();
			};
			const unsubscribe = store.subscribe(() => {
				if (timer) return;
				const wait = lastNotified + intervalMs() - performance.now();
				if (wait <= 0) notify();
				else timer = setTimeout(notify, wait);
			});
			// A change between the render that read `published` and this subscription is not lost.
			if (!Object.is(published, store.getSnapshot())) notify();
			return () => {
				clearTimeout(timer);
				timer = undefined;
				unsubscribe();
			};
		},
	};
}
