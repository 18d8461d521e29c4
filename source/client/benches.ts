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
		listSummaries: (projectId) => http.get<ProjectBenchSummary[]>(path`/projects/${projectId}/benches`),
		get: (projectId, script) => http.getOr<Bench, null>(`${scriptPath(projectId, script)}/bench`, null),
		listRuns: (projectId, script, page = {}) =>
			http.getOr<BenchRun[], BenchRun[]>(`${scriptPath(projectId, script)}/bench/runs`, [], {
				limit: page.limit,
				offset: page.offset,
			}),
		triggerRun: (projectId, script, request) =>
			http.send<BenchRun>('POST', `${scriptPath(projectId, script)}/bench/runs`, compact(request)),
		listCases: (projectId, script) => http.getOr<BenchCase[], BenchCase[]>(`${scriptPath(projectId, script)}/bench/cases`, []),
		createCase: (projectId, script, request) =>
			http.send<BenchCase>('POST', `${scriptPath(projectId, script)}/bench/cases`, compact(request)),
		getSignature: (projectId, script) => http.get<ScriptSignature>(`${scriptPath(projectId, script)}/signature`),
		contractDrift: (projectId, script) =>
			http.getOr<DriftReport, DriftReport>(`${scriptPath(projectId, script)}/bench/cases/contract-drift`, emptyDriftReport()),
	};
}
