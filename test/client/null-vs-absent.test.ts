// Request bodies keep absent and null apart (contract §4.17): an absent or undefined key is left out ("unchanged"),
// an explicit null is sent ("clear"). Checked on the bytes a real server receives.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createClient } from '../../source/client/index.js';
import type { Client } from '../../source/client/api.js';
import { type RecordingServer, startRecordingServer } from '../helpers/recording-server.js';
import { benchCase } from './fixtures.js';

let server: RecordingServer;
let client: Client;

beforeEach(async () => {
	server = await startRecordingServer();
	client = createClient({ baseUrl: server.url });
	server.on('PATCH', '/cases/c1', { json: benchCase });
	server.on('POST', '/projects/1/scripts/s/bench/cases', { json: benchCase });
	server.on('POST', '/executions/e1/promote-to-case', { json: benchCase });
});
afterEach(() => server.close());

const lastBody = () => server.requests.at(-1)!.body;

describe('null is sent, absent is omitted', () => {
	it('patchCase', async () => {
		await client.benchRuns.patchCase('c1', { expected_output: null, ground_truth: undefined, name: 'n' });
		expect(lastBody()).toBe('{"expected_output":null,"name":"n"}');
		await client.benchRuns.patchCase('c1', { ground_truth: null });
		expect(lastBody()).toBe('{"ground_truth":null}');
		await client.benchRuns.patchCase('c1', {});
		expect(lastBody()).toBe('{}');
	});

	it('createCase', async () => {
		await client.benches.createCase(1, 's', { inputs: { q: null }, expected_output: null, ground_truth: undefined });
		expect(lastBody()).toBe('{"inputs":{"q":null},"expected_output":null}');
		await client.benches.createCase(1, 's', { inputs: {} });
		expect(lastBody()).toBe('{"inputs":{}}');
	});

	it('promoteExecution edits', async () => {
		await client.benchRuns.promoteExecution('e1', { edits: { expected_output: null, inputs: undefined } });
		expect(lastBody()).toBe('{"edits":{"expected_output":null}}');
		await client.benchRuns.promoteExecution('e1', { name: undefined, edits: { ground_truth: null } });
		expect(lastBody()).toBe('{"edits":{"ground_truth":null}}');
		await client.benchRuns.promoteExecution('e1');
		expect(lastBody()).toBe('{}');
	});
});
