import { describe, expect, test } from 'vitest';
import type { BenchEvent, BenchRun, ProjectBenchSummary } from '../../../source/wire/types.js';
import { applyBenchEvents, trendOf } from '../../../source/state/bench-summaries.js';
import { parseCommand } from '../../../source/state/command-line.js';
import { sparkline } from '../../../source/ui/components/Sparkline.js';
import { fitColumns, type Column } from '../../../source/ui/components/Table.js';
import { glyphSet, localeIsUtf8 } from '../../../source/look/glyphs.js';
import { scrollOffset } from '../../../source/ui/hooks/useListNavigation.js';
import { osc52 } from '../../../source/ui/osc52.js';
import { rerunRequest } from '../../../source/ui/hooks/useRunActions.js';
import { nextKeys, typedKeys } from '../../../source/ui/hooks/useKeyboard.js';
import type { InputEvent } from '../../../source/ui/key-router.js';

describe('command line', () => {
	test.each([
		[':project 2', { kind: 'project', projectId: 2 }],
		['run 812', { kind: 'run', runId: 812 }],
		[':bench 7', { kind: 'bench', benchId: 7 }],
		[':compare 810 812', { kind: 'compare', runA: 810, runB: 812 }],
		[':promote 0190-abc', { kind: 'promote', executionId: '0190-abc' }],
		[':cases', { kind: 'cases', script: undefined }],
		[':q', { kind: 'quit' }],
	])('%s', (line, expected) => expect(parseCommand(line)).toEqual(expected));

	test('bad input explains the usage', () => {
		expect(parseCommand(':run abc')).toEqual({ error: 'usage: :run N' });
		expect(parseCommand(':compare 1')).toEqual({ error: 'usage: :compare A B' });
		expect('error' in parseCommand(':frobnicate')).toBe(true);
	});
});

describe('layout helpers', () => {
	const col = (key: string, width: number, priority: number, grow = false): Column<unknown> => ({ key, header: key, width, priority, grow, cell: () => '' });
	test('columns drop by priority and the grow column takes the rest', () => {
		const columns = [col('id', 6, 1), col('name', 10, 1, true), col('extra', 20, 3), col('cost', 8, 2)];
		expect(fitColumns(columns, 200).map((c) => c.key)).toEqual(['id', 'name', 'extra', 'cost']);
		const narrow = fitColumns(columns, 30);
		expect(narrow.map((c) => c.key)).toEqual(['id', 'name', 'cost']);
		expect(narrow.find((c) => c.key === 'name')?.width).toBe(10 + (30 - 2 - 6 - 11 - 9));
	});

	test('scroll offset keeps the selection visible, moving as little as possible', () => {
		expect(scrollOffset(0, 5, 10, 100)).toBe(0);
		expect(scrollOffset(0, 12, 10, 100)).toBe(3);
		expect(scrollOffset(20, 12, 10, 100)).toBe(12);
		expect(scrollOffset(95, 99, 10, 100)).toBe(90);
	});

	test('sparkline scales to its own range and shows gaps', () => {
		const levels = ['a', 'b', 'c'];
		expect(sparkline([0, 5, 10, null], 4, levels)).toBe('abc ');
		expect(sparkline([3, 3], 4, levels)).toBe('  bb');
		expect(sparkline([], 3, levels)).toBe('   ');
	});
});

describe('terminal text', () => {
	test('ASCII glyphs when the locale is not UTF-8', () => {
		expect(localeIsUtf8({ LANG: 'en_US.UTF-8' })).toBe(true);
		expect(localeIsUtf8({ LANG: 'C' })).toBe(false);
		expect(localeIsUtf8({ LC_ALL: 'C', LANG: 'en_US.UTF-8' })).toBe(false);
		const ascii = glyphSet(false);
		for (const glyph of [ascii.ok, ascii.fail, ascii.running, ascii.up, ascii.down]) expect(glyph).toMatch(/^[\x20-\x7e]+$/);
	});

	test('OSC 52 carries base64', () => {
		expect(osc52('812')).toBe(`\x1b]52;c;${Buffer.from('812').toString('base64')}\x07`);
	});
});

