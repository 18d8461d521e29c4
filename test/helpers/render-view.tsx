// Renders the real App (real providers, real client over real HTTP) into an in-memory terminal of a given size.
// Like ink-testing-library, but with columns AND rows, resize, and the OSC 52 copies captured.
import { EventEmitter } from 'node:events';
import { render } from 'ink';
import type { Client } from '../../source/client/api.js';
import { createClient } from '../../source/client/index.js';
import { App } from '../../source/ui/App.js';
import type { KeyRouter } from '../../source/ui/key-router.js';
import type { Route } from '../../source/ui/routes.js';

class FakeStdout extends EventEmitter {
	readonly frames: string[] = [];
	// Not a TTY, so Ink does not interleave cursor show/hide writes with the frames.
	isTTY = false;
	constructor(
		public columns: number,
		public rows: number,
	) {
		super();
	}
	write = (frame: string) => {
		this.frames.push(frame);
		return true;
	};
	lastFrame = () => this.frames[this.frames.length - 1];
}

class FakeStdin extends EventEmitter {
	isTTY = true;
	private data: string | null = null;
	write = (data: string) => {
		this.data = data;
		this.emit('readable');
		this.emit('data', data);
	};
	read = () => {
		const { data } = this;
		this.data = null;
		return data;
	};
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
}

export interface RenderAppOptions {
	client?: Client;
	url?: string;
	token?: string;
	/** The top route; the stack is [projects, …route's parents…, route] unless `stack` is given. */
	route?: Route;
	stack?: Route[];
	columns?: number;
	rows?: number;
	readOnly?: boolean;
}

export interface RenderedApp {
	client: Client;
	stdin: FakeStdin;
	stdout: FakeStdout;
	lastFrame: () => string;
	frames: string[];
	/** Texts copied with OSC 52. */
	copied: string[];
	/** Resolves when the app quits; `interrupted` when through Ctrl-C (the binary then exits 130). */
	quit: Promise<{ interrupted: boolean }>;
	/** The App's key router: which actions the view handles now, and the scopes `?` would list. */
	keys: KeyRouter;
	resize(columns: number, rows: number): void;
	unmount(): void;
}

/** The natural stack leading to a route, so Esc and breadcrumbs behave as when navigated by hand. */
export function stackFor(route: Route): Route[] {
	switch (route.kind) {
		case 'projects':
			return [route];
		case 'benches':
			return [{ kind: 'projects' }, route];
		case 'runs':
		case 'cases':
		case 'new-case':
			return [{ kind: 'projects' }, { kind: 'benches', projectId: route.projectId }, route];
		default:
			return [{ kind: 'projects' }, route];
	}
}

export function renderApp(options: RenderAppOptions): RenderedApp {
	const client = options.client ?? createClient({ baseUrl: options.url ?? 'http://127.0.0.1:9', token: options.token, retry: { attempts: 1 } });
	const stdout = new FakeStdout(options.columns ?? 120, options.rows ?? 40);
	const stdin = new FakeStdin();
	const stderr = new FakeStdout(options.columns ?? 120, options.rows ?? 40);
	const copied: string[] = [];
	let resolveQuit = (_outcome: { interrupted: boolean }) => {};
	const quit = new Promise<{ interrupted: boolean }>((resolve) => (resolveQuit = resolve));
	let keys: KeyRouter | undefined;
	const instance = render(
		<App
			client={client}
			initialStack={options.stack ?? stackFor(options.route ?? { kind: 'projects' })}
			readOnly={options.readOnly}
			copy={(text) => void copied.push(text)}
			onQuit={(outcome) => resolveQuit(outcome)}
			onKeyRouter={(router) => (keys = router)}
		/>,
		{
			stdout: stdout as unknown as NodeJS.WriteStream,
			stdin: stdin as unknown as NodeJS.ReadStream,
			stderr: stderr as unknown as NodeJS.WriteStream,
			debug: true,
			exitOnCtrlC: false,
			patchConsole: false,
		},
	);
	return {
		client,
		stdin,
		stdout,
		lastFrame: () => stdout.lastFrame() ?? '',
		frames: stdout.frames,
		copied,
		quit,
		keys: keys!,
		resize(columns, rows) {
			stdout.columns = columns;
			stdout.rows = rows;
			stdout.emit('resize');
		},
		unmount() {
			instance.unmount();
			instance.cleanup();
		},
	};
}

export const KEYS = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pgup: '\u001B[5~',
	pgdn: '\u001B[6~',
	enter: '\r',
	esc: '\u001B',
	tab: '\t',
	backspace: '\u007F',
	ctrlC: '\u0003',
	ctrlX: '\u0018',
} as const;

const tick = (ms = 15) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Writes each key (or string of text) with a short pause between, as a person typing would. After a lone Esc the
 * pause is longer than Ink's 20 ms escape timeout: a key sooner than that is read as Alt+key, as in any terminal app.
 */
export async function typeKeys(stdin: { write(data: string): void }, ...keys: string[]): Promise<void> {
	for (const key of keys) {
		stdin.write(key);
		await tick(key === KEYS.esc ? 40 : 15);
	}
}

/** Resolves with the first frame satisfying `predicate`; rejects with the last frame after `timeoutMs`. */
export async function waitForFrame(lastFrame: () => string | undefined, predicate: (frame: string) => boolean, timeoutMs = 8000): Promise<string> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const frame = lastFrame() ?? '';
		if (predicate(frame)) return frame;
		if (Date.now() > deadline) throw new Error(`waitForFrame timed out; last frame:\n${frame}`);
		await tick(20);
	}
}

/** waitForFrame for a substring, a pattern or a predicate. */
export function waitForText(lastFrame: () => string | undefined, text: string | RegExp | ((frame: string) => boolean), timeoutMs?: number): Promise<string> {
	const test = typeof text === 'string' ? (frame: string) => frame.includes(text) : text instanceof RegExp ? (frame: string) => text.test(frame) : text;
	return waitForFrame(lastFrame, test, timeoutMs);
}
