// The hono application: auth, the request-body limit, every route of §5–§7, and the JSON error envelope (§2).
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Authenticator } from './auth.js';
import type { Env, Services } from './context.js';
import { HttpError } from './http-error.js';
import { benchRoutes } from './routes-bench.js';
import { globalRoutes } from './routes-global.js';
import { navigationRoutes } from './routes-navigation.js';
import { runRoutes } from './routes-runs.js';

export function createApp(services: Services, auth: Authenticator, maxBodyBytes: number): Hono<Env> {
	const app = new Hono<Env>();

	app.use('*', async (c, next) => {
		// `?token=` is accepted on the hub only (§1.3), never elsewhere.
		const queryToken = c.req.path === '/events' || c.req.path === '/events/ws' ? c.req.query('token') : undefined;
		const principal = auth.authenticate(c.req.header('authorization'), queryToken);
		if (!principal) return c.json({ error: 'missing or invalid bearer token' }, 401);
		c.set('principal', principal);
		await next();
	});
	// Bodies are read whole (JSON); beyond the limit the request is refused before it is buffered.
	app.use('*', bodyLimit({ maxSize: maxBodyBytes, onError: (c) => c.json({ error: `request body larger than ${maxBodyBytes} bytes` }, 413) }));

	navigationRoutes(app, services);
	benchRoutes(app, services);
	runRoutes(app, services);
	globalRoutes(app, services);

	app.notFound((c) => c.json({ error: 'not found' }, 404));
	app.onError((error, c) => {
		if (error instanceof HttpError) return c.json(error.body, error.status);
		return c.json({ error: 'internal server error' }, 500);
	});
	return app;
}
