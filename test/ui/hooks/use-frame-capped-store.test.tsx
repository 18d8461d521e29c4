// The one store subscription: a burst of changes costs at most the capped number of renders, the last change is
// always drawn, and unmounting leaves no timer behind (a timer left would fire into an unmounted component).
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { frameCapped, useFrameCappedStore, type SnapshotStore } from '../../../source/ui/hooks/useFrameCappedStore.js';

/** A counter store; `listeners` shows whether anyone is still subscribed. */
function counterStore() {
	let value = 0;
	const listeners = new Set<() => void>();
	const store: SnapshotStore<number> = {
		getSnapshot: () => value,
		subscribe(listener) {
			listeners.add(listener);
			return () => void listeners.delete(listener);
		},
	};
	const bump = () => {
		value++;
		for (const listener of listeners) listener();
	};
	return { store, bump, listeners };
}

function Counter({ store, fps, onRender }: { store: SnapshotStore<number>; fps: number; onRender: (value: number) => void }) {
	const value = useFrameCappedStore(store, fps);
	onRender(value);
	return <Text>{`value ${value}`}</Text>;
}

afterEach(() => {
	vi.useRealTimers();
});

describe('useFrameCappedStore', () => {
	it('draws a burst of 100 changes in at most the capped renders, ending on the last value', async () => {
		vi.useFakeTimers();
		const { store, bump } = counterStore();
		const renders: number[] = [];
		const view = render(<Counter store={store} fps={10} onRender={(value) => renders.push(value)} />);
		await vi.advanceTimersByTimeAsync(0);
		renders.length = 0;

		// 100 changes, 2 ms apart: 200 ms of a burst at 10 renders a second.
		for (let i = 0; i < 100; i++) {
			bump();
			await vi.advanceTimersByTimeAsync(2);
		}
		await vi.advanceTimersByTimeAsync(200);
		// The first change at once, then one per 100 ms of the burst, then the trailing one: never one per change.
		expect(renders.length, `renders: ${renders.join(' ')}`).toBeGreaterThanOrEqual(2);
		expect(renders.length, `renders: ${renders.join(' ')}`).toBeLessThanOrEqual(4);
		expect(renders.at(-1)).toBe(100);
		expect(view.lastFrame()).toBe('value 100');
		view.unmount();
	});

	it('unmounting mid-burst clears its timer and unsubscribes', async () => {
		vi.useFakeTimers();
		const { store, bump, listeners } = counterStore();
		const view = render(<Counter store={store} fps={2} onRender={() => undefined} />);
		await vi.advanceTimersByTimeAsync(0);
		bump();
		bump();
		// The second change waits for the trailing notification, ~500 ms away.
		expect(vi.getTimerCount()).toBe(1);
		expect(listeners.size).toBe(1);

		view.unmount();
		expect(vi.getTimerCount()).toBe(0);
		expect(listeners.size).toBe(0);
	});

	it('keeps its snapshot between notifications, as useSyncExternalStore requires', async () => {
		vi.useFakeTimers();
		const { store, bump } = counterStore();
		const capped = frameCapped(store, 1);
		let notified = 0;
		const unsubscribe = capped.subscribe(() => notified++);
		bump();
		expect([notified, capped.getSnapshot()]).toEqual([1, 1]);
		bump();
		bump();
		// Not yet told: the snapshot stays what React was last told, however often it is read.
		expect([notified, capped.getSnapshot(), capped.getSnapshot()]).toEqual([1, 1, 1]);
		await vi.advanceTimersByTimeAsync(1_000);
		expect([notified, capped.getSnapshot()]).toEqual([2, 3]);
		unsubscribe();
	});

	it('with no cap (Infinity) tells React of every change at once', () => {
		const { store, bump } = counterStore();
		const capped = frameCapped(store, Infinity);
		const seen: number[] = [];
		const unsubscribe = capped.subscribe(() => seen.push(capped.getSnapshot()));
		bump();
		bump();
		bump();
		expect(seen).toEqual([1, 2, 3]);
		unsubscribe();
	});
});
