// The hub event stream, scoped to one project.
import type { ClientOptions, EventsApi } from './api.js';
import { DEFAULT_RECONNECT, subscribeProject } from './hub-events.js';
import type { Http } from './http.js';

export function createEventsApi(http: Http, options: ClientOptions): EventsApi {
	const reconnect = {
		baseDelayMs: options.reconnect?.baseDelayMs ?? DEFAULT_RECONNECT.baseDelayMs,
		maxDelayMs: options.reconnect?.maxDelayMs ?? DEFAULT_RECONNECT.maxDelayMs,
	};
	return {
		subscribeProject: (projectId, streamOptions) => subscribeProject(http, projectId, streamOptions, reconnect),
	};
}
