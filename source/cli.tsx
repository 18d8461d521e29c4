// Entry point: `bench-tui <command> …` runs a scriptable command; `bench-tui [flags]` opens the full-screen app.
import { readFileSync } from 'node:fs';
import { COMMANDS } from './commands/index.js';
import { EXIT, type CommandIO } from './commands/command.js';

const io: CommandIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
const argv = process.argv.slice(2);
const [first, ...rest] = argv;

/** package.json sits one level above both source/cli.tsx and the bundled dist/cli.js. */
function version(): string {
	return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

async function main(): Promise<number> {
	if (first === '--version' || first === '-v') {
		io.stdout.write(`bench-tui ${version()}\n`);
		return EXIT.ok;
	}
	if (first && !first.startsWith('-')) {
		const command = Object.hasOwn(COMMANDS, first) ? COMMANDS[first] : undefined;
		if (!command) {
			io.stderr.write(`bench-tui: unknown command "${first}". Run \`bench-tui --help\` for the list.\n`);
			return EXIT.usage;
		}
		return (await command.load()).run(rest, io);
	}
	const { startInteractive } = await import('./interactive.js');
	return startInteractive(argv, io);
}

main().then(
	(code) => {
		process.exitCode = code;
	},
	(error: unknown) => {
		io.stderr.write(`bench-tui: ${error instanceof Error ? error.message : String(error)}\n`);
		process.exitCode = EXIT.error;
	},
);
