// Every 2xx body is decoded at the client boundary: a body that does not match its wire schema is a ProtocolError
// naming the route and the first wrong place, never a TypeError later and never `undefined` passed on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../source/client/index.js';
import type { Client } from '../../source/client/api.js';
import { ProtocolError } from '../../source/client/errors.js';
import { type RecordingServer, startRecordingServer } from '../helpers/recording-server.js';
import { benchCase, caseExecution, compareReport, driftReport, listedRun, project, signature, summary } from './fixtures.js';

let server: RecordingServer;
let client: Client;

beforeEach(async () => {
	server = await startRecordingServer();
	client = createClient({ baseUrl: server.url, retry: { attempts: 1 } });
});
afterEach(() => server.close());

async function protocolError(promise: Promise<unknown>): Promise<ProtocolError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(ProtocolError);
	return error as ProtocolError;
}

const S = '/projects/1/scripts/s';

// The 13 malformed bodies of issue 15 that used to crash the app, each with the message the user now reads.
const MALFORMED: Array<[what: string, method: string, path: string, body: unknown, call: (c: Client) => Promise<unknown>, message: string]> = [
	['projects [null]', 'GET', '/projects', [null], (c) => c.projects.list(), 'GET /projects: [0] expected object, got null'],
	['benches null', 'GET', '/projects/1/benches', null, (c) => c.benches.listSummaries(1), 'GET /projects/1/benches: expected array, got null'],
	['benches [null]', 'GET', '/projects/1/benches', [null], (c) => c.benches.listSummaries(1), 'GET /projects/1/benches: [0] expected object, got null'],
	['runs {}', 'GET', `${S}/bench/runs`, {}, (c) => c.benches.listRuns(1, 's'), `GET ${S}/bench/runs: expected array, got object`],
	['runs [null]', 'GET', `${S}/bench/runs`, [null], (c) => c.benches.listRuns(1, 's'), `GET ${S}/bench/runs: [0] expected object, got null`],
	['compare {}', 'GET', '/bench-runs/1/compare/2', {}, (c) => c.benchRuns.compare(1, 2), 'GET /bench-runs/1/compare/2: run_a_id is missing'],
	['compare per_case [null]', 'GET', '/bench-runs/1/compare/2', { ...compareReport, per_case: [null] }, (c) => c.benchRuns.compare(1, 2), 'GET /bench-runs/1/compare/2: per_case[0] expected object, got null'],
	['compare aggregate null', 'GET', '/bench-runs/1/compare/2', { ...compareReport, aggregate: null }, (c) => c.benchRuns.compare(1, 2), 'GET /bench-runs/1/compare/2: aggregate expected object, got null'],
	['cases {}', 'GET', `${S}/bench/cases`, {}, (c) => c.benches.listCases(1, 's'), `GET ${S}/bench/cases: expected array, got object`],
	['cases [null]', 'GET', `${S}/bench/cases`, [null], (c) => c.benches.listCases(1, 's'), `GET ${S}/bench/cases: [0] expected object, got null`],
	['drift drifted [null]', 'GET', `${S}/bench/cases/contract-drift`, { ...driftReport, drifted: [null] }, (c) => c.benches.contractDrift(1, 's'), `GET ${S}/bench/cases/contract-drift: drifted[0] expected object, got null`],
	['channels [null]', 'GET', `${S}/channels`, [null], (c) => c.projects.listChannels(1, 's'), `GET ${S}/channels: [0] expected object, got null`],
	['signature input without path', 'GET', `${S}/signature`, { ...signature, inputs: [{ ty: { name: 'str' }, required: true, annotations: [] }] }, (c) => c.benches.getSignature(1, 's'), `GET ${S}/signature: inputs[0].path is missing`],
];

describe('malformed bodies → ProtocolError naming route and first wrong path', () => {
	it.each(MALFORMED)('%s', async (_what, method, path, body, call, message) => {
		server.on(method, path, { json: body });
		const error = await protocolError(call(client));
		expect(error.message).toBe(message);
		expect(error.route).toBe(`${method} ${path}`);
	});
});

