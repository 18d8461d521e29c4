// Navigation calls: projects, their scripts, and a script's channels (§5).
import type { ProjectsApi } from './api.js';
import { type Http, path } from './http.js';
import type { Project, Script, ScriptChannel } from '../wire/types.js';

export function createProjectsApi(http: Http): ProjectsApi {
	return {
		list: (options) => http.get<Project[]>('/projects', options),
		get: (projectId, options) => http.getOr<Project, null>(path`/projects/${projectId}`, null, options),
		listScripts: (projectId, options) => http.get<Script[]>(path`/projects/${projectId}/scripts`, options),
		listChannels: (projectId, script, options) =>
			http.get<ScriptChannel[]>(path`/projects/${projectId}/scripts/${script}/channels`, options),
	};
}
