// The BUILT app in a real terminal (tmux) against hostile servers. Every byte the app writes is recorded from the
// pty (tmux pipe-pane) and scanned: besides the app's own cursor and colour sequences and its OSC 52 copies, no ESC,
// BEL or C1 control may reach the terminal; the pane title and tmux's paste buffers stay the app's. Each of the 13
// malformed bodies of issue 15 gives a ProtocolError banner and leaves the app usable (help opens, q quits, exit 0).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { compareReport, driftReport, signature } from '../client/fixtures.js';
import { EVIL_ID, hostileCase, hostileRun, startHostileServer } from '../helpers/hostile-server.js';
import type { RecordingServer } from '../helpers/recording-server.js';

const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const socket = `bench-tui-hostile-${process.pid}`;
const dir = mkdtempSync(join(tmpdir(), 'bench-tui-hostile-'));
const S = '/projects/1/scripts/s';
/** A case id that itself carries an OSC title, a clipboard write and a bidi override: what `y` copies. */
const EVIL_CASE_ID = 'c1\x1b]0;PWNED\x07\x1b]52;c;cm0gLXJmIH4K\x07\u202e';

function tmux(...args: string[]): string {
	return execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
}

let session = 0;
let server: RecordingServer | undefined;
let raw = '';

interface App {
	name: string;
	screen(): string;
	keys(...keys: string[]): void;
	waitFor(predicate: (text: string) => boolean, what: string, timeoutMs?: number): Promise<string>;
	bytes(): string;
}

