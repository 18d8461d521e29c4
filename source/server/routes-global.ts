// §6.3 case-, bench-, execution- and session-keyed routes (the owning project is resolved from the row).
import type { Hono } from 'hono';
import type { JsonObject } from '../wire/types.js';
import { caseSignature } from './catalog.js';
import { createCase, patchCase, promotedCase } from './cases.js';
import { parseId, readBody, requireReadable, type Env, type Services } from './context.js';
import { resolveExecution } from './executions.js';
import { badRequest, forbidden, notFound } from './http-error.js';
import { benchByIdJson, caseJson } from './wire.js';

export function globalRoutes(app: Hono<Env>, { store, now }: Services): void {
	app.get('/executions/:id', (c) => {
		const execution = resolveExecution(store, c.req.param('id'));
		if (!execution) throw notFound('execution not found');
		requireReadable(c, execution.projectId);
		return c.json(execution.body);
	});

	app.post('/executions/:id/promote-to-case', async (c) => {
		const execution = resolveExecution(store, c.req.param('id'));
		if (!execution) throw notFound('execution not found');
		requireReadable(c, execution.projectId);
		const body = await readBody(c);
		if (execution.body.status !== 'completed') throw badRequest('execution not completed');
		const script = store.findScript(execution.projectId, execution.scriptName);
		const bench = script && store.benchByScript(script.id);
		if (!script || !bench) throw notFound('no bench configured');
		const source = { inputs: (execution.body.inputs ?? null) as JsonObject | null, result: execution.body.result };
		return c.json(caseJson(createCase(store, bench, script, caseSignature(store, script.id), promotedCase(source, body), now())));
	});

	app.patch('/cases/:id', async (c) => {
		const existing = store.caseById(c.req.param('id'));
		if (!existing) throw notFound('case not found');
		requireReadable(c, existing.project_id);
		const body = await readBody(c);
		const script = store.findScript(existing.project_id, existing.script_name);
		return c.json(caseJson(patchCase(store, existing, script && caseSignature(store, script.id), body)));
	});

	app.delete('/cases/:id', (c) => {
		const existing = store.caseById(c.req.param('id'));
		if (!existing) throw notFound('case not found');
		requireReadable(c, existing.project_id);
		store.deleteCase(existing.id);
		return c.json({ deleted: true });
	});

	app.get('/benches/:id', (c) => {
		const bench = store.bench(parseId(c.req.param('id'), 'bench'));
		if (!bench) throw notFound('bench not found');
		const script = store.scriptById(bench.script_id)!;
		requireReadable(c, script.project_id);
		return c.json(benchByIdJson(bench, script));
	});

	app.get('/mcp-sessions/:id/cost', (c) => {
		if (!c.get('principal').service) throw forbidden('a service token is required');
		const sessionId = c.req.param('id');
		const projectId = store.sessionProject(sessionId);
		if (projectId === undefined) throw notFound('no bench run is tagged with this session');
		requireReadable(c, projectId);
		const session = store.session(sessionId);
		return c.json({ session_id: sessionId, total_cost_usd: session?.total_cost_usd ?? 0, breakdown: session ? JSON.parse(session.breakdown) : {} });
	});
}
