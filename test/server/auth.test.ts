import { describe, expect, it } from 'vitest';
import { AuthError } from '../../source/client/errors.js';
import { clientFor, openStream, raw, serve } from './helpers.js';

const TOKENS = [
	{ token: 'svc-secret', service: true },
	{ token: 'svc-acme', service: true, projects: [1] },
	{ token: 'akribes_tk_p1', projects: [1], user: 'ana@acme.test' },
];

describe('auth', () => {
	it('accepts anonymous calls when no token is configured', async () => {
		const server = await serve();
		expect((await raw(server, '/projects')).status).toBe(200);
		expect((await raw(server, '/mcp-sessions/mcp-session-demo-1/cost')).status).toBe(200);
	});

	it('answers 401 without or with an unknown bearer token, on every kind of route', async () => {
		const server = await serve({ tokens: TOKENS });
		for (const path of ['/projects', '/projects/1/benches', '/bench-runs/1', '/bench-runs/1/events', '/events', '/executions/x', '/no/such/route']) {
			const anonymous = await raw(server, path);
			expect(anonymous.status, path).toBe(401);
			expect(anonymous.json).toEqual({ error: 'missing or invalid bearer token' });
			expect((await raw(server, path, { token: 'wrong' })).status, path).toBe(401);
		}
		const error = await clientFor(server).projects.list().catch((e: unknown) => e);
		expect(error).toBeInstanceOf(AuthError);
		expect((error as AuthError).status).toBe(401);
	});

	it('answers 403 when a scoped token reaches another project, resolving the project from run, case and bench rows', async () => {
		const server = await serve({ tokens: TOKENS });
		const p1 = 'akribes_tk_p1';
		expect((await raw(server, '/projects', { token: p1 })).json.map((p: { id: number }) => p.id)).toEqual([1]);
		expect((await raw(server, '/projects/1/benches', { token: p1 })).status).toBe(200);
		const invoiceCase = (await raw(server, '/projects/2/scripts/extract-invoice/bench/cases', { token: 'svc-secret' })).json[0].id;
		const forbidden = [
			['GET', '/projects/2'],
			['GET', '/projects/2/benches'],
			['GET', '/projects/2/scripts/extract-invoice/bench/runs'],
			['POST', '/projects/2/scripts/extract-invoice/bench/runs'],
			['GET', '/bench-runs/10'],
			['GET', '/bench-runs/10/results'],
			['POST', '/bench-runs/10/cancel'],
			['DELETE', '/bench-runs/10'],
			['PATCH', '/bench-runs/10/tag-session'],
			['GET', '/bench-runs/10/compare/11'],
			['GET', `/executions/${invoiceCase}`],
			['PATCH', `/cases/${invoiceCase}`],
			['DELETE', `/cases/${invoiceCase}`],
			['GET', '/benches/3'],
			['GET', '/bench-runs/10/events'],
			['GET', '/events?project_id=2'],
		];
		for (const [method, path] of forbidden) {
			const response = await raw(server, path, { method, token: p1, body: method === 'GET' || method === 'DELETE' ? undefined : { channel: 'production', mcp_session_id: 's' } });
			expect(response.status, `${method} ${path}`).toBe(403);
			expect(response.contentType).toMatch(/^application\/json/);
			expect(typeof response.json.error).toBe('string');
		}
		// The run still exists: the forbidden DELETE changed nothing.
		expect((await raw(server, '/bench-runs/10', { token: 'svc-secret' })).status).toBe(200);
		const subscribeError = await clientFor(server, p1).benchRuns.subscribeRunEvents(10).catch((e: unknown) => e);
		expect(subscribeError).toBeInstanceOf(AuthError);
		expect((subscribeError as AuthError).status).toBe(403);
	});

	it('attributes triggers to the scoped token user', async () => {
		const server = await serve({ tokens: TOKENS });
		const run = await raw(server, '/projects/1/scripts/summarize/bench/runs', { method: 'POST', token: 'akribes_tk_p1', body: { channel: 'draft' } });
		expect(run.json.triggered_by).toBe('ana@acme.test');
	});

	it('serves MCP session cost to service tokens only, narrowed to their projects', async () => {
		const server = await serve({ tokens: TOKENS });
		const path = '/mcp-sessions/mcp-session-demo-1/cost';
		const scoped = await raw(server, path, { token: 'akribes_tk_p1' });
		expect(scoped.status).toBe(403);
		expect(scoped.json).toEqual({ error: 'a service token is required' });
		const cost = await clientFor(server, 'svc-acme').benchRuns.mcpSessionCost('mcp-session-demo-1');
		expect(cost.session_id).toBe('mcp-session-demo-1');
		expect(cost.total_cost_usd).toBeCloseTo(Object.values(cost.breakdown as Record<string, number>).reduce((a, b) => a + b, 0), 6);
		expect(cost.breakdown).toHaveProperty('assistant_turns');
		expect((await raw(server, '/mcp-sessions/never-tagged/cost', { token: 'svc-secret' })).status).toBe(404);
	});

	it('filters the global hub stream to the projects a scoped token can read', async () => {
		const server = await serve({ tokens: TOKENS, hubFlushMs: 5 });
		const hub = await openStream(server, '/events', { token: 'akribes_tk_p1' });
		await raw(server, '/projects/2/scripts/extract-invoice/bench/runs', { method: 'POST', token: 'svc-secret', body: { channel: 'draft' } });
		await server.coordinator.idle();
		await raw(server, '/projects/1/scripts/classify-ticket/bench/runs', { method: 'POST', token: 'akribes_tk_p1', body: { channel: 'draft' } });
		const text = await hub.until((t) => t.includes('"RunFinished"'));
		hub.close();
		expect(text).toContain('"script_name":"classify-ticket"');
		expect(text).not.toContain('"project_id":2');
	});

	it('accepts ?token= on /events only', async () => {
		const server = await serve({ tokens: TOKENS });
		const hub = await openStream(server, '/events?project_id=1&token=akribes_tk_p1');
		expect(hub.status).toBe(200);
		hub.close();
		const otherProject = await openStream(server, '/events?project_id=2&token=akribes_tk_p1');
		expect(otherProject.status).toBe(403);
		expect((await raw(server, '/projects?token=svc-secret')).status).toBe(401);
		expect((await raw(server, '/bench-runs/1/events?token=svc-secret')).status).toBe(401);
	});
});

