// Subcommand registry: each entry is loaded only when its command runs, so the interactive start-up stays light.
import type { CommandModule } from './command.js';
import { helpLines } from './help-lines.js';

export const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
	serve: { summary: 'run the embedded Akribes-compatible bench server', load: () => import('./serve.js') },
	projects: { summary: 'list the projects the token can see', load: () => import('./projects.js') },
	benches: { summary: "list the project's benches with their latest run", load: () => import('./benches.js') },
	runs: { summary: "list the runs of a script's bench, newest first", load: () => import('./runs.js') },
	run: { summary: "show one run's status, counts and cost", load: () => import('./run.js') },
	results: { summary: "list a run's per-case results", load: () => import('./results.js') },
	bench: { summary: 'show a bench configuration by id', load: () => import('./bench.js') },
	trigger: { summary: "run a script's bench (--watch to follow it)", load: () => import('./trigger.js') },
	watch: { summary: "stream a run's results until it ends; exit code by outcome", load: () => import('./watch.js') },
	cancel: { summary: 'cancel a run', load: () => import('./cancel.js') },
	delete: { summary: 'delete a run and its results', load: () => import('./delete.js') },
	compare: { summary: 'compare two runs; --fail-on-regression for CI', load: () => import('./compare.js') },
	history: { summary: "a bench's cases across its last runs: flaky, broke, fixed; --fail-on-flaky for CI", load: () => import('./history.js') },
	case: { summary: 'get, create, patch, delete or promote bench cases', load: () => import('./case.js') },
	'tag-session': { summary: "attribute a run's cost to an MCP session", load: () => import('./tag-session.js') },
	cost: { summary: 'show the cost recorded for an MCP session', load: () => import('./cost.js') },
	login: { summary: 'save url, project and token (token from stdin or a hidden prompt)', load: () => import('./login.js') },
};

/** The "Commands" and "Exit codes" sections of `bench-tui --help`. */
export function commandsHelp(): string {
	return [
		'Commands (each has --help)',
		...helpLines(Object.entries(COMMANDS).map(([name, command]) => [name, command.summary])),
		'',
		'Exit codes',
		'  0 ok · 1 server or network error · 2 usage error · 3 run failed · 4 run canceled',
		'  5 mean score below --fail-under · 6 regression (compare --fail-on-regression) · 7 not found',
		'  8 flaky cases (history --fail-on-flaky) · 9 cancel: the run had already ended',
		'  10 watch gave up: the same failure repeated · 130 interrupted',
	].join('\n');
}
