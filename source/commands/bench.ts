// `bench-tui bench <bench-id>`: a bench configuration with its project and script.
import { sanitize } from '../look/sanitize.js';
import { defineCommand } from './define.js';
import { MissingError } from './failure.js';
import { fields, printJson } from './output.js';
import { parseId } from './values.js';

export const { run } = defineCommand(
	{ name: 'bench', summary: 'show a bench configuration by id', usage: '<bench-id>', args: [1, 1], flags: {} },
	async ({ input: [id], io, flags, style, connect }) => {
		const benchId = parseId(id, 'bench-id');
		const bench = await connect().client.benchRuns.benchById(benchId);
		if (!bench) throw new MissingError(`bench ${benchId} not found`);
		if (flags.json) printJson(io, bench);
		else
			io.stdout.write(
				fields(style, [
					['bench', sanitize(bench.id)],
					['project', sanitize(bench.project_id)],
					['script', `${sanitize(bench.script_name)} (id ${sanitize(bench.script_id)})`],
					['judge', bench.judge_script_id === null ? '— (none configured)' : `script ${sanitize(bench.judge_script_id)} on ${sanitize(bench.judge_channel)}`],
					['config', sanitize(JSON.stringify(bench.config))],
					['created', sanitize(bench.created_at)],
					['updated', sanitize(bench.updated_at)],
				]),
			);
		return 0;
	},
);