describe('MCP session tagging', () => {
	it('tags a run; finalize writes its cost; a tagged unfinished run reads as zero cost', async () => {
		const server = await serve({ pace: 0 });
		const client = clientFor(server);
		const seeded = server.seedBench({ cases: 30 });
		const run = await client.benches.triggerRun(seeded.projectId, seeded.scriptName, { channel: 'production' });
		expect(await client.benchRuns.tagSession(run.id, 'session-42')).toEqual({ tagged: true, run_id: run.id, mcp_session_id: 'session-42' });
		await server.coordinator.idle();
		const finished = (await client.benchRuns.get(run.id))!;
		expect(finished.mcp_session_id).toBe('session-42');
		const cost = await client.benchRuns.mcpSessionCost('session-42');
		expect(cost).toEqual({ session_id: 'session-42', total_cost_usd: finished.total_cost_usd, breakdown: { [`bench_run:${run.id}`]: finished.total_cost_usd } });

		const pending = server.seedBench({ cases: 5 });
		const slowServerRun = server.store.insertRun({ ...server.store.run(run.id)!, bench_id: pending.benchId, status: 'running', mcp_session_id: null });
		await client.benchRuns.tagSession(slowServerRun.id, 'session-empty');
		expect(await client.benchRuns.mcpSessionCost('session-empty')).toEqual({ session_id: 'session-empty', total_cost_usd: 0, breakdown: {} });
		expect((await raw(server, `/bench-runs/${run.id}/tag-session`, { method: 'PATCH', body: {} })).json).toEqual({ error: 'mcp_session_id is required' });
	});
});
