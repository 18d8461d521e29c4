// `npm run screenshots`: screenshots/<scene>.svg and .png of the views at 120×40, from the BUILT binary in tmux
// against the embedded demo server (`bench-tui serve`), captured with colours and rendered through a headless xterm.
//
// Adding a scene: append to SCENES below — { name, args?, steps } where each step is one of
//   { wait: 'text' }        wait until the screen shows the text (or { wait: /regexp/ }); up to 15 s, or
//                           { wait, timeout: ms } for live data that takes longer (the demo server runs at 1 result/s)
//   { keys: ['Enter', 'j'] } tmux send-keys names (Enter, Escape, Up, Down, Tab, C-c, or literal text)
//   { sleep: 500 }           let live data move
// `args` are extra flags for `bench-tui` (the server URL is passed for you). A scene may use {{RUNNING}}
// in args or keys: the id of a run started on `summarize` (project 1) just before the scenes, still running.
// Requirements: tmux; rsvg-convert (apt-get install -y librsvg2-bin) for the PNGs (SVGs are written without it).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { ansiToSvg } from './ansi-to-svg.mjs';
import { casesScenes } from './screenshot-scenes-cases.mjs';
import { compareScenes } from './screenshot-scenes-compare.mjs';
import { historyScenes } from './screenshot-scenes-history.mjs';
import { inspectorScenes } from './screenshot-scenes-inspector.mjs';

const COLUMNS = 120;
const ROWS = 40;
const OUT = 'screenshots';

/** Project 1's benches, then Enter on the first (summarize): its runs list, once a finished run shows. */
const SUMMARIZE_RUNS = [{ wait: 'summarize' }, { keys: ['Enter'] }, { wait: 'completed' }];
/** Open run `id`'s live feed through the `:` command line. */
const openRun = (id) => [{ wait: 'summarize' }, { keys: [':'] }, { keys: [`run ${id}`] }, { keys: ['Enter'] }];

export const SCENES = [
	{ name: 'projects', steps: [{ wait: 'Acme Support' }] },
	{ name: 'benches', args: ['--project', '1'], steps: [{ wait: 'SCORE TREND' }, { wait: 'classify-ticket' }, { sleep: 800 }] },
	{ name: 'runs', args: ['--project', '1'], steps: [...SUMMARIZE_RUNS, { sleep: 1500 }] },
	{ name: 'help', args: ['--project', '1'], steps: [...SUMMARIZE_RUNS, { keys: ['?'] }, { wait: 'Keys' }] },
	{
		name: 'runs-confirm-cancel',
		args: ['--project', '1'],
		steps: [{ wait: 'summarize' }, { keys: ['Enter'] }, { wait: 'running' }, { keys: ['c'] }, { wait: 'Cancel run' }],
	},
	{ name: 'runs-trigger-form', args: ['--project', '1'], steps: [...SUMMARIZE_RUNS, { keys: ['t'] }, { wait: '[production]' }] },
	{ name: 'command-line', args: ['--project', '1'], steps: [{ wait: 'summarize' }, { keys: [':', 'bench 2'] }, { sleep: 300 }] },
	{ name: 'read-only', args: ['--project', '1', '--read-only'], steps: [...SUMMARIZE_RUNS, { keys: ['c'] }, { wait: 'read-only' }] },
	{
		// Mid-run, once about half the cases are in (cached, executed and failed rows), paused on an executed row
		// (8th in the demo's order) so the detail pane shows its score and workflow output.
		name: 'feed',
		args: ['--project', '1'],
		steps: [
			...openRun('{{RUNNING}}'),
			{ wait: '● live' },
			{ wait: / (2[89]|[3-5]\d)\/60 /, timeout: 60_000 },
			// One key per step: keys sent together can reach the app as one chunk ('gj'), which is no binding.
			{ keys: ['g'] },
			...Array.from({ length: 7 }, () => ({ keys: ['j'] })),
			{ wait: 'case Product launch brief — detailed notes' },
			{ wait: '"summary"' },
			{ sleep: 600 },
		],
	},
	{
		name: 'feed-detail',
		args: ['--project', '1'],
		steps: [
			...openRun(4),
			{ wait: 'shown · run ended' },
			{ keys: ['k'] },
			{ keys: ['k'] },
			{ wait: 'case Town hall — short recap' },
			{ wait: '"summary"' },
			{ sleep: 600 },
		],
	},
	...compareScenes,
	...inspectorScenes,
	{ name: 'cases', args: ['--project', '1'], steps: [{ wait: 'summarize' }, { keys: ['C'] }, { sleep: 2000 }] },
	...casesScenes,
	...historyScenes,
];

