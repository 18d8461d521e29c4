// The session's shared case list of a bench: loaded once and shared while fresh, and dropped when the case editor
// saves, so the feed, the inspector and the compare views read the edit instead of a minute-old list.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createClient } from '../../source/client/index.js';
import { loadBenchCases } from '../../source/io/bench-cases.js';
import { loadEditorSource, saveForm } from '../../source/io/case-source.js';
import { createCaseForm, NAME_FIELD, setFieldText } from '../../source/state/case-form.js';
import { startServer, type RunningServer } from '../../source/server/index.js';
import { startRecordingProxy, type RecordingProxy } from '../ui/cases/recording-proxy.js';

let server: RunningServer;
let proxy: RecordingProxy;
beforeAll(async () => {
	server = await startServer({ data: 'demo', pace: 0 });
	proxy = await startRecordingProxy(server.url);
});
afterAll(async () => {
	await proxy.close();
	await server.close();
});

const caseListReads = () => proxy.requests.filter((request) => request.path === '/projects/1/scripts/summarize/bench/cases').length;

test('a saved edit drops the cached list: the next read asks again and has the new name', async () => {
	const client = createClient({ baseUrl: proxy.url });
	const before = await loadBenchCases(client, 1, 'summarize');
	await loadBenchCases(client, 1, 'summarize');
	expect(caseListReads()).toBe(1);

	const [id] = before.keys();
	const source = await loadEditorSource(client, { kind: 'case', caseId: id });
	const form = setFieldText(createCaseForm('edit', source.signature, source.values), NAME_FIELD, 'renamed in the editor');
	expect((await saveForm(client, source, form)).kind).toBe('saved');

	const after = await loadBenchCases(client, 1, 'summarize');
	expect(caseListReads()).toBe(2);
	expect(after.get(id)?.case_name).toBe('renamed in the editor');
});
