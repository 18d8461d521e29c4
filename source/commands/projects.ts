// `bench-tui projects`: the projects the token can see.
import { sanitize } from '../look/sanitize.js';
import { defineCommand } from './define.js';
import { formatWhen, printJson, table } from './output.js';

export const { run } = defineCommand(
	{ name: 'projects', summary: 'list the projects the token can see', usage: '', args: [0, 0], flags: {} },
	async ({ io, flags, style, connect }) => {
		const projects = await connect().client.projects.list();
		if (flags.json) printJson(io, projects);
		else
			io.stdout.write(
				table(
					style,
					[{ header: 'ID', align: 'right' }, { header: 'NAME' }, { header: 'CREATED' }],
					projects.map((project) => [sanitize(project.id), sanitize(project.name), formatWhen(style, project.created_at)]),
				),
			);
		return 0;
	},
);