/** A shell in a fresh tmux session, its pty output recorded, then `bench-tui <args>` typed into it. */
async function startApp(url: string, args: string[]): Promise<App> {
	const name = `s${++session}`;
	raw = join(dir, `${name}.raw`);
	tmux('new-session', '-d', '-s', name, '-x', '200', '-y', '40', 'env -u CI PS1="$ " sh');
	tmux('set-option', '-t', name, 'set-clipboard', 'on');
	tmux('pipe-pane', '-t', name, '-O', `cat > ${raw}`);
	const app: App = {
		name,
		screen: () => tmux('capture-pane', '-p', '-t', name),
		keys: (...keys) => void tmux('send-keys', '-t', name, ...keys),
		async waitFor(predicate, what, timeoutMs = 15_000) {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const text = app.screen();
				if (predicate(text)) return text;
				if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; screen:\n${text}`);
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
		},
		bytes: () => readFileSync(raw, 'latin1'),
	};
	await app.waitFor((s) => s.trimEnd().endsWith('$'), 'the shell prompt');
	app.keys(`env XDG_CONFIG_HOME=${dir}/config node dist/cli.js --url ${url} ${args.join(' ')}; echo EXIT=$?`, 'Enter');
	return app;
}

/** The OSC 52 copies found in the recorded bytes (decoded), and every control left once the app's own sequences go. */
function scan(bytes: string): { copies: string[]; controls: string[] } {
	const copies: string[] = [];
	const text = Buffer.from(bytes, 'latin1')
		.toString('utf8')
		.replace(/\x1b\]52;c;([A-Za-z0-9+/=]*)\x07/g, (_, payload: string) => {
			copies.push(Buffer.from(payload, 'base64').toString('utf8'));
			return '';
		})
		.replace(/\x1b\[[0-?]*[ -/]*[@-~]/g, '') // CSI: cursor moves, SGR colours, erase, private modes
		.replace(/\x1b[78=>]/g, '');
	const controls = [...text.matchAll(/[\x07\x1b\u0080-\u009f]/g)].map((match) => `U+${match[0].charCodeAt(0).toString(16).padStart(4, '0')} at ${match.index}`);
	return { copies, controls };
}

async function quit(app: App): Promise<void> {
	app.keys('q');
	const end = await app.waitFor((s) => /EXIT=\d+/.test(s), 'the app to quit');
	expect(end).toContain('EXIT=0');
	expect(end).not.toMatch(/TypeError|at .*\.js:\d+|Error:/);
}

beforeAll(() => {
	if (hasTmux) execFileSync('node', ['scripts/build.mjs', '--if-stale'], { stdio: 'inherit' });
}, 120_000);
afterEach(async () => {
	await server?.close();
	server = undefined;
});
afterAll(() => {
	if (hasTmux) spawnSync('tmux', ['-L', socket, 'kill-server']);
	rmSync(dir, { recursive: true, force: true });
});

describe.skipIf(!hasTmux)('hostile strings', () => {
	test('benches, runs, feed, cases and `y`: nothing but the app’s own sequences reaches the terminal; the copy is clean', async () => {
		server = await startHostileServer();
		server.on('GET', `${S}/bench/cases`, { json: [{ ...hostileCase, id: EVIL_CASE_ID }] });
		const app = await startApp(server.url, ['--project', '1']);
		const title = () => tmux('display', '-p', '-t', app.name, '#{pane_title}');
		await app.waitFor((s) => s.includes('xy^Gz⟨U+202E⟩'), 'the benches with the hostile judge name');
		const titleBefore = title();
		const buffersBefore = tmux('list-buffers');
		app.keys('Enter');
		await app.waitFor((s) => /›\s+8\b/.test(s), 'the runs');
		app.keys('Enter');
		await app.waitFor((s) => s.includes('workflow failed'), 'the feed of run 8');
		app.keys('Escape');
		await app.waitFor((s) => /›\s+8\b/.test(s), 'the runs again');
		app.keys(':cases', 'Enter');
		await app.waitFor((s) => s.includes('c1⟨U+202E⟩'), 'the cases, the bidi override shown as a mark');
		await new Promise((resolve) => setTimeout(resolve, 500));
		app.keys('y');
		// tmux takes the OSC 52 copy (set-clipboard on) into a paste buffer: what a paste would insert.
		for (let i = 0; i < 100 && tmux('list-buffers') === buffersBefore; i++) await new Promise((resolve) => setTimeout(resolve, 100));
		expect(tmux('show-buffer')).toBe('c1⟨U+202E⟩');
		await quit(app);

		const { copies, controls } = scan(app.bytes());
		expect(controls).toEqual([]);
		for (const copy of copies) expect(copy).toBe('c1⟨U+202E⟩');
		// The title sequence never reaches the terminal (the inputs column shows the escaped JSON text, inert).
		expect(app.bytes()).not.toContain('\x1b]0;');
		expect(title()).toBe(titleBefore);
		const buffers = tmux('list-buffers');
		expect(buffers).not.toContain('rm -rf');
		expect(buffers.split('\n').filter(Boolean)).toHaveLength(buffersBefore.split('\n').filter(Boolean).length + 1);
	});

	test('compare of hostile labels', async () => {
		server = await startHostileServer();
		const app = await startApp(server.url, ['--compare', '7', '8']);
		await app.waitFor((s) => s.includes('evil!'), 'the comparison');
		await quit(app);
		expect(scan(app.bytes()).controls).toEqual([]);
	});

	test('numbers carrying escape sequences: a ProtocolError banner, nothing of the sequence drawn', async () => {
		server = await startHostileServer();
		server.on('GET', `${S}/bench/runs`, { json: [{ ...hostileRun(7), id: EVIL_ID }] });
		const app = await startApp(server.url, ['--project', '1']);
		const titleBefore = tmux('display', '-p', '-t', app.name, '#{pane_title}');
		await app.waitFor((s) => s.includes('xy^Gz⟨U+202E⟩'), 'the benches');
		app.keys('Enter');
		await app.waitFor((s) => s.includes(`GET ${S}/bench/runs: [0].id expected number, got string`), 'the ProtocolError banner');
		await quit(app);
		expect(scan(app.bytes()).controls).toEqual([]);
		expect(app.bytes()).not.toContain('\x1b]0;');
		expect(tmux('display', '-p', '-t', app.name, '#{pane_title}')).toBe(titleBefore);
	});
});

// Route, body, how to reach the view from `--project 1` (keys) or other arguments, and the message shown.
const MALFORMED: Array<[what: string, path: string, body: unknown, args: string[], keys: string[], message: string]> = [
	['projects [null]', '/projects', [null], [], [], 'GET /projects: [0] expected object, got null'],
	['benches null', '/projects/1/benches', null, ['--project', '1'], [], 'GET /projects/1/benches: expected array, got null'],
	['benches [null]', '/projects/1/benches', [null], ['--project', '1'], [], 'GET /projects/1/benches: [0] expected object, got null'],
	['runs {}', `${S}/bench/runs`, {}, ['--project', '1'], ['Enter'], `GET ${S}/bench/runs: expected array, got object`],
	['runs [null]', `${S}/bench/runs`, [null], ['--project', '1'], ['Enter'], `GET ${S}/bench/runs: [0] expected object, got null`],
	['compare {}', '/bench-runs/7/compare/8', {}, ['--compare', '7', '8'], [], 'GET /bench-runs/7/compare/8: run_a_id is missing'],
	['compare per_case [null]', '/bench-runs/7/compare/8', { ...compareReport, per_case: [null] }, ['--compare', '7', '8'], [], 'GET /bench-runs/7/compare/8: per_case[0] expected object, got null'],
	['compare aggregate null', '/bench-runs/7/compare/8', { ...compareReport, aggregate: null }, ['--compare', '7', '8'], [], 'GET /bench-runs/7/compare/8: aggregate expected object, got null'],
	['cases {}', `${S}/bench/cases`, {}, ['--project', '1'], ['C'], `GET ${S}/bench/cases: expected array, got object`],
	['cases [null]', `${S}/bench/cases`, [null], ['--project', '1'], ['C'], `GET ${S}/bench/cases: [0] expected object, got null`],
	['drift drifted [null]', `${S}/bench/cases/contract-drift`, { ...driftReport, drifted: [null] }, ['--project', '1'], ['C'], 'drifted[0] expected object, got null'],
	['channels [null]', `${S}/channels`, [null], ['--project', '1'], ['Enter', 't'], `GET ${S}/channels: [0] expected object, got null`],
	['signature input without path', `${S}/signature`, { ...signature, inputs: [{ ty: { name: 'str' }, required: true, annotations: [] }] }, ['--project', '1'], ['C', 'Enter'], 'inputs[0].path is missing'],
];

describe.skipIf(!hasTmux)('malformed bodies', () => {
	test.each(MALFORMED)('%s: a ProtocolError banner, the app stays usable', async (_what, path, body, args, keys, message) => {
		server = await startHostileServer();
		server.on('GET', path, { json: body });
		const app = await startApp(server.url, args);
		await app.waitFor((s) => s.includes(args[0] === '--compare' ? 'compare' : 'projects'), 'the app');
		for (const key of keys) {
			await new Promise((resolve) => setTimeout(resolve, 600));
			app.keys(key);
		}
		await app.waitFor((s) => s.includes(message), `the banner: ${message}`);
		// Usable: the help opens and closes, Esc backs out of a form or editor, q quits cleanly.
		app.keys('Escape');
		await new Promise((resolve) => setTimeout(resolve, 300));
		app.keys('?');
		await app.waitFor((s) => s.includes('Keys  ('), 'the help overlay');
		app.keys('Escape');
		await app.waitFor((s) => !s.includes('Keys  ('), 'the help closed');
		await quit(app);
		expect(scan(app.bytes()).controls).toEqual([]);
	}, 40_000);
});
