// Relative times: when an idle view must re-render so that "48s ago" never freezes (pinned clock, no timers).
import { describe, expect, it } from 'vitest';
import { formatAgo, msUntilAgoChanges } from '../../source/state/format.js';

const T0 = Date.parse('2026-11-28T21:06:00.000Z');
const at = (ms: number) => new Date(T0 + ms).toISOString();

describe('msUntilAgoChanges', () => {
	it('waits exactly until the label of the youngest time changes', () => {
		const finished = at(0);
		let now = T0 + 48_000;
		expect(formatAgo(finished, now)).toBe('48s ago');
		now += msUntilAgoChanges([finished], now)!;
		expect(formatAgo(finished, now)).toBe('49s ago');

		now = T0 + 3 * 60_000 + 10_000; // 3m10s: formatAgo rounds to whole seconds, so 4m shows from 3m59.5s
		expect(msUntilAgoChanges([finished], now)).toBe(49_500);
		expect(formatAgo(finished, now + 49_499)).toBe('3m ago');
		expect(formatAgo(finished, now + 49_500)).toBe('4m ago');
	});

	it('takes the soonest of several times and skips missing ones', () => {
		const now = T0 + 2 * 3_600_000;
		expect(msUntilAgoChanges([at(0), null, 'garbage', at(2 * 3_600_000 - 30_000)], now)).toBe(500);
		expect(msUntilAgoChanges([null, undefined], now)).toBeNull();
	});

	it('walking the clock by its own answers never skips or repeats a label, through s, m, h and d', () => {
		const time = at(0);
		let now = T0;
		const labels: string[] = [];
		while (now < T0 + 3 * 86_400_000) {
			labels.push(formatAgo(time, now));
			now += msUntilAgoChanges([time], now)!;
		}
		expect(new Set(labels).size).toBe(labels.length);
		expect(labels.slice(0, 3)).toEqual(['0s ago', '1s ago', '2s ago']);
		expect(labels).toContain('59s ago');
		expect(labels).toContain('1m ago');
		expect(labels).toContain('23h ago');
		expect(labels.at(-1)).toBe('3d ago'); // from 2d 23h 59m 59.5s, rounded
	});
});
