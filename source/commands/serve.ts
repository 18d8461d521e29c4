// `bench-tui serve`: runs the embedded Akribes-compatible bench server until SIGINT/SIGTERM.
// The first stdout line is always `listening on <url>` (scripts and tests wait for it).
import type { CommandIO, CommandModule } from './command.js';
import { EXIT } from './command.js';
import { parseArgv } from './define.js';
import { reportFailure, UsageError } from './failure.js';

const HELP = `bench-tui serve: run the embedded Akribes-compatible bench server

Usage
  $ bench-tui serve [--port N] [--host H] [--db FILE] [--token T]... [--pace N] [--empty] [--load-cases N] [--max-body SIZE]

Options
  --port N          port to listen on (default 3001; 0 picks a free port)
  --host H          interface to bind (default 127.0.0.1)
  --db FILE         SQLite database file (default: in memory); reopening it resumes interrupted runs
  --token T         require this bearer token (a service token; repeatable); default: anonymous access
  --pace N          results per second per run (default 4; 0 = unlimited)
  --empty           start without the demo projects
  --load-cases N    also create a project with one bench of N cases (big live runs); added on every start
  --max-body SIZE   largest request body accepted, in bytes or with a unit: 512KB, 20MB (1 MB = 1024 KB; default 10MB); larger: 413
  -h, --help        show this help
`;

const FLAGS = {
	port: { type: 'number', default: 3001 },
	host: { type: 'string', default: '127.0.0.1' },
	db: { type: 'string' },
	token: { type: 'string', isMultiple: true },
	pace: { type: 'number', default: 4 },
	empty: { type: 'boolean', default: false },
	loadCases: { type: 'number', default: 0 },
	maxBody: { type: 'string', default: '10MB' },
	help: { type: 'boolean', shortFlag: 'h', default: false },
} as const;

const UNITS: Record<string, number> = { '': 1, B: 1, K: 1024, KB: 1024, M: 1024 ** 2, MB: 1024 ** 2, G: 1024 ** 3, GB: 1024 ** 3 };

/** `--max-body`: a whole number of bytes, or with a unit (KB, MB, GB; powers of 1024), at least 1 KB. */
function byteSize(text: string): number {
	const match = /^(\d+(?:\.\d+)?)\s*([KMG]?B?)$/i.exec(text.trim());
	const bytes = match ? Math.floor(Number(match[1]) * UNITS[match[2].toUpperCase()]) : NaN;
	if (!Number.isSafeInteger(bytes) || bytes < 1024) throw new UsageError(`--max-body takes a size of at least 1KB, such as 20MB (got ${JSON.stringify(text)})`);
	return bytes;
}

async function serve(argv: string[], io: CommandIO): Promise<number> {
	let cli: ReturnType<typeof parseArgv<typeof FLAGS>>;
	let maxBodyBytes: number;
	try {
		cli = parseArgv(FLAGS, argv);
		const numbersValid = [cli.flags.port, cli.flags.pace, cli.flags.loadCases].every((n) => Number.isFinite(n) && n >= 0);
		if (!numbersValid) throw new UsageError('--port, --pace and --load-cases take numbers ≥ 0');
		if (cli.input.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(cli.input[0])}`);
		maxBodyBytes = byteSize(cli.flags.maxBody);
	} catch (error) {
		return reportFailure(error, io, 'serve');
	}
	const { flags } = cli;
	if (flags.help) {
		io.stdout.write(HELP);
		return EXIT.ok;
	}
	const { startServer } = await import('../server/index.js');
	const server = await startServer({
		port: flags.port,
		host: flags.host,
		dbPath: flags.db,
		pace: flags.pace,
		data: flags.empty ? 'empty' : 'demo',
		tokens: flags.token?.map((token) => ({ token, service: true })),
		maxBodyBytes,
	});
	if (flags.loadCases > 0) server.seedBench({ cases: Math.floor(flags.loadCases) });
	io.stdout.write(`listening on ${server.url}\n`);
	await new Promise<void>((resolve) => {
		const stop = () => {
			process.off('SIGINT', stop);
			process.off('SIGTERM', stop);
			resolve();
		};
		process.on('SIGINT', stop);
		process.on('SIGTERM', stop);
	});
	await server.close();
	return EXIT.ok;
}

export const run: CommandModule['run'] = serve;
