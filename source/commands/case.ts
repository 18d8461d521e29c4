// `bench-tui case <get|create|patch|delete|promote> …`: dispatches to one module per subcommand.
import { EXIT, type CommandIO, type CommandModule } from './command.js';
import { helpLines } from './help-lines.js';

const SUBCOMMANDS: Record<string, { usage: string; summary: string; load: () => Promise<CommandModule> }> = {
	get: { usage: '<case-id>', summary: 'show a case', load: () => import('./case/get.js') },
	create: { usage: '<script> <json|file|->', summary: "add a case to a script's bench", load: () => import('./case/create.js') },
	patch: { usage: '<case-id> <json|file|->', summary: 'change some fields of a case', load: () => import('./case/patch.js') },
	delete: { usage: '<case-id> [--yes]', summary: 'delete a case', load: () => import('./case/delete.js') },
	promote: { usage: '<execution-id> [--name N] [--edits JSON]', summary: 'turn a completed execution into a case', load: () => import('./case/promote.js') },
};

function help(): string {
	const lines = helpLines(Object.entries(SUBCOMMANDS).map(([name, sub]) => [`${name} ${sub.usage}`, sub.summary]), '  $ bench-tui case ');
	return ['bench-tui case: read and edit bench cases', '', 'Usage', ...lines, '', 'Run `bench-tui case <subcommand> --help` for its options.', ''].join('\n');
}

export async function run(argv: string[], io: CommandIO): Promise<number> {
	const [name, ...rest] = argv;
	if (name === '--help' || name === '-h') {
		io.stdout.write(help());
		return EXIT.ok;
	}
	const sub = name && Object.hasOwn(SUBCOMMANDS, name) ? SUBCOMMANDS[name] : undefined;
	if (!sub) {
		io.stderr.write(`bench-tui case: ${name ? `unknown subcommand ${JSON.stringify(name)}` : 'missing subcommand'} (one of ${Object.keys(SUBCOMMANDS).join(', ')}; see \`bench-tui case --help\`)\n`);
		return EXIT.usage;
	}
	return (await sub.load()).run(rest, io);
}
