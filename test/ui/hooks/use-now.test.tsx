// useNow: an idle view's relative times keep advancing with no activity (pinned, fake clock).
import { Text } from 'ink';
import { render } from 'ink-testing-library';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { formatAgo } from '../../../source/state/format.js';
import { useNow } from '../../../source/ui/hooks/useNow.js';

const FINISHED = '2026-11-28T21:06:00.000Z';

function Finished({ at }: { at: string }) {
	const now = useNow(1000, false, [at]);
	return <Text>{formatAgo(at, now)}</Text>;
}

beforeEach(() => {
	vi.useFakeTimers();
	vi.setSystemTime(Date.parse(FINISHED) + 48_000);
});
afterEach(() => vi.useRealTimers());

/** Moves the fake clock, then lets React and Ink commit the frame (they schedule on timers of their own). */
async function advance(ms: number): Promise<void> {
	await vi.advanceTimersByTimeAsync(ms);
	await vi.advanceTimersByTimeAsync(100);
}

it('a finished run read 48s ago keeps counting while nothing happens: 49s, then 3m', async () => {
	const { lastFrame, unmount } = render(<Finished at={FINISHED} />);
	await advance(0);
	expect(lastFrame()).toBe('48s ago');
	await advance(1000);
	expect(lastFrame()).toBe('49s ago');
	await advance(3 * 60_000);
	expect(lastFrame()).toBe('3m ago');
	unmount();
});

it('data that arrives after mount is measured against a fresh clock, not the mount time ("0s ago")', async () => {
	const { lastFrame, rerender, unmount } = render(<Finished at="2026-11-28T21:00:00.000Z" />);
	await advance(0);
	expect(lastFrame()).toBe('6m ago');
	vi.setSystemTime(Date.parse(FINISHED) + 120_000);
	rerender(<Finished at={FINISHED} />);
	await advance(0);
	expect(lastFrame()).toBe('2m ago');
	unmount();
});
