// What route handlers share: the hono env type, the server services, and lookups that enforce 404/403 in one place.
import type { Context } from 'hono';
import type { HttpBindings } from '@hono/node-server';
import { canRead, type Principal } from './auth.js';
import type { Broadcaster } from './broadcast.js';
import type { Coordinator } from './coordinator.js';
import { badRequest, forbidden, notFound } from './http-error.js';
import type { BenchRow, ProjectRow, RunRow, ScriptRow } from './rows.js';
import type { Store } from './store.js';

export interface Services {
	store: Store;
	coordinator: Coordinator;
	broadcaster: Broadcaster;
	now: () => string;
}

export type Env = { Bindings: HttpBindings; Variables: { principal: Principal } };
export type Ctx = Context<Env>;

export function requireReadable(c: Ctx, projectId: number): void {
	if (!canRead(c.get('principal'), projectId)) throw forbidden();
}

export function requireProject(c: Ctx, store: Store, key: string): ProjectRow {
	const project = store.findProject(key);
	if (!project) throw notFound('project not found');
	requireReadable(c, project.id);
	return project;
}

export function requireScript(c: Ctx, store: Store): { project: ProjectRow; script: ScriptRow } {
	const project = requireProject(c, store, c.req.param('project')!);
	const script = store.findScript(project.id, c.req.param('script')!);
	if (!script) throw notFound('script not found');
	return { project, script };
}

export function requireBench(c: Ctx, store: Store): { project: ProjectRow; script: ScriptRow; bench: BenchRow } {
	const found = requireScript(c, store);
	const bench = store.benchByScript(found.script.id);
	if (!bench) throw notFound('no bench configured');
	return { ...found, bench };
}

export function parseId(text: string | undefined, what: string): number {
	if (!text || !/^\d+$/.test(text)) throw notFound(`${what} not found`);
	return Number(text);
}

/** A run by path id, 404 when absent, 403 when the token cannot read its project. */
export function requireRun(c: Ctx, store: Store, param = 'id'): RunRow {
	const run = store.run(parseId(c.req.param(param), 'bench run'));
	if (!run) throw notFound('bench run not found');
	const bench = store.bench(run.bench_id)!;
	requireReadable(c, store.scriptById(bench.script_id)!.project_id);
	return run;
}

/** The JSON body; an empty body counts as `{}`. */
export async function readBody(c: Ctx): Promise<Record<string, unknown>> {
	const text = await c.req.text();
	if (text.trim() === '') return {};
	try {
		const value: unknown = JSON.parse(text);
		if (value === null || typeof value !== 'object' || Array.isArray(value)) throw badRequest('request body must be a JSON object');
		return value as Record<string, unknown>;
	} catch (error) {
		if (error instanceof SyntaxError) throw badRequest('invalid JSON body');
		throw error;
	}
}

export function pageParams(c: Ctx, defaults: { limit: number; max: number }): { limit: number; offset: number } {
	const limitText = c.req.query('limit');
	const offsetText = c.req.query('offset');
	const limit = limitText !== undefined && /^\d+$/.test(limitText) ? Math.min(Math.max(Number(limitText), 1), defaults.max) : defaults.limit;
	const offset = offsetText !== undefined && /^\d+$/.test(offsetText) ? Number(offsetText) : 0;
	return { limit, offset };
}
