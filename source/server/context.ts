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

/** A numeric path id; anything else (including ids beyond 2^53) is a 404 for that kind of row. */
export function parseId(text: string | undefined, what: string): number {
	const id = text !== undefined && /^\d+$/.test(text) ? Number(text) : NaN;
	if (!Number.isSafeInteger(id)) throw notFound(`${what} not found`);
	return id;
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

/** A whole-number query parameter (0 … 2^53 − 1), or undefined when absent; anything else is a 400. */
export function integerQuery(c: Ctx, name: string): number | undefined {
	const text = c.req.query(name);
	if (text === undefined || text === '') return undefined;
	const value = /^\d+$/.test(text) ? Number(text) : NaN;
	if (!Number.isSafeInteger(value)) throw badRequest(`${name} must be a whole number between 0 and ${Number.MAX_SAFE_INTEGER}`);
	return value;
}

/** `limit` (clamped to 1 … max) and `offset`; non-numeric or out-of-range values are a 400. */
export function pageParams(c: Ctx, defaults: { limit: number; max: number }): { limit: number; offset: number } {
	const limit = integerQuery(c, 'limit');
	return { limit: limit === undefined ? defaults.limit : Math.min(Math.max(limit, 1), defaults.max), offset: integerQuery(c, 'offset') ?? 0 };
}
