import { describe, expect, it } from 'vitest';
import { clientFor, raw, serve } from './helpers.js';

describe('navigation routes (§5)', () => {
	it('lists the demo projects, scripts and channels through the client', async () => {
		const server = await serve();
		const client = clientFor(server);
		const projects = await client.projects.list();
		expect(projects.map((p) => [p.id, p.name])).toEqual([
			[1, 'Acme Support'],
			[2, 'Invoices Inc'],
			[3, 'Sandbox'],
		]);
		expect(await client.projects.get(2)).toMatchObject({ id: 2, name: 'Invoices Inc' });
		expect(await client.projects.get(99)).toBeNull();
		const scripts = await client.projects.listScripts(1);
		expect(scripts.map((s) => s.name)).toEqual(['summarize', 'judge-summary', 'classify-ticket', 'judge-label', 'draft-reply', 'judge-reply']);
		const channels = await client.projects.listChannels(1, 'summarize');
		expect(channels.map((c) => c.name).sort()).toEqual(['draft', 'production', 'staging']);
		expect(new Set(channels.map((c) => c.version_id)).size).toBe(3);
	});

	it('honours limit/offset, resolves a project by name and answers JSON envelopes', async () => {
		const server = await serve();
		expect((await raw(server, '/projects?limit=2&offset=1')).json.map((p: { id: number }) => p.id)).toEqual([2, 3]);
		expect((await raw(server, '/projects/1/scripts?limit=1&offset=2')).json.map((s: { name: string }) => s.name)).toEqual(['classify-ticket']);
		const byName = await raw(server, `/projects/${encodeURIComponent('Invoices Inc')}`);
		expect(byName.json.id).toBe(2);
		const script = await raw(server, '/projects/1/scripts/summarize');
		expect(script.status).toBe(200);
		expect(script.contentType).toMatch(/^application\/json/);
		expect(script.json).toMatchObject({ project_id: 1, name: 'summarize' });

		for (const path of ['/projects/9', '/projects/1/scripts/nope', '/projects/1/scripts/nope/channels', '/no/such/route']) {
			const response = await raw(server, path);
			expect(response.status, path).toBe(404);
			expect(response.contentType).toMatch(/^application\/json/);
			expect(typeof response.json.error).toBe('string');
		}
	});

	it('answers /events/ws with 404 and serves the optional probes', async () => {
		const server = await serve();
		const ws = await raw(server, '/events/ws');
		expect(ws.status).toBe(404);
		expect(ws.json.error).toMatch(/websocket/);
		expect((await raw(server, '/state')).json.env).toBeTypeOf('object');
		expect((await raw(server, '/me/sandbox')).json).toEqual({ project_id: 1 });
	});

	it('percent-decodes script names in path segments (incl. %2F)', async () => {
		const server = await serve();
		const seeded = server.seedBench({ cases: 3, scriptName: 'my script/v2 ü' });
		const client = clientFor(server);
		expect((await client.benches.get(seeded.projectId, seeded.scriptName))?.id).toBe(seeded.benchId);
		expect((await raw(server, `/projects/${seeded.projectId}/scripts/my%20script%2Fv2%20%C3%BC/bench/cases`)).json).toHaveLength(3);
	});

	it('starts empty with data: empty', async () => {
		const server = await serve({ data: 'empty' });
		expect(await clientFor(server).projects.list()).toEqual([]);
	});
});
