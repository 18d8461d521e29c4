// `createClient`: one HTTP layer shared by every API group.
import type { Client, ClientOptions } from './api.js';
import { createBenchRunsApi } from './bench-runs.js';
import { createBenchesApi } from './benches.js';
import { createEventsApi } from './events.js';
import { createHttp } from './http.js';
import { createProjectsApi } from './projects.js';

export function createClient(options: ClientOptions): Client {
	const http = createHttp(options);
	return {
		baseUrl: http.baseUrl,
		waits: http.waits,
		benchRuns: createBenchRunsApi(http),
		benches: createBenchesApi(http),
		projects: createProjectsApi(http),
		events: createEventsApi(http, options),
	};
}

export type * from './api.js';
export * from './errors.js';
