// `startServer`: the embedded Akribes-compatible bench server (hono over node:sqlite, with a run coordinator).
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { answerClientErrors } from './client-errors.js';
import { Authenticator, type TokenSpec } from './auth.js';
import { Broadcaster } from './broadcast.js';
import { Coordinator } from './coordinator.js';
import { seedDemo } from './demo-data.js';
import { seedBench, type SeedBenchOptions, type SeededBench } from './seed.js';
import { Store } from './store.js';

export type { TokenSpec } from './auth.js';
export type { SeedBenchOptions, SeededBench } from './seed.js';

export interface StartServerOptions {
	/** 0 (default) picks a free port. */
	port?: number;
	host?: string;
	/** SQLite file; default `:memory:`. Reopening a file resumes interrupted runs. */
	dbPath?: string;
	/** Configured tokens; none (default) = anonymous access. */
	tokens?: TokenSpec[];
	/** Results per second per run; 0 = unlimited. Default 4. */
	pace?: number;
	/** `demo` (default) seeds the demo projects when the database is empty; `empty` seeds nothing. */
	data?: 'demo' | 'empty';
	/** The instant demo history is laid out against (default: now). */
	demoNow?: Date;
	/** SSE keep-alive comment interval (default 15 000 ms). */
	keepAliveMs?: number;
	/** Bytes an SSE subscriber may queue while its socket is not drained; beyond, results are dropped and reported as `lagged` (default 1 MiB). */
	sseQueueBytes?: number;
	/** Hub batch interval (default 50 ms). */
	hubFlushMs?: number;
	/** Largest request body accepted, in bytes; larger ones get 413 (default 10 MiB). */
	maxBodyBytes?: number;
}

export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

export interface RunningServer {
	url: string;
	port: number;
	store: Store;
	coordinator: Coordinator;
	/** Runs a previous process left unfinished in this database, resumed at start-up. */
	resumedRuns: number[];
	/** Creates a bench with many cases (and optional finished runs) in one transaction; see seed.ts. */
	seedBench(options: SeedBenchOptions): SeededBench;
	close(): Promise<void>;
}

export async function startServer(options: StartServerOptions = {}): Promise<RunningServer> {
	const now = () => new Date().toISOString();
	const store = new Store(options.dbPath ?? ':memory:');
	if ((options.data ?? 'demo') === 'demo' && store.isEmpty()) seedDemo(store, options.demoNow ?? new Date());
	const broadcaster = new Broadcaster({
		keepAliveMs: options.keepAliveMs ?? 15_000,
		queueBytes: options.sseQueueBytes ?? 1024 * 1024,
		hubFlushMs: options.hubFlushMs ?? 50,
		hubBatchLimit: 500,
	});
	const coordinator = new Coordinator(store, broadcaster, { pace: options.pace ?? 4, now });
	const app = createApp({ store, coordinator, broadcaster, now }, new Authenticator(options.tokens), options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
	const host = options.host ?? '127.0.0.1';
	const server = await new Promise<Server>((resolve, reject) => {
		const created = serve({ fetch: app.fetch, port: options.port ?? 0, hostname: host }, () => resolve(created as Server)) as Server;
		created.once('error', reject);
	});
	answerClientErrors(server);
	const resumedRuns = coordinator.resumeInterrupted();
	const port = (server.address() as AddressInfo).port;
	let closing: Promise<void> | undefined;
	return {
		url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
		port,
		store,
		coordinator,
		resumedRuns,
		seedBench: (seedOptions) => seedBench(store, seedOptions),
		close: () =>
			(closing ??= (async () => {
				await coordinator.stop();
				broadcaster.close();
				await new Promise<void>((resolve) => {
					server.close(() => resolve());
					server.closeAllConnections();
				});
				store.close();
			})()),
	};
}
