// Project-scoped bench calls (`/projects/{P}/benches`, `/projects/{P}/scripts/{S}/...`, §6.1).
import type { BenchesApi } from './api.js';
import { compact, type Http, path } from './http.js';
import type { Bench, BenchCase, BenchRun, DriftReport, ProjectBenchSummary, ScriptSignature } from '../wire/types.js';

/** What `contract-drift` means by 404: the script was never published, so nothing drifted. */
const emptyDriftReport = (): DriftReport => ({
	drifted: [],
	script_version_id: null,
	published_at: null,
	published_by: null,
	summary: '',
});

const scriptPath = (projectId: number, script: string) => path`/projects/${projectId}/scripts/${script}`;

export function createBenchesApi(http: Http): BenchesApi {
	return {
		listSummaries: (projectId, options) => http.get<ProjectBenchSummary[]>(path`/projects/${projectId}/benches`, options),
		get: (projectId, script, options) => http.getOr<Bench, null>(`${scriptPath(projectId, script)}/bench`, null, options),
		listRuns: (projectId, script, page = {}, options) =>
			http.getOr<BenchRun[], BenchRun[]>(`${scriptPath(projectId, script)}/bench/runs`, [], {
				query: { limit: page.limit, offset: page.offset },
				signal: options?.signal,
			}),
		triggerRun: (projectId, script, request, options) =>
			http.send<BenchRun>('POST', `${scriptPath(projectId, script)}/bench/runs`, compact(request), options?.signal),
		listCases: (projectId, script, options) =>
			http.getOr<BenchCase[], BenchCase[]>(`${scriptPath(projectId, script)}/bench/cases`, [], options),
		createCase: (projectId, script, request, options) =>
			http.send<BenchCase>('POST', `${scriptPath(projectId, script)}/bench/cases`, compact(request), options?.signal),
		getSignature: (projectId, script, options) =>
			http.get<ScriptSignature>(`${scriptPath(projectId, script)}/signature`, options),
		contractDrift: (projectId, script, options) =>
			http.getOr<DriftReport, DriftReport>(
				`${scriptPath(projectId, script)}/bench/cases/contract-drift`,
				emptyDriftReport(),
				options,
			),
	};
}
