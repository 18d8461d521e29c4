// Shared set-up for the case editor tests: a demo server behind a recording proxy, and key helpers.
import { createClient } from '../../../source/client/index.js';
import type { Client } from '../../../source/client/api.js';
import type { BenchCase } from '../../../source/wire/types.js';
import { startServer, type RunningServer } from '../../../source/server/index.js';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy.js';

export const CTRL_S = '\u0013';
export const CTRL_O = '\u000f';
export const SHIFT_TAB = '\u001B[Z';
export const END = '\u001B[F';

export interface Harness {
	server: RunningServer;
	proxy: RecordingProxy;
	/** Talks to the server directly (not recorded). */
	client: Client;
	close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
	const server = await startServer({ data: 'demo', pace: 0 });
	const proxy = await startRecordingProxy(server.url);
	const client = createClient({ baseUrl: server.url, retry: { attempts: 1 } });
	return {
		server,
		proxy,
		client,
		async close() {
			await proxy.close();
			await server.close();
		},
	};
}

/** The demo's `summarize` bench lives in project 1; `extract-invoice` in project 2. */
export async function casesOf(client: Client, projectId: number, script: string): Promise<BenchCase[]> {
	return client.benches.listCases(projectId, script);
}

export const pause = (ms = 60) => new Promise((resolve) => setTimeout(resolve, ms));
