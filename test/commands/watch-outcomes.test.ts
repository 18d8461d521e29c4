// `watch` against a scripted node:http server: how each run ending maps to an exit code, lagged/backfill merging,
// --fail-under, and hostile server strings reaching the terminal inert.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { BenchResult, TerminalStatus } from '../../source/wire/types.js';
import { startRecordingServer, type RecordingServer, type SseWriter } from '../helpers/recording-server.js';
import { enrichedRow, liveRow, runRow } from '../state/feed-fixtures.js';
import { ensureBuilt, runCli } from './helpers.js';

let server: RecordingServer;

beforeAll(() => ensureBuilt());
beforeEach(async () => {
	server = await startRecordingServer();
});
afterEach(() => server.close());

const frame = (event: string, data: unknown) => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/** Run 7: the stream sends `live` rows (and `extra` frames) then `terminal`; `/results` answers `recorded`. */
function scriptRun(options: { live: BenchResult[]; recorded: BenchResult[]; end: TerminalStatus; extra?: string; notes?: string }) {
	server.on('GET', '/bench-runs/7', { json: runRow({ id: 7, total_cases: options.recorded.length, notes: options.notes ?? null }) });
	server.on('GET', '/bench-runs/7/results', { json: options.recorded });
	server.on('GET', '/bench-runs/7/events', {
		sse: async (stream: SseWriter) => {
			for (const row of options.live) await stream.write(frame('result', row));
			if (options.extra) await stream.write(options.extra);
			await stream.write(frame('terminal', { status: options.end }));
			stream.end();
		},
	});
}

function ndjson(stdout: string): Array<Record<string, any>> {
	return stdout
		.trim()
		.split('\n')
		.map((line) => JSON.parse(line));
}

const watch = (...args: string[]) => runCli(['watch', '7', ...args], { env: { AKRIBES_BASE_URL: server.url } });

describe('watch exit codes by how the run ended', () => {
	it.each([
		['completed', 0],
		['failed', 3],
		['canceled', 4],
		['unknown', 7],
	] as const)('%s → %i', async (end, expected) => {
		scriptRun({ live: [liveRow(1)], recorded: [enrichedRow(1)], end });
		const { code, stdout } = await watch('--json');
		expect(code).toBe(expected);
		const lines = ndjson(stdout);
		expect(lines.at(-1)).toMatchObject({ type: 'summary', status: end, results: 1 });
	});

	it('a run that does not exist → 7', async () => {
		const { code, stdout, stderr } = await watch();
		expect(code).toBe(7);
		expect(stdout).toBe('');
		expect(stderr).toBe('bench-tui watch: run 7 not found\n');
	});
});

describe('watch output', () => {
	it('prints each result once across live frames, a lag and the backfill, then the summary', async () => {
		const recorded = [1, 2, 3, 4].map((id) => enrichedRow(id));
		scriptRun({ live: [liveRow(2), liveRow(1), liveRow(2)], recorded, end: 'completed', extra: frame('lagged', { dropped: 2 }) });
		const { code, stdout } = await watch('--json');
		expect(code).toBe(0);
		const lines = ndjson(stdout);
		const ids = lines.filter((line) => line.type === 'result').map((line) => line.result.id);
		expect([...ids].sort()).toEqual([1, 2, 3, 4]);
		expect(lines.at(-1)).toMatchObject({
			type: 'summary',
			status: 'completed',
			results: 4,
			counts: { ok: 4 },
			mean_headline_score: 2.5,
			run: { id: 7 },
		});
	});

	it('human lines off a terminal: plain aligned text, no colour or glyphs', async () => {
		scriptRun({
			live: [liveRow(1, { case_name: 'first case', duration_ms: 1500 })],
			// Row 1 arrives live (or first in the backfill), row 2 only through the backfill: either way, in id order.
			recorded: [enrichedRow(1, { case_name: 'first case', duration_ms: 1500 }), enrichedRow(2, { status: 'workflow_failed', case_name: 'second case' })],
			end: 'completed',
		});
		const { code, stdout, stderr } = await watch();
		expect(code).toBe(0);
		expect(stderr).toBe('');
		const lines = stdout.split('\n');
		expect(lines[0]).toBe('ok                 first case                           1.0   $0.0010     1.5s');
		expect(lines[1]).toBe('workflow_failed    second case                            —   $0.0020    120ms  boom');
		expect(lines.at(-2)).toBe('run 7 completed: 2 results (1 ok, 1 workflow_failed), mean score 1.0, cost $0.0030');
		expect(stdout).not.toMatch(/\x1b|[✓✗●◌⊘▲▼]/);
	});

	it('--fail-under: exit 5 below the mean of ok+cached scores, 0 at or above it', async () => {
		const recorded = [enrichedRow(40), enrichedRow(60), enrichedRow(3, { status: 'judge_failed' })];
		scriptRun({ live: [], recorded, end: 'completed' });
		const below = await watch('--fail-under', '50.5');
		expect(below.code).toBe(5);
		expect(below.stderr).toBe('mean score 50.00 is below --fail-under 50.5\n');
		const atThreshold = await watch('--fail-under', '50');
		expect(atThreshold.code).toBe(0);
	});

	it('--fail-under with nothing scored exits 5', async () => {
		scriptRun({ live: [], recorded: [enrichedRow(1, { status: 'workflow_failed' })], end: 'completed' });
		const { code, stderr } = await watch('--fail-under', '0');
		expect(code).toBe(5);
		expect(stderr).toMatch(/no scored results/);
	});

	it('server strings reach the terminal inert (no escape sequences, controls made visible)', async () => {
		const hostile = { case_name: 'evil\x1b]0;pwned\x07 name\x1b[2J', error: 'bad\x1b[31m red\nsecond line\x07' };
		scriptRun({ live: [], recorded: [enrichedRow(1, { status: 'workflow_failed', ...hostile })], end: 'completed' });
		const { stdout } = await watch();
		expect(stdout).not.toContain('\x1b');
		expect(stdout).not.toContain('\x07');
		expect(stdout).toContain('evil name');
		expect(stdout).toContain('bad red second line^G');
	});
});
