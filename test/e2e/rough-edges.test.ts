// End to end on the BUILT binary in tmux, the daily-use edges: an unreachable server named and recovered from
// without a key, a project that does not exist, R asking before a paid run, the command line's Tab and history,
// export to ~ asking before it overwrites, swap naming A…B in the breadcrumb, and the read-only case viewer.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startServer, type RunningServer } from '../../source/server/index.js';
import { hasTmux, tmuxServer } from '../helpers/tmux-session.js';
import { freePort } from '../helpers/free-port.js';

const { session, kill } = tmuxServer(`bench-tui-edges-${process.pid}`);
let demo: RunningServer;
let home: string;

beforeAll(async () => {
	if (!hasTmux) return;
	execFileSync('node', ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
	demo = await startServer({ data: 'demo', pace: 0 });
	home = mkdtempSync(join(tmpdir(), 'bench-tui-edges-'));
}, 120_000);

afterAll(async () => {
	if (!hasTmux) return;
	kill();
	await demo.close();
	rmSync(home, { recursive: true, force: true });
});

const env = () => `HOME=${home} XDG_CONFIG_HOME=${home}/config`;

test.skipIf(!hasTmux)('offline: the server is named with the reason and a countdown, and the app recovers when it starts', async () => {
	const port = await freePort();
	const s = session('offline', 120, 30, env());
	await s.start(`--url http://127.0.0.1:${port}`);
	const waiting = await s.until((t) => t.includes(`cannot reach 127.0.0.1:${port}, retrying`), 'the unreachable line');
	expect(waiting).toMatch(/retrying in \d+s|retrying…/);
	expect(waiting).not.toContain('no projects');
	const late = await startServer({ port, host: '127.0.0.1', data: 'demo', pace: 0 });
	try {
		await s.until((t) => t.includes('Acme Support') && !t.includes('cannot reach'), 'the projects, without a key', 40_000);
	} finally {
		s.keys('q');
		await s.until((t) => t.includes('EXIT=0'), 'the exit');
		await late.close();
	}
});

test.skipIf(!hasTmux)('a project that does not exist says so; R asks before starting a paid run', async () => {
	const s = session('targets', 120, 40, env());
	await s.start(`--url ${demo.url} --project 99`);
	await s.until((t) => t.includes('project 99 not found'), 'the missing project');
	s.keys(':');
	s.keys('project 1', 'Enter');
	await s.until((t) => t.includes('summarize'), 'project 1');
	s.keys('Enter');
	await s.until((t) => t.includes('OK/TOTAL'), 'the runs');
	const before = (await (await fetch(`${demo.url}/projects/1/scripts/summarize/bench/runs`)).json()) as unknown[];
	s.keys('R');
	const question = await s.until((t) => t.includes('Start a new run of summarize'), 'the question');
	expect(question).toMatch(/> No /);
	s.keys('Enter');
	await s.until((t) => t.includes('no run started'), 'the refusal');
	const after = (await (await fetch(`${demo.url}/projects/1/scripts/summarize/bench/runs`)).json()) as unknown[];
	expect(after.length).toBe(before.length);

	// The command line: Tab completes, ↑ brings back what was run.
	s.keys(':');
	s.keys('cas', 'Tab');
	await s.until((t) => /^:cases$/m.test(t), 'cases completed');
	s.keys('Enter');
	await s.until((t) => t.includes('summarize cases'), 'the cases');
	s.keys(':', 'Up');
	await s.until((t) => /^:cases$/m.test(t), 'the last line recalled');
	s.keys('Escape');
	await s.until((t) => !/^:cases$/m.test(t), 'the command line closed');
	s.keys('q');
	await s.until((t) => t.includes('EXIT=0'), 'the exit');
});

test.skipIf(!hasTmux)('compare: swap names A…B in the breadcrumb; x ~/f.md writes to the home directory and asks before overwriting', async () => {
	const s = session('compare', 120, 40, env());
	await s.start(`--url ${demo.url} --compare 4 3`);
	await s.until((t) => t.includes('compare 3…4') && /^A #3/m.test(t), 'the comparison, older run as A');
	s.keys('s');
	await s.until((t) => t.includes('compare 4…3') && /^A #4/m.test(t), 'the swapped comparison');
	s.keys('x');
	await s.until((t) => t.includes('Export to'), 'the export prompt');
	s.keys('C-u', '~/f.md', 'Enter');
	await s.until((t) => t.includes(`exported → ${home}/f.md`), 'the export');
	expect(readFileSync(join(home, 'f.md'), 'utf8')).toContain('#4');
	s.keys('x');
	await s.until((t) => t.includes('Export to') && !t.includes('exported →'), 'the prompt again, the old message gone');
	s.keys('C-u', '~/f.md', 'Enter');
	await s.until((t) => t.includes('f.md exists. Overwrite it?'), 'the overwrite question');
	s.keys('Enter');
	await s.until((t) => t.includes('kept as it was'), 'the file kept');
	s.keys('q');
	await s.until((t) => t.includes('EXIT=0'), 'the exit');
	expect(existsSync(join(home, 'f.md'))).toBe(true);
});

test.skipIf(!hasTmux)('read-only: the footer lists only what works, and the case form is a viewer', async () => {
	const s = session('readonly', 120, 40, env());
	await s.start(`--url ${demo.url} --project 1 --read-only`);
	await s.until((t) => t.includes('summarize'), 'the benches');
	s.keys('j', 'C');
	await s.until((t) => t.includes('CREATED') && /^›/m.test(t), 'the cases listed');
	s.keys('Enter');
	const viewer = await s.until((t) => t.includes('read-only · view only'), 'the viewer');
	expect(viewer).toMatch(/^Case \S+/m);
	s.keys('i');
	await s.until((t) => t.includes('is disabled'), 'typing refused');
	expect(s.screen()).not.toContain('[typing]');
	s.keys('q');
	await s.until((t) => t.includes('EXIT=0') || t.includes('cases'), 'back or out');
	s.keys('q');
	await s.until((t) => t.includes('EXIT=0'), 'the exit');
});
