// Navigation calls: projects, their scripts, and a script's channels (§5).
import type { ProjectsApi } from './api.js';
import { type Http, path } from './http.js';
import type { Project, Script, ScriptChannel } from '../wire/types.js';

export function createProjectsApi(http: Http): ProjectsApi {
	return {
		list: () => http.get<Project[]>('/projects'),
		get: (projectId) => http.getOr<Project, null>(path`/projects/${projectId}`, null),
		listScripts: (projectId) => http.get<Script[]>(path`/projects/${projectId}/scripts`),
		listChannels: (projectId, script) => http.get<ScriptChannel[]>(path`/projects/${projectId}/scripts/${script}/channels`),
	};
}