describe('bench rows', () => {
	const summary = (script: string, latest: number | null): ProjectBenchSummary => ({
		bench_id: 1,
		script_id: 1,
		script_name: script,
		judge_script_id: 2,
		judge_script_name: 'judge',
		judge_channel: 'production',
		case_count: 10,
		latest_run_id: latest,
		latest_run_status: latest ? 'completed' : null,
		latest_run_channel: 'production',
		latest_run_workflow_version_id: 1,
		latest_run_at: null,
		latest_run_mean_score: 70,
		latest_run_cost_usd: 1,
		updated_at: '2026-11-01T00:00:00Z',
	});
	const benchRun = (id: number, status: BenchRun['status'], score: number | null = null): BenchRun => ({
		id,
		bench_id: 1,
		channel: 'draft',
		workflow_version_id: 1,
		judge_version_id: 1,
		status,
		triggered_by: null,
		triggered_at: '2026-11-02T00:00:00Z',
		completed_at: null,
		total_cost_usd: 0.2,
		total_cases: 10,
		cache_hit_cases: 0,
		notes: null,
		mean_headline_score: score,
	});

	test('a started run becomes the latest; an older one does not', () => {
		const rows = { benches: [summary('summarize', 5), summary('other', null)], trends: {}, changed: {} };
		const started: BenchEvent = { type: 'RunStarted', payload: { project_id: 1, script_name: 'summarize', run: benchRun(6, 'running') } };
		const stale: BenchEvent = { type: 'RunFinished', payload: { project_id: 1, script_name: 'summarize', run: benchRun(4, 'failed') } };
		const next = applyBenchEvents(rows, [started, stale], 100);
		expect(next.benches[0]).toMatchObject({ latest_run_id: 6, latest_run_status: 'running', latest_run_channel: 'draft', latest_run_mean_score: null });
		expect(next.changed).toEqual({ summarize: 100 });
	});

	test('trends use completed runs, oldest first', () => {
		const trend = trendOf([benchRun(3, 'completed', 90), benchRun(2, 'failed', 10), benchRun(1, 'completed', 70)]);
		expect(trend.scores).toEqual([70, 90]);
	});

	test('re-run keeps the channel, the sample or the case filter', () => {
		expect(rerunRequest({ ...benchRun(1, 'completed'), mode: 'sampled', sample_size: 5 })).toEqual({ channel: 'draft', mode: 'sampled', sample_size: 5 });
		expect(rerunRequest({ ...benchRun(1, 'completed'), case_filter: ['a', 'b'] })).toEqual({ channel: 'draft', case_ids: ['a', 'b'] });
		expect(rerunRequest(benchRun(1, 'completed'))).toEqual({ channel: 'draft' });
	});
});

describe('typed-ahead text', () => {
	const none = { upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false, home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false, backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false };
	const shown = (events: InputEvent[]) => events.map((e) => (e.kind === 'key' ? (e.key.return ? '<enter>' : e.key.tab ? '<tab>' : e.input) : '<paste>'));
	test('Enter and Tab in a run read at once are keys of their own', () => {
		expect(shown(typedKeys('run 812\r', none))).toEqual(['run 812', '<enter>']);
		expect(shown(typedKeys('a\tG', none))).toEqual(['a', '<tab>', 'G']);
		// A newline is Enter (a terminal in cooked mode turns Enter into one).
		expect(shown(typedKeys('x\n', none))).toEqual(['x', '<enter>']);
		expect(typedKeys('G', none)).toEqual([{ kind: 'key', input: 'G', key: none }]);
		// Ctrl keys typed ahead (tmux send-keys C-a C-e C-w) are Ctrl keys, not text.
		const ctrl = typedKeys('x\u0001\u0005\u0017', none).map((e) => e.kind === 'key' && `${e.key.ctrl ? 'ctrl-' : ''}${e.input}`);
		expect(ctrl).toEqual(['x', 'ctrl-a', 'ctrl-e', 'ctrl-w']);
	});
	test('outside a text field a run is pressed one character at a time; a field takes it whole', () => {
		const [first, rest] = nextKeys(typedKeys('/q🧪', none)[0], false);
		expect(shown([first])).toEqual(['/']);
		expect(shown([rest!])).toEqual(['q🧪']);
		expect(shown(nextKeys(rest!, false).map((e) => e!))).toEqual(['q', '🧪']);
		expect(nextKeys(rest!, true)).toEqual([rest, undefined]);
		const [upper] = nextKeys(typedKeys('Ab', none)[0], false);
		expect(upper.kind === 'key' && upper.key.shift).toBe(true);
	});
	test('a paste stays one event', () => {
		expect(nextKeys({ kind: 'paste', text: 'jjjq' }, false)).toEqual([{ kind: 'paste', text: 'jjjq' }, undefined]);
	});
});
