// The bytes of a run-end notification: BEL, then OSC 9 or 777, through tmux's passthrough inside tmux; data made inert.
import { describe, expect, it } from 'vitest';
import { notificationSequence, runEndBody } from '../../source/look/notification.js';

describe('notificationSequence', () => {
	it('BEL then OSC 9 by default', () => {
		expect(notificationSequence('bench-tui', 'run 4 of summarize completed · mean 81.5', { TERM: 'xterm-256color' })).toBe(
			'\x07\x1b]9;bench-tui: run 4 of summarize completed · mean 81.5\x07',
		);
	});

	it('OSC 777 notify where the terminal speaks it (VTE, foot), with `;` kept out of the fields', () => {
		expect(notificationSequence('bench-tui', 'a;b', { VTE_VERSION: '7600' })).toBe('\x07\x1b]777;notify;bench-tui;a b\x07');
		expect(notificationSequence('t', 'b', { TERM: 'foot' })).toBe('\x07\x1b]777;notify;t;b\x07');
	});

	it('inside tmux: the OSC wrapped in DCS passthrough with ESC doubled; BEL stays for tmux itself', () => {
		expect(notificationSequence('bench-tui', 'done', { TMUX: '/tmp/tmux-0/default,1,0', TERM: 'screen' })).toBe(
			'\x07\x1bPtmux;\x1b\x1b]9;bench-tui: done\x07\x1b\\',
		);
	});

	it('escape sequences and newlines in data cannot end the OSC string early', () => {
		const bytes = notificationSequence('bench-tui', runEndBody({ id: '4\x1b]0;PWNED\x07', status: 'completed\n\x9d' }, 'sum\x1b[31mmarize', 80), {});
		const inner = bytes.slice('\x07\x1b]9;'.length, -1);
		expect(inner).not.toMatch(/[\x00-\x1f\x7f-\x9f]/);
		expect(inner).toContain('mean 80.0');
	});
});

describe('runEndBody', () => {
	it('names the run, its script, status and mean score; no mean when nothing was scored', () => {
		expect(runEndBody({ id: 812, status: 'completed' }, 'summarize', 81.54)).toBe('run 812 of summarize completed · mean 81.5');
		expect(runEndBody({ id: 9, status: 'failed' }, null, null)).toBe('run 9 failed');
	});
});
