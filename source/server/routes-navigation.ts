// §5 navigation routes and the hub stream (§7.2).
import type { Hono } from 'hono';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { canRead } from './auth.js';
import { pageParams, requireProject, requireScript, type Env, type Services } from './context.js';
import { notFound } from './http-error.js';
import { channelJson, projectJson, scriptJson } from './wire.js';

const UNPAGED = { limit: 1_000_000, max: 1_000_000 };

export function navigationRoutes(app: Hono<Env>, { store, broadcaster }: Services): void {
	app.get('/projects', (c) => {
		const principal = c.get('principal');
		const { limit, offset } = pageParams(c, UNPAGED);
		const readable = store.listProjects(1_000_000, 0).filter((p) => canRead(principal, p.id));
		return c.json(readable.slice(offset, offset + limit).map(projectJson));
	});

	app.get('/projects/:project', (c) => c.json(projectJson(requireProject(c, store, c.req.param('project')))));

	app.get('/projects/:project/scripts', (c) => {
		const project = requireProject(c, store, c.req.param('project'));
		const { limit, offset } = pageParams(c, UNPAGED);
		return c.json(store.listScripts(project.id, limit, offset).map(scriptJson));
	});

	app.get('/projects/:project/scripts/:script', (c) => c.json(scriptJson(requireScript(c, store).script)));

	app.get('/projects/:project/scripts/:script/channels', (c) => c.json(store.listChannels(requireScript(c, store).script.id).map(channelJson)));

	app.get('/state', (c) => c.json({ env: { AKRIBES_SERVER: 'bench-tui embedded bench server' } }));

	app.get('/me/sandbox', (c) => {
		const principal = c.get('principal');
		const first = store.listProjects(1_000_000, 0).find((p) => canRead(principal, p.id));
		if (!first) throw notFound('no sandbox project');
		return c.json({ project_id: first.id });
	});

	app.get('/events/ws', () => {
		throw notFound('websocket hub not available; use SSE /events');
	});

	app.get('/events', (c) => {
		const principal = c.get('principal');
		const projectText = c.req.query('project_id');
		const projectId = projectText === undefined ? undefined : requireProject(c, store, projectText).id;
		broadcaster.subscribeHub(c.env.outgoing, { projectId, scriptName: c.req.query('script_name') || undefined, readable: principal.projects });
		return RESPONSE_ALREADY_SENT;
	});
}