describe('bodies that are not what a call returns', () => {
	it('a 200 with body null is a ProtocolError, not "not found", even where 404 means null', async () => {
		server.on('GET', '/bench-runs/4', { json: null });
		expect((await protocolError(client.benchRuns.get(4))).message).toBe('GET /bench-runs/4: expected object, got null');
		server.on('GET', '/executions/c1', { json: null });
		await protocolError(client.benchRuns.getCase('c1'));
	});

	it('an empty 200 body and a body that is not JSON are ProtocolErrors', async () => {
		server.on('GET', '/projects', { status: 200, text: '' });
		expect((await protocolError(client.projects.list())).message).toBe('GET /projects: the body is empty');
		server.on('GET', '/projects', { status: 200, text: '<html>oops</html>' });
		expect((await protocolError(client.projects.list())).message).toBe('GET /projects: the body is not JSON');
	});

	it('a number field carrying a string, and a fractional id, are named by path; the value is not echoed', async () => {
		server.on('GET', '/projects', { json: [project, { ...project, id: '4\x1b]0;PWNED\x07' }] });
		const error = await protocolError(client.projects.list());
		expect(error.message).toBe('GET /projects: [1].id expected number, got string');
		server.on('GET', '/projects', { json: [{ ...project, id: 1.5 }] });
		expect((await protocolError(client.projects.list())).message).toBe('GET /projects: [0].id expected an integer, got 1.5');
	});

	it('an unknown status names the value when it is short and printable', async () => {
		server.on('GET', `${S}/bench/runs`, { json: [{ ...listedRun, status: 'paused' }] });
		const error = await protocolError(client.benches.listRuns(1, 's'));
		expect(error.message).toBe(`GET ${S}/bench/runs: [0].status expected one of "pending" | "running" | "completed" | "failed" | "canceled", got "paused"`);
	});

	it('writes are decoded too', async () => {
		server.on('PATCH', '/cases/c1', { json: { ...benchCase, frozen: 'yes' } });
		expect((await protocolError(client.benchRuns.patchCase('c1', { name: 'n' }))).message).toBe('PATCH /cases/c1: frozen expected boolean, got "yes"');
	});

	it('a body over the size limit is refused with a clear error', async () => {
		const small = createClient({ baseUrl: server.url, retry: { attempts: 1 }, maxBodyBytes: 1024 * 1024 });
		const rows = Array.from({ length: 20_000 }, (_, id) => ({ ...project, id }));
		server.on('GET', '/projects', { json: rows });
		expect((await protocolError(small.projects.list())).message).toBe("GET /projects: the body is larger than 1 MiB (the client's limit)");
	});
});

describe('tolerant where the contract says optional', () => {
	it('absent optional and R-only keys, and null where "opt, not-null" is read tolerantly, decode', async () => {
		const { mode: _mode, status_breakdown: _breakdown, ...bare } = listedRun;
		server.on('GET', `${S}/bench/runs`, { json: [{ ...bare, mode: null, total_cases: undefined }] });
		const [run] = await client.benches.listRuns(1, 's');
		expect(run.mode).toBeUndefined();
		expect(run.total_cases).toBe(0);
		server.on('GET', '/executions/c1', { json: caseExecution });
		await expect(client.benchRuns.getCase('c1')).resolves.toMatchObject({ id: 'case-1', models_used: ['model-a'] });
		server.on('GET', '/projects/1/benches', { json: [summary] });
		await expect(client.benches.listSummaries(1)).resolves.toEqual([summary]);
	});

	it('unknown keys pass through untouched', async () => {
		server.on('GET', '/projects', { json: [{ ...project, colour: 'teal' }] });
		await expect(client.projects.list()).resolves.toEqual([{ ...project, colour: 'teal' }]);
	});
});
