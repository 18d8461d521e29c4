// Parses the `:` command line into an action. Pure, so it is tested without a terminal.
import { drawing } from '../look/drawing.js';

export type Command =
	| { kind: 'quit' }
	| { kind: 'project'; projectId: number }
	| { kind: 'run'; runId: number }
	| { kind: 'bench'; benchId: number }
	| { kind: 'compare'; runA: number; runB: number }
	| { kind: 'promote'; executionId: string }
	| { kind: 'cases'; script?: string }
	| { kind: 'help' }
	| { kind: 'log' }
	| { kind: 'history'; script?: string };

/** The names Tab completes (aliases such as `q` and `r` are left out: they are already as short as it gets). */
export const COMMAND_NAMES = ['project', 'run', 'bench', 'compare', 'promote', 'cases', 'history', 'log', 'help', 'quit'] as const;

export type ArgumentKind = 'project' | 'run' | 'bench' | 'script';
/** What each command's arguments are, for completion. */
export const COMMAND_ARGUMENT: Partial<Record<string, ArgumentKind>> = { project: 'project', run: 'run', compare: 'run', bench: 'bench', cases: 'script', history: 'script' };

export const COMMAND_HELP = ':project N  :run N  :bench N  :compare A B  :promote EXECUTION-ID  :cases [SCRIPT]  :history [SCRIPT]  :log  :help  :q';

function id(text: string | undefined): number | undefined {
	if (!text || !/^\d+$/.test(text)) return undefined;
	return Number(text);
}

export function parseCommand(line: string): Command | { error: string } {
	const [name = '', ...args] = line.trim().replace(/^:/, '').split(/\s+/).filter(Boolean);
	switch (name) {
		case 'q':
		case 'quit':
			return { kind: 'quit' };
		case 'help':
		case 'h':
			return { kind: 'help' };
		case 'log':
		case 'messages':
			return { kind: 'log' };
		case 'project':
		case 'p': {
			const projectId = id(args[0]);
			return projectId === undefined ? { error: 'usage: :project N' } : { kind: 'project', projectId };
		}
		case 'run':
		case 'r': {
			const runId = id(args[0]);
			return runId === undefined ? { error: 'usage: :run N' } : { kind: 'run', runId };
		}
		case 'bench':
		case 'b': {
			const benchId = id(args[0]);
			return benchId === undefined ? { error: 'usage: :bench N' } : { kind: 'bench', benchId };
		}
		case 'compare': {
			const runA = id(args[0]);
			const runB = id(args[1]);
			return runA === undefined || runB === undefined ? { error: 'usage: :compare A B' } : { kind: 'compare', runA, runB };
		}
		case 'promote':
			return args[0] ? { kind: 'promote', executionId: args[0] } : { error: 'usage: :promote EXECUTION-ID' };
		case 'cases':
			return { kind: 'cases', script: args[0] };
		case 'history':
			return { kind: 'history', script: args[0] };
		case '':
			return { error: COMMAND_HELP };
		default:
			return { error: `unknown command "${name}" ${drawing.dash} ${COMMAND_HELP}` };
	}
}
