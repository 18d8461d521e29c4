// `bench-tui [flags]`: resolves settings, optionally starts the embedded demo server, and runs the full-screen app
// on the alternate screen, restoring the terminal however it ends (quit, Ctrl-C, SIGTERM, crash).
import { parseArgs } from 'node:util';
import { createClient } from './client/index.js';
import { commandsHelp } from './commands/index.js';
import { DEFAULT_BASE_URL, resolveSettings, TOKEN_FLAG_WARNING } from './config.js';
import type { CommandIO } from './commands/command.js';
import { copyToClipboard } from './ui/osc52.js';
import type { Route } from './ui/routes.js';
import { enterTerminal } from './ui/terminal.js';
import { drawAsciiOnly } from './look/drawing.js';
import { closeFirstScreen, prefetchFirstScreen } from './io/first-screen.js';

const FLAGS_HELP = `
  Usage
    $ bench-tui [flags]              the full-screen app
    $ bench-tui <command> [args]     a scriptable command (see below)

  Flags
    --url URL          Akribes server (env AKRIBES_BASE_URL; default ${DEFAULT_BASE_URL})
    --project ID       open this project's benches (env AKRIBES_PROJECT_ID)
    --token TOKEN      bearer token (prefer env AKRIBES_TOKEN or \`bench-tui login\`: flags show in ps)
    --demo             start the embedded demo server and connect to it
    --read-only        disable every key that changes data
    --compare A B      open the comparison of runs A and B
    --no-alt-screen    draw in the normal screen buffer
    --ascii            draw only ASCII: +-| borders, ... and -> (the default when the locale is not UTF-8)
    --no-notify        no bell or desktop notification when a run you triggered or watched ends
    --version          print the version
    --help             this help`;

/** `bench-tui --help`: the app's flags, then the commands and the exit codes they share. */
export function helpText(): string {
	const commands = commandsHelp()
		.split('\n')
		.map((line) => (line ? `  ${line}` : line))
		.join('\n');
	return `${FLAGS_HELP}\n\n${commands}\n`;
}

export const NO_TTY_HINT =
	'bench-tui: the interactive app needs a terminal (stdin and stdout must be a TTY); for scripts use `bench-tui runs <script>`, `bench-tui watch <run-id>`, `bench-tui results <run-id>` ... (see `bench-tui --help`).';

// node:util's parser, not meow: this is the start path, and meow's load costs more than the whole parse.
const FLAGS = {
	url: { type: 'string' },
	project: { type: 'string' },
	token: { type: 'string' },
	demo: { type: 'boolean', default: false },
	'read-only': { type: 'boolean', default: false },
	'no-alt-screen': { type: 'boolean', default: false },
	'no-notify': { type: 'boolean', default: false },
	ascii: { type: 'boolean', default: false },
	compare: { type: 'string' },
	help: { type: 'boolean', default: false },
} as const;

/** A usage error of our own wording for `--unknown` (parseArgs' own message suggests `--` tricks). */
function unknownFlag(argv: string[]): string | undefined {
	return argv.find((arg) => arg.startsWith('--') && arg !== '--' && !Object.hasOwn(FLAGS, arg.slice(2).split('=')[0]));
}

function parseFlags(argv: string[]) {
	const unknown = unknownFlag(argv);
	if (unknown) throw new Error(`unknown flag ${unknown} (see --help)`);
	const { values, positionals } = parseArgs({ args: argv, options: FLAGS, strict: true, allowPositionals: true });
	return { input: positionals, flags: { ...values, readOnly: values['read-only'], altScreen: !values['no-alt-screen'] } };
}

function initialStack(projectId: number | undefined, compare: [number, number] | undefined): Route[] {
	const stack: Route[] = [{ kind: 'projects' }];
	if (projectId !== undefined) stack.push({ kind: 'benches', projectId });
	if (compare) stack.push({ kind: 'compare', runA: compare[0], runB: compare[1] });
	return stack;
}

function parseCompare(a: string | undefined, b: string | undefined): [number, number] | undefined {
	if (a === undefined) return undefined;
	const ids = [Number(a), Number(b)];
	if (!ids.every((id) => Number.isInteger(id) && id > 0)) throw new Error('--compare needs two run ids: --compare A B');
	return ids as [number, number];
}

export async function startInteractive(argv: string[], io: CommandIO): Promise<number> {
	let cli: ReturnType<typeof parseFlags>;
	try {
		cli = parseFlags(argv);
	} catch (error) {
		io.stderr.write(`bench-tui: ${(error as Error).message}\n`);
		return 2;
	}
	const { flags } = cli;
	if (flags.help) {
		io.stdout.write(helpText());
		return 0;
	}
	if (!io.stdout.isTTY || !io.stdin.isTTY) {
		io.stderr.write(`${NO_TTY_HINT}\n`);
		return 2;
	}
	if (flags.token) io.stderr.write(`${TOKEN_FLAG_WARNING}\n`);
	// Before the views load (runApp imports them): some draw their characters into constants at load.
	if (flags.ascii) drawAsciiOnly();
	let compare: [number, number] | undefined;
	let settings: ReturnType<typeof resolveSettings>;
	try {
		compare = parseCompare(flags.compare, cli.input[0]);
		settings = resolveSettings({ url: flags.url, project: flags.project, token: flags.token, noNotify: flags['no-notify'] }, io.env);
	} catch (error) {
		io.stderr.write(`bench-tui: ${(error as Error).message}\n`);
		return 2;
	}

	let server: { url: string; close(): Promise<void> | void } | undefined;
	if (flags.demo) {
		const { startServer } = await import('./server/index.js');
		server = await startServer({ port: 0, host: '127.0.0.1', data: 'demo' });
	}
	try {
		let client: ReturnType<typeof createClient>;
		try {
			client = createClient({ baseUrl: server?.url ?? settings.baseUrl, token: server ? undefined : settings.token, ...settings.timeouts });
		} catch (error) {
			// A URL carrying a password or an unknown scheme: the message names the URL without its secrets.
			io.stderr.write(`bench-tui: ${(error as Error).message}\n`);
			return 2;
		}
		return await runApp({
			client,
			stack: initialStack(settings.projectId, compare),
			readOnly: flags.readOnly,
			altScreen: flags.altScreen,
			notify: settings.notify,
			io,
		});
	} finally {
		await server?.close();
	}
}

