// One place that turns a command's spec into a CommandModule: meow parsing (argv given explicitly), `--help`,
// unknown-flag and argument-count checks, and the mapping of every failure to one stderr line and an exit code.
// meow's own help/unknown-flag handling is switched off because it writes with console.* and calls process.exit.
import meow, { type AnyFlags, type TypedFlags } from 'meow';
import { DEFAULT_BASE_URL } from '../config.js';
import type { CommandIO, CommandModule } from './command.js';
import { connect, type Connection, type ConnectionFlags } from './connection.js';
import { reportFailure, UsageError } from './failure.js';
import { helpLines } from './help-lines.js';
import { styleFor, type Style } from './output.js';

/** Flags every command accepts: connection settings, `--json`, `--help`. */
const COMMON_FLAGS = {
	url: { type: 'string' },
	project: { type: 'string', shortFlag: 'p' },
	token: { type: 'string' },
	json: { type: 'boolean' },
	help: { type: 'boolean', shortFlag: 'h' },
} as const;

type CommonFlags = typeof COMMON_FLAGS;

export interface CommandSpec<F extends AnyFlags> {
	/** As typed after `bench-tui`, e.g. `runs` or `case create`. */
	name: string;
	summary: string;
	/** Arguments after the name, e.g. `<script> [--limit N]`. */
	usage: string;
	/** Allowed count of positional arguments. */
	args: readonly [min: number, max: number];
	flags: F;
	/** `[syntax, description]` lines for the command's own flags. */
	options?: readonly (readonly [string, string])[];
	/** Extra help text (examples, notes) printed last. */
	notes?: string;
}

export interface Context<F extends AnyFlags> {
	input: string[];
	flags: TypedFlags<F & CommonFlags>;
	io: CommandIO;
	/** Style of stdout (tables, badges); stderr has its own TTY check where it matters. */
	style: Style;
	/** Resolves settings (flags > env > config file) and creates the client; warns on `--token`. */
	connect(): Connection;
}

const COMMON_OPTIONS: readonly (readonly [string, string])[] = [
	['--json', 'print the decoded server JSON (pretty on a terminal, one line otherwise)'],
	['--url URL', `server base URL (env AKRIBES_BASE_URL; default ${DEFAULT_BASE_URL})`],
	['-p, --project P', 'project id (env AKRIBES_PROJECT_ID)'],
	['--token T', 'bearer token; prefer AKRIBES_TOKEN or `bench-tui login`'],
	['-h, --help', 'show this help'],
];


export function helpText(spec: CommandSpec<AnyFlags>): string {
	const lines = [`bench-tui ${spec.name}: ${spec.summary}`, '', 'Usage', `  $ bench-tui ${spec.name} ${spec.usage}`.trimEnd(), ''];
	if (spec.options?.length) lines.push('Options', ...helpLines(spec.options), '');
	lines.push('Common options', ...helpLines(COMMON_OPTIONS), '');
	if (spec.notes) lines.push(spec.notes.trim(), '');
	return lines.join('\n');
}

function kebab(key: string): string {
	return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** yargs reads a lone `-` as an argument; `--edits -` must give the flag the value `-` (stdin). */
function bindDashValues(argv: string[], flags: AnyFlags): string[] {
	const takesValue = new Set<string>();
	for (const [key, flag] of Object.entries(flags)) {
		if (flag.type !== 'string') continue;
		takesValue.add(`--${kebab(key)}`);
		if (flag.shortFlag) takesValue.add(`-${flag.shortFlag}`);
	}
	const bound: string[] = [];
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--') return [...bound, ...argv.slice(i)];
		if (takesValue.has(argv[i]) && argv[i + 1] === '-') bound.push(`${argv[i++]}=-`);
		else bound.push(argv[i]);
	}
	return bound;
}

/**
 * Parses `argv` against exactly `flags`: an unknown flag, a bad `choices` value or a repeated single-value flag is a
 * UsageError. Shared with `serve`, which has its own flags but reports like every other command.
 */
export function parseArgv<F extends AnyFlags>(flags: F, argv: string[]): { input: string[]; flags: TypedFlags<F> } {
	let result;
	try {
		result = meow({
			importMeta: import.meta,
			argv: bindDashValues(argv, flags),
			flags,
			pkg: { name: 'bench-tui' },
			description: false,
			autoHelp: false,
			autoVersion: false,
			allowUnknownFlags: true,
		});
	} catch (error) {
		// meow throws for bad `choices` and repeated single-value flags.
		throw new UsageError((error as Error).message.replaceAll('`', ''));
	}
	const unknown = Object.keys(result.flags).filter((key) => !(key in flags));
	if (unknown.length) throw new UsageError(`unknown flag ${unknown.map((key) => `${key.length === 1 ? '-' : '--'}${kebab(key)}`).join(', ')}`);
	return { input: result.input, flags: result.flags as TypedFlags<F> };
}

function parse<F extends AnyFlags>(spec: CommandSpec<F>, argv: string[]): { input: string[]; flags: TypedFlags<F & CommonFlags> } {
	return parseArgv({ ...spec.flags, ...COMMON_FLAGS } as F & CommonFlags, argv);
}

export function defineCommand<F extends AnyFlags>(spec: CommandSpec<F>, handler: (context: Context<F>) => Promise<number>): CommandModule {
	return {
		async run(argv, io) {
			try {
				const { input, flags } = parse(spec, argv);
				if (flags.help) {
					io.stdout.write(helpText(spec as CommandSpec<AnyFlags>));
					return 0;
				}
				const [min, max] = spec.args;
				if (input.length < min) throw new UsageError(`missing argument: ${spec.name} ${spec.usage}`);
				if (input.length > max) throw new UsageError(`unexpected argument ${JSON.stringify(input[max])}: ${spec.name} ${spec.usage}`);
				return await handler({ input, flags, io, style: styleFor(io.stdout, io.env), connect: () => connect(flags as ConnectionFlags, io) });
			} catch (error) {
				return reportFailure(error, io, spec.name);
			}
		},
	};
}
