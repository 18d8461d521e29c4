// The Markdown export of demo runs 3 → 4 must match the checked-in file (UPDATE_FIXTURES=1 rewrites it).
import { readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Client } from '../../source/client/api.js';
import { createClient } from '../../source/client/index.js';
import { startServer, type RunningServer } from '../../source/server/index.js';
import { compareToMarkdown } from '../../source/state/compare-export.js';
import { DEMO_NOW } from '../ui/compare/demo.js';

const FIXTURE = new URL('../fixtures/compare-3-4.md', import.meta.url);
let server: RunningServer;
let client: Client;

beforeAll(async () => {
	server = await startServer({ data: 'demo', pace: 0, demoNow: DEMO_NOW });
	client = createClient({ baseUrl: server.url });
});
afterAll(() => server.close());

async function markdown(): Promise<string> {
	const [report, runA, runB, bench] = await Promise.all([client.benchRuns.compare(3, 4), client.benchRuns.get(3), client.benchRuns.get(4), client.benchRuns.benchById(1)]);
	return compareToMarkdown(report, { runA, runB, scriptName: bench?.script_name });
}

it('matches the checked-in Markdown for demo runs 3 → 4', async () => {
	const text = await markdown();
	if (process.env.UPDATE_FIXTURES === '1') writeFileSync(FIXTURE, text);
	expect(text).toBe(readFileSync(FIXTURE, 'utf8'));
	expect(text).toContain('#### ▼ Regressions');
});

it('does not depend on when the demo server started', async () => {
	const other = await startServer({ data: 'demo', pace: 0, demoNow: new Date('2030-01-15T08:30:00Z') });
	try {
		const otherClient = createClient({ baseUrl: other.url });
		const [report, runA, runB] = await Promise.all([otherClient.benchRuns.compare(3, 4), otherClient.benchRuns.get(3), otherClient.benchRuns.get(4)]);
		expect(compareToMarkdown(report, { runA, runB, scriptName: 'summarize' })).toBe(readFileSync(FIXTURE, 'utf8'));
	} finally {
		await other.close();
	}
});