/** How long the first frame may wait, once the modules are loaded, for the first screen's data. */
const FIRST_DATA_WAIT_MS = 150;

async function settledWithin(promise: Promise<void>, ms: number): Promise<void> {
	let timer: NodeJS.Timeout | undefined;
	await Promise.race([promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
	clearTimeout(timer);
}

/** One event-loop turn: lets the first screen's request connect, go out and be answered between module loads. */
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Ink, then the views, each after a turn of the event loop. Loading a module graph is one synchronous stretch of
 * compiling and evaluating; without the turns the prefetch could not even connect before all of it was done.
 */
async function loadInTurns() {
	await nextTurn();
	const ink = await import('ink');
	await nextTurn();
	return [ink, await import('./ui/App.js'), await import('./ui/run-end-notifier.js')] as const;
}

async function runApp(options: {
	client: ReturnType<typeof createClient>;
	stack: Route[];
	readOnly: boolean;
	altScreen: boolean;
	notify: boolean;
	io: CommandIO;
}): Promise<number> {
	// chalk (Ink's colours) does not read NO_COLOR (https://no-color.org) itself; it does read FORCE_COLOR=0, once,
	// when it is first loaded — which is just below.
	if (options.io.env.NO_COLOR && options.io.env.FORCE_COLOR === undefined) process.env.FORCE_COLOR = '0';
	// The first screen's request goes out first; Ink, React and the views load meanwhile (only now: --help and the
	// no-TTY refusal stay fast). The first frame waits a little for the data rather than drawing "loading…".
	const prefetched = prefetchFirstScreen(options.client, options.stack.at(-1));
	// Raw mode from the start, not only once Ink mounts: keys typed while the app loads are neither echoed nor
	// line-edited (an Enter typed as the first frame appears would otherwise reach Ink as LF, not Enter).
	const stdin = options.io.stdin as NodeJS.ReadStream;
	const setRawMode = (on: boolean) => stdin.isTTY && stdin.setRawMode(on);
	setRawMode(true);
	let modules;
	try {
		modules = await loadInTurns();
	} catch (error) {
		setRawMode(false);
		throw error;
	}
	const [{ render }, { App }, { RunEndNotifier, RunEndNotifierContext }] = modules;
	await settledWithin(prefetched, FIRST_DATA_WAIT_MS);
	const stdout = options.io.stdout as NodeJS.WriteStream;
	const terminal = enterTerminal(stdout, { altScreen: options.altScreen });
	// BEL and OSC strings move no cursor, so they can be written between Ink's frames.
	const notifier = options.notify ? new RunEndNotifier(options.client, (bytes) => stdout.write(bytes), options.io.env) : null;
	let crash: unknown;
	let interrupted = false;
	const instance = render(
		<RunEndNotifierContext.Provider value={notifier}>
			<App
				client={options.client}
				initialStack={options.stack}
				readOnly={options.readOnly}
				terminal={terminal}
				copy={(text) => copyToClipboard(text, { stream: stdout, env: options.io.env })}
				onQuit={(outcome) => (interrupted = outcome.interrupted)}
			/>
		</RunEndNotifierContext.Provider>,
		{
			stdout,
			stdin: options.io.stdin as NodeJS.ReadStream,
			stderr: options.io.stderr as NodeJS.WriteStream,
			exitOnCtrlC: false,
			patchConsole: false,
			maxFps: 20,
			// Rewrites only the rows that changed: a live view costs bytes per changed row, not per frame.
			incrementalRendering: true,
		},
	);
	closeFirstScreen();
	let signal: NodeJS.Signals | undefined;
	const onSignal = (received: NodeJS.Signals) => {
		signal = received;
		instance.unmount();
	};
	const onCrash = (error: unknown) => {
		crash = error;
		instance.unmount();
	};
	process.once('SIGTERM', onSignal);
	process.once('SIGHUP', onSignal);
	process.on('uncaughtException', onCrash);
	process.on('unhandledRejection', onCrash);
	try {
		await instance.waitUntilExit();
	} catch (error) {
		crash = error;
	} finally {
		notifier?.close();
		instance.cleanup();
		terminal.restore();
		setRawMode(false);
		process.off('SIGTERM', onSignal);
		process.off('SIGHUP', onSignal);
		process.off('uncaughtException', onCrash);
		process.off('unhandledRejection', onCrash);
	}
	if (crash) {
		// Shown only now, on the restored screen, so the message is not lost with the alternate buffer.
		options.io.stderr.write(`bench-tui: ${crash instanceof Error ? (crash.stack ?? crash.message) : String(crash)}\n`);
		return 1;
	}
	// The conventional 128 + signal number, so a supervisor sees how the app ended.
	if (signal) return signal === 'SIGTERM' ? 143 : 129;
	// Quit with Ctrl-C: 130, as a shell reports an interrupted command.
	return interrupted ? 130 : 0;
}