const socket = `bench-tui-shots-${process.pid}`;
const tmux = (...args) => execFileSync('tmux', ['-L', socket, ...args], { encoding: 'utf8' });
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function startDemoServer() {
	const child = spawn('node', ['dist/cli.js', 'serve', '--port', '0', '--pace', '1'], { stdio: ['ignore', 'pipe', 'inherit'] });
	const url = await new Promise((resolve, reject) => {
		let text = '';
		child.stdout.on('data', (chunk) => {
			text += chunk;
			const match = /listening on (\S+)/.exec(text);
			if (match) resolve(match[1]);
		});
		child.once('exit', (code) => reject(new Error(`bench-tui serve exited with ${code}`)));
	});
	return { url, close: () => child.kill('SIGTERM') };
}

async function startRunningRun(url) {
	const response = await fetch(`${url}/projects/1/scripts/summarize/bench/runs`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ channel: 'draft', notes: 'screenshot run' }),
	});
	if (!response.ok) throw new Error(`trigger failed: ${response.status} ${await response.text()}`);
	return (await response.json()).id;
}

async function waitFor(pattern, scene, timeoutMs = 15_000) {
	const matches = (text) => (pattern instanceof RegExp ? pattern.test(text) : text.includes(pattern));
	for (let i = 0; i < timeoutMs / 100; i++) {
		if (matches(tmux('capture-pane', '-p', '-t', scene))) return;
		await sleep(100);
	}
	throw new Error(`scene ${scene}: timed out waiting for ${pattern}; screen:\n${tmux('capture-pane', '-p', '-t', scene)}`);
}

async function shoot(scene, url, running) {
	const fill = (text) => text.replaceAll('{{RUNNING}}', String(running));
	const args = ['--url', url, ...(scene.args ?? []).map(fill)];
	const command = `env -u CI FORCE_COLOR=3 LANG=C.UTF-8 node dist/cli.js ${args.map((a) => `'${a}'`).join(' ')}`;
	tmux('new-session', '-d', '-s', scene.name, '-x', String(COLUMNS), '-y', String(ROWS), command);
	try {
		for (const step of scene.steps) {
			if (step.wait) await waitFor(step.wait, scene.name, step.timeout);
			if (step.keys) for (const key of step.keys) tmux('send-keys', '-t', scene.name, ...(/^[A-Z][a-z]+$|^C-.$/.test(key) ? [key] : ['-l', fill(key)]));
			if (step.sleep) await sleep(step.sleep);
			await sleep(150);
		}
		const ansi = tmux('capture-pane', '-e', '-p', '-t', scene.name);
		const svg = await ansiToSvg(ansi, COLUMNS, ROWS);
		writeFileSync(`${OUT}/${scene.name}.svg`, svg);
		const png = spawnSync('rsvg-convert', ['-o', `${OUT}/${scene.name}.png`, `${OUT}/${scene.name}.svg`]);
		process.stdout.write(`${scene.name}: ${OUT}/${scene.name}.svg${png.status === 0 ? ` + .png` : ' (no rsvg-convert: PNG skipped)'}\n`);
	} finally {
		spawnSync('tmux', ['-L', socket, 'kill-session', '-t', scene.name]);
	}
}

const only = process.argv.slice(2);
mkdirSync(OUT, { recursive: true });
const server = await startDemoServer();
let failed = 0;
try {
	const running = await startRunningRun(server.url);
	await sleep(1500);
	for (const scene of SCENES.filter((s) => only.length === 0 || only.includes(s.name))) {
		try {
			await shoot(scene, server.url, running);
		} catch (error) {
			failed++;
			process.stderr.write(`${scene.name}: ${error.message}\n`);
		}
	}
} finally {
	server.close();
	spawnSync('tmux', ['-L', socket, 'kill-server']);
}
process.exitCode = failed ? 1 : 0;
