// Entry point: `bench-tui <command> …` runs a scriptable command; `bench-tui [flags]` opens the full-screen app.
import { COMMANDS } from './commands/index.js';
import { EXIT, type CommandIO } from './commands/command.js';

const io: CommandIO = { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env };
const argv = process.argv.slice(2);
const [first, ...rest] = argv;

async function main(): Promise<number> {
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
