// BenchesApi and ProjectsApi against a recording server.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../source/client/index.js';
import type { Client } from '../../source/client/api.js';
import { NotFoundError } from '../../source/client/errors.js';
import { type RecordingServer, startRecordingServer } from '../helpers/recording-server.js';
import {
	bareProject,
	bench,
	benchCase,
	channel,
	driftReport,
	listedRun,
	project,
	script,
	signature,
	summary,
	triggeredRun,
} from './fixtures.js';

let server: RecordingServer;
let client: Client;

beforeEach(async () => {
	server = await startRecordingServer();
	client = createClient({ baseUrl: server.url, token: 'tok-123', retry: { baseDelayMs: 1 } });
});
afterEach(() => server.close());

const SCRIPT = '/projects/7/scripts/my%20script%2Fv2';

describe('benches', () => {
	it('listSummaries GETs /projects/{P}/benches', async () => {
		server.on('GET', '/projects/7/benches', { json: [summary] });
		await expect(client.benches.listSummaries(7)).resolves.toEqual([summary]);
	});

	it('get encodes the script name as one segment, and answers null on 404', async () => {
		server.on('GET', `${SCRIPT}/bench`, { json: bench });
		await expect(client.benches.get(7, 'my script/v2')).resolves.toEqual(bench);
		await expect(client.benches.get(7, 'unbenched')).resolves.toBeNull();
		expect(server.requests[1].path).toBe('/projects/7/scripts/unbenched/bench');
	});

	it('listRuns sends no query unless paging is given', async () => {
		server.on('GET', `${SCRIPT}/bench/runs`, { json: [listedRun] });
		await expect(client.benches.listRuns(7, 'my script/v2')).resolves.toEqual([listedRun]);
		await client.benches.listRuns(7, 'my script/v2', { limit: 20 });
		await client.benches.listRuns(7, 'my script/v2', { limit: 20, offset: 40 });
		expect(server.requests.map((r) => r.query)).toEqual([{}, { limit: '20' }, { limit: '20', offset: '40' }]);
	});

	it('listRuns answers [] on 404', async () => {
		await expect(client.benches.listRuns(7, 'none')).resolves.toEqual([]);
	});

	it('triggerRun POSTs the request without absent optionals', async () => {
		server.on('POST', `${SCRIPT}/bench/runs`, { json: triggeredRun });
		const result = await client.benches.triggerRun(7, 'my script/v2', { channel: 'production', notes: undefined, mode: 'sampled', sample_size: 5 });
		expect(result).toEqual(triggeredRun);
		expect(result.warnings).toEqual(['2 cases drifted']);
		expect(server.requests[0].body).toBe('{"channel":"production","mode":"sampled","sample_size":5}');
	});

	it('listCases answers the cases, or [] on 404', async () => {
		server.on('GET', `${SCRIPT}/bench/cases`, { json: [benchCase] });
		await expect(client.benches.listCases(7, 'my script/v2')).resolves.toEqual([benchCase]);
		await expect(client.benches.listCases(7, 'none')).resolves.toEqual([]);
	});

	it('createCase POSTs inputs and only the given optionals', async () => {
		server.on('POST', `${SCRIPT}/bench/cases`, { json: benchCase });
		await expect(
			client.benches.createCase(7, 'my script/v2', { inputs: { text: 'hi' }, expected_output: { label: 'other' }, name: undefined }),
		).resolves.toEqual(benchCase);
		expect(server.requests[0].json).toEqual({ inputs: { text: 'hi' }, expected_output: { label: 'other' } });
	});

	it('getSignature decodes the signature and throws on 404', async () => {
		server.on('GET', `${SCRIPT}/signature`, { json: signature });
		await expect(client.benches.getSignature(7, 'my script/v2')).resolves.toEqual(signature);
		await expect(client.benches.getSignature(7, 'none')).rejects.toBeInstanceOf(NotFoundError);
	});

	it('contractDrift decodes the report, or the empty report on 404', async () => {
		server.on('GET', `${SCRIPT}/bench/cases/contract-drift`, { json: driftReport });
		await expect(client.benches.contractDrift(7, 'my script/v2')).resolves.toEqual(driftReport);
		await expect(client.benches.contractDrift(7, 'never-published')).resolves.toEqual({
			drifted: [],
			script_version_id: null,
			published_at: null,
			published_by: null,
			summary: '',
		});
	});
});

describe('projects', () => {
	it('list decodes projects with and without sort_order', async () => {
		server.on('GET', '/projects', { json: [project, bareProject] });
		await expect(client.projects.list()).resolves.toEqual([project, bareProject]);
		expect(server.requests[0].query).toEqual({});
	});

	it('get answers the project, or null on 404', async () => {
		server.on('GET', '/projects/7', { json: project });
		await expect(client.projects.get(7)).resolves.toEqual(project);
		await expect(client.projects.get(8)).resolves.toBeNull();
	});

	it('listScripts and listChannels hit their paths', async () => {
		server.on('GET', '/projects/7/scripts', { json: [script] });
		server.on('GET', `${SCRIPT}/channels`, { json: [channel] });
		await expect(client.projects.listScripts(7)).resolves.toEqual([script]);
		await expect(client.projects.listChannels(7, 'my script/v2')).resolves.toEqual([channel]);
	});
});
