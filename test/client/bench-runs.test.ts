// BenchRunsApi against a recording server: the exact request each method sends and what it decodes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../source/client/index.js';
import type { Client } from '../../source/client/api.js';
import { NotFoundError } from '../../source/client/errors.js';
import { type RecordingServer, startRecordingServer } from '../helpers/recording-server.js';
import { benchById, benchCase, caseExecution, compareReport, readResult, run, sessionCost } from './fixtures.js';

let server: RecordingServer;
let client: Client;

beforeEach(async () => {
	server = await startRecordingServer();
	client = createClient({ baseUrl: server.url, token: 'tok-123', onBehalfOf: 'ana@example.com', retry: { baseDelayMs: 1 } });
});
afterEach(() => server.close());

function only() {
	expect(server.requests).toHaveLength(1);
	return server.requests[0];
}

describe('benchRuns', () => {
	it('get decodes the run and sends auth and attribution headers', async () => {
		server.on('GET', '/bench-runs/42', { json: run });
		await expect(client.benchRuns.get(42)).resolves.toEqual(run);
		const request = only();
		expect(request.headers.authorization).toBe('Bearer tok-123');
		expect(request.headers['x-akribes-user']).toBe('ana@example.com');
		expect(request.body).toBe('');
	});

	it('get answers null on 404', async () => {
		await expect(client.benchRuns.get(404)).resolves.toBeNull();
		expect(only().path).toBe('/bench-runs/404');
	});

	it('delete accepts a 204', async () => {
		server.on('DELETE', '/bench-runs/42', { status: 204 });
		await expect(client.benchRuns.delete(42)).resolves.toBeUndefined();
		expect(only().method).toBe('DELETE');
	});

	it('delete surfaces a 404 as NotFoundError', async () => {
		await expect(client.benchRuns.delete(9)).rejects.toBeInstanceOf(NotFoundError);
	});

	it('listResults decodes the read shape and answers [] on 404', async () => {
		server.on('GET', '/bench-runs/42/results', { json: [readResult] });
		await expect(client.benchRuns.listResults(42)).resolves.toEqual([readResult]);
		await expect(client.benchRuns.listResults(43)).resolves.toEqual([]);
		expect(server.requests.map((r) => r.path)).toEqual(['/bench-runs/42/results', '/bench-runs/43/results']);
	});

	it('cancel POSTs an empty JSON object', async () => {
		server.on('POST', '/bench-runs/42/cancel', { json: run });
		await expect(client.benchRuns.cancel(42)).resolves.toEqual(run);
		const request = only();
		expect(request.body).toBe('{}');
		expect(request.headers['content-type']).toBe('application/json');
	});

	it('tagSession PATCHes the session id', async () => {
		const receipt = { tagged: true, run_id: 42, mcp_session_id: 'sess-9' };
		server.on('PATCH', '/bench-runs/42/tag-session', { json: receipt });
		await expect(client.benchRuns.tagSession(42, 'sess-9')).resolves.toEqual(receipt);
		expect(only().json).toEqual({ mcp_session_id: 'sess-9' });
	});

	it('promoteExecution sends {} when nothing is given, and encodes the id', async () => {
		server.on('POST', '/executions/exec%2F1%20x/promote-to-case', { json: benchCase });
		await expect(client.benchRuns.promoteExecution('exec/1 x')).resolves.toEqual(benchCase);
		expect(only().body).toBe('{}');
	});

	it('promoteExecution sends name and edits without absent keys', async () => {
		server.on('POST', '/executions/e1/promote-to-case', { json: benchCase });
		await client.benchRuns.promoteExecution('e1', { name: 'refund', edits: { expected_output: { label: 'refund' }, inputs: undefined } });
		expect(only().body).toBe('{"name":"refund","edits":{"expected_output":{"label":"refund"}}}');
	});

	it('compare GETs /bench-runs/{a}/compare/{b} and throws on 404', async () => {
		server.on('GET', '/bench-runs/41/compare/42', { json: compareReport });
		await expect(client.benchRuns.compare(41, 42)).resolves.toEqual(compareReport);
		await expect(client.benchRuns.compare(42, 41)).rejects.toBeInstanceOf(NotFoundError);
	});

	it('getCase returns the raw execution row, unknown keys included, or null on 404', async () => {
		server.on('GET', '/executions/case-1', { json: caseExecution });
		const row = await client.benchRuns.getCase('case-1');
		expect(row).toEqual(caseExecution);
		expect(row?.models_used).toEqual(['model-a']);
		await expect(client.benchRuns.getCase('gone')).resolves.toBeNull();
	});

	it('patchCase PATCHes /cases/{id} with only the supplied keys', async () => {
		server.on('PATCH', '/cases/case-1', { json: benchCase });
		await expect(client.benchRuns.patchCase('case-1', { name: 'renamed', inputs: undefined })).resolves.toEqual(benchCase);
		expect(only().body).toBe('{"name":"renamed"}');
	});

	it('sends what the caller wrote: a null from JSON input stays a null (clear), as the contract says', async () => {
		server.on('PATCH', '/cases/case-1', { json: benchCase });
		const fromJson = JSON.parse('{"expected_output":null,"ground_truth":{"label":"x"}}') as { ground_truth: { label: string } };
		await client.benchRuns.patchCase('case-1', fromJson);
		expect(only().body).toBe('{"expected_output":null,"ground_truth":{"label":"x"}}');
	});

	it('deleteCase discards the {"deleted":true} receipt', async () => {
		server.on('DELETE', '/cases/case-1', { json: { deleted: true } });
		await expect(client.benchRuns.deleteCase('case-1')).resolves.toBeUndefined();
		expect(only().method).toBe('DELETE');
	});

	it('benchById decodes the joined row or null on 404', async () => {
		server.on('GET', '/benches/4', { json: benchById });
		await expect(client.benchRuns.benchById(4)).resolves.toEqual(benchById);
		await expect(client.benchRuns.benchById(5)).resolves.toBeNull();
	});

	it('mcpSessionCost encodes the session id', async () => {
		server.on('GET', '/mcp-sessions/sess%2F1/cost', { json: sessionCost });
		await expect(client.benchRuns.mcpSessionCost('sess/1')).resolves.toEqual(sessionCost);
	});
});
