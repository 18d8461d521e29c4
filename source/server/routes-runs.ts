// §6.2 run-scoped routes, including the run SSE stream (§7.1).
import type { Hono } from 'hono';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import type { TerminalStatus } from '../wire/types.js';
import { compareRuns } from './compare.js';
import { readBody, requireRun, type Env, type Services } from './context.js';
import { badRequest, notFound } from './http-error.js';
import { runDetail, runOwner } from './run-views.js';
import { resultsJsonStream } from './results-stream.js';

const TERMINAL = new Set(['completed', 'failed', 'canceled']);

export function runRoutes(app: Hono<Env>, { store, coordinator, broadcaster }: Services): void {
	app.get('/bench-runs/:id', (c) => c.json(runDetail(store, requireRun(c, store))));

	app.delete('/bench-runs/:id', (c) => {
		coordinator.delete(requireRun(c, store).id);
		return c.body(null, 204);
	});

	app.get('/bench-runs/:id/results', (c) => {
		const run = requireRun(c, store);
		const abort = () => c.env.outgoing.destroy();
		return c.body(resultsJsonStream(store, run.id, runOwner(store, run).threshold, abort), 200, { 'Content-Type': 'application/json' });
	});

	app.get('/bench-runs/:id/events', (c) => {
		const run = requireRun(c, store);
		if (TERMINAL.has(run.status) && !coordinator.isActive(run.id)) broadcaster.answerFinished(c.env.outgoing, run.status as TerminalStatus);
		else broadcaster.subscribeRun(run.id, c.env.outgoing);
		return RESPONSE_ALREADY_SENT;
	});

	app.post('/bench-runs/:id/cancel', (c) => {
		const run = requireRun(c, store);
		coordinator.cancel(run.id);
		return c.json(runDetail(store, store.run(run.id)!));
	});

	app.get('/bench-runs/:a/compare/:b', (c) => {
		const [runA, runB] = [requireRun(c, store, 'a'), requireRun(c, store, 'b')];
		if (runOwner(store, runA).projectId !== runOwner(store, runB).projectId) throw notFound('bench run not found');
		if (runA.bench_id !== runB.bench_id) throw badRequest('runs belong to different benches');
		return c.json(compareRuns(runA.id, runB.id, store.listResults(runA.id), store.listResults(runB.id), store.caseNames(runA.bench_id)));
	});

	app.patch('/bench-runs/:id/tag-session', async (c) => {
		const run = requireRun(c, store);
		const body = await readBody(c);
		const sessionId = body.mcp_session_id;
		if (typeof sessionId !== 'string' || sessionId === '') throw badRequest('mcp_session_id is required');
		store.setRunSession(run.id, sessionId);
		if (TERMINAL.has(run.status)) store.setSessionCost(sessionId, runOwner(store, run).projectId, `bench_run:${run.id}`, run.total_cost_usd);
		return c.json({ tagged: true, run_id: run.id, mcp_session_id: sessionId });
	});
}
