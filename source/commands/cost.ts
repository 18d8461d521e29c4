// `bench-tui cost <mcp-session-id>`: the bench cost recorded against an MCP session (service tokens only).
import { formatUsd } from '../state/format.js';
import { sanitize, sanitizeMultiline } from '../look/sanitize.js';
import { defineCommand } from './define.js';
import { fields, printJson } from './output.js';

export const { run } = defineCommand(
	{ name: 'cost', summary: 'show the cost recorded for an MCP session (needs a service token)', usage: '<mcp-session-id>', args: [1, 1], flags: {} },
	async ({ input: [sessionId], io, flags, style, connect }) => {
		const cost = await connect().client.benchRuns.mcpSessionCost(sessionId);
		if (flags.json) printJson(io, cost);
		else {
			io.stdout.write(fields(style, [['session', sanitize(cost.session_id)], ['total', formatUsd(cost.total_cost_usd)]]));
			if (Object.keys(cost.breakdown).length) io.stdout.write(`\n${style.paint('bold', 'breakdown')}\n${sanitizeMultiline(JSON.stringify(cost.breakdown, null, 2))}\n`);
		}
		return 0;
	},
);
