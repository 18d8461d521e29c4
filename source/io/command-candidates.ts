// What Tab can complete on the `:` command line, read for where the user is: project ids, the project's script
// names and bench ids, the bench's recent run ids. Best effort: a failed read only means fewer completions.
import type { Client } from '../client/api.js';
import type { Candidates } from '../state/command-completion.js';

export interface CommandContext {
	projectId?: number;
	script?: string;
}

export async function loadCandidates(client: Client, context: CommandContext, signal: AbortSignal): Promise<Candidates> {
	const options = { signal };
	const [projects, benches, runs] = await Promise.all([
		client.projects.list(options).catch(() => []),
		context.projectId === undefined ? [] : client.benches.listSummaries(context.projectId, options).catch(() => []),
		context.projectId === undefined || !context.script ? [] : client.benches.listRuns(context.projectId, context.script, { limit: 50 }, options).catch(() => []),
	]);
	return {
		project: projects.map((project) => String(project.id)),
		script: benches.map((bench) => bench.script_name),
		bench: benches.map((bench) => String(bench.bench_id)),
		run: runs.map((run) => String(run.id)),
	};
}
