// Navigation calls: projects, their scripts, and a script's channels (§5).
import type { ProjectsApi } from './api.js';
import { type Http, path } from './http.js';
import { listOf, projectSchema, scriptChannelSchema, scriptSchema } from '../wire/schemas.js';

const projectList = listOf(projectSchema);
const scriptList = listOf(scriptSchema);
const channelList = listOf(scriptChannelSchema);

export function createProjectsApi(http: Http): ProjectsApi {
	return {
		list: (options) => http.get('/projects', projectList, options),
		get: (projectId, options) => http.getOr(path`/projects/${projectId}`, projectSchema, null, options),
		listScripts: (projectId, options) => http.get(path`/projects/${projectId}/scripts`, scriptList, options),
		listChannels: (projectId, script, options) =>
			http.get(path`/projects/${projectId}/scripts/${script}/channels`, channelList, options),
	};
}
