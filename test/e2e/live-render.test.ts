// The built app in tmux on a live feed (a run recording ~30 results/s): every frame keeps its layout (breadcrumb,
// run header, rows in arrival order, counts, status bar), also after the terminal is resized mid-run. Ink draws
// incremental frames: this failed while the app's root box took its width from React state, because Ink's own
// redraw on resize laid the old, wider frame out in the narrower terminal, the terminal wrapped its rows and every
// later frame landed two rows up (the breadcrumb row showed the progress bar after 100→99→100 columns).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createClient } from '../../source/client/index.js';
import { startServer, type RunningServer } from '../../source/server/index.js';
import { hasTmux, tmuxServer } from '../helpers/tmux-session.js';

const { session, kill } = tmuxServer(`bench-tui-live-render-${process.pid}`);
const cacheHome = mkdtempSync(join(tmpdir(), 'bench-tui-live-render-cache-'));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let server: RunningServer;
beforeAll(async () => {
	if (!hasTmux) return;
	execFileSync('node', ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
	server = await startServer({ data: 'empty', pace: 30 });
}, 120_000);
afterAll(async () => {
	rmSync(cacheHome, { recursive: true, force: true });
	if (!hasTmux) return;
	kill();
	await server.close();
});

/** What is wrong with a frame `height` rows tall of the feed of run `runId` (empty when the layout holds). */
function layoutProblems(screen: string[], runId: number, height: number): string[] {
	const problems: string[] = [];
	if (!screen[0].startsWith(`projects › project `) || !screen[0].includes(`› run ${runId}`)) problems.push(`breadcrumb: ${screen[0]}`);
	if (!screen[1].startsWith(`run ${runId} `)) problems.push(`run line: ${screen[1]}`);
	if (!/^\s+case\s+score/.test(screen[4])) problems.push(`header: ${screen[4]}`);
	const ids: number[] = [];
	for (let row = 5; row <= height - 4; row++) {
		const match = /^\S case (\d+)\s+\S/.exec(screen[row]);
		if (match) ids.push(Number(match[1]));
		else problems.push(`row ${row}: ${screen[row]}`);
	}
	for (let i = 1; i < ids.length; i++) if (ids[i] <= ids[i - 1]) problems.push(`rows out of order: ${ids[i - 1]} then ${ids[i]}`);
	if (!/^\d+\/\d+ shown/.test(screen[height - 3])) problems.push(`counts: ${screen[height - 3]}`);
	if (!screen[height - 2].startsWith('127.0.0.1:')) problems.push(`status bar: ${screen[height - 2]}`);
	if (screen[height - 1]?.trim()) problems.push(`below the frame: ${screen[height - 1]}`);
	return problems;
}

/** Samples the screen for `ms`; a frame caught half-written is looked at again 100 ms later before it counts. */
async function problemsOver(screen: () => string, ms: number, runId: number, height = 30): Promise<string[]> {
	const lines = () => screen().split('\n');
	const found: string[] = [];
	for (const end = Date.now() + ms; Date.now() < end; await pause(100)) {
		if (layoutProblems(lines(), runId, height).length === 0) continue;
		await pause(100);
		found.push(...layoutProblems(lines(), runId, height));
	}
	return found;
}

test.skipIf(!hasTmux)('a live feed keeps its layout frame after frame, and after a resize', async () => {
	const bench = server.seedBench({ cases: 900, runs: 0, scriptName: 'live', concurrency: 8 });
	const run = await createClient({ baseUrl: server.url }).benches.triggerRun(bench.projectId, 'live', { channel: 'production' });
	const live = session('live', 100, 30, `XDG_CACHE_HOME=${cacheHome}`);
	await live.start(`--url ${server.url} --project ${bench.projectId}`);
	await live.until((screen) => screen.includes('running'), 'the running run', 30_000);
	live.keys('Enter');
	// The list's rows, not only its header: an Enter while it still loads selects nothing.
	await live.until((screen) => /RUN\s+STATUS/.test(screen) && /^›\s+\d+ /m.test(screen), 'the runs list with its run', 30_000);
	live.keys('Enter');
	await live.until((screen) => screen.includes(`› run ${run.id}`) && / shown/.test(screen) && /case \d+/.test(screen), 'the live feed', 30_000);
	await pause(1000);
	expect(await problemsOver(live.screen, 4000, run.id)).toEqual([]);

	live.resize(99, 30);
	await pause(700);
	live.resize(100, 30);
	await pause(1000);
	expect(await problemsOver(live.screen, 4000, run.id)).toEqual([]);

	// Narrower and shorter at once, then back: rows leave and come back, lines shrink and grow.
	live.resize(80, 24);
	await pause(1000);
	expect(await problemsOver(live.screen, 2000, run.id, 24)).toEqual([]);
	live.resize(100, 30);
	await pause(1000);
	expect(await problemsOver(live.screen, 3000, run.id)).toEqual([]);
	expect(live.screen()).toContain('● live');
}, 90_000);
