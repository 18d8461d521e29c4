// `bench-tui tag-session <run-id> <mcp-session-id>`: attributes a run's cost to an MCP session.
import { sanitize } from '../look/sanitize.js';
import { defineCommand } from './define.js';
import { printJson } from './output.js';
import { parseId } from './values.js';

export const { run } = defineCommand(
	{ name: 'tag-session', summary: "attribute a run's cost to an MCP session", usage: '<run-id> <mcp-session-id>', args: [2, 2], flags: {} },
	async ({ input: [id, sessionId], io, flags, connect }) => {
		const response = await connect().client.benchRuns.tagSession(parseId(id, 'run-id'), sessionId);
		if (flags.json) printJson(io, response);
		else io.stdout.write(`${response.tagged ? 'Tagged' : 'Not tagged:'} run ${sanitize(response.run_id)} with MCP session ${sanitize(response.mcp_session_id)}\n`);
		return 0;
	},
);
