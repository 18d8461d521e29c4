// The base URL, taken apart once: requests append their path to its path and keep its query (`?key=` of a proxy),
// and every URL shown to a person has its user, password, query and fragment removed.
import { AkribesError } from './errors.js';

export interface BaseUrl {
	/** Origin and path prefix, no trailing slash, no query: what `client.baseUrl` reports. */
	readonly root: string;
	/** The base URL's own query, sent with every request. */
	readonly query: URLSearchParams;
}

/** A URL safe to print: scheme, host, port and path only. Unparsable input is not echoed. */
export function redactUrl(raw: string): string {
	try {
		const url = new URL(raw);
		return `${url.protocol}//${url.host}${url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '')}`;
	} catch {
		return '(an invalid URL)';
	}
}

export function parseBaseUrl(raw: string): BaseUrl {
	let url: URL;
	try {
		url = new URL(raw);
	} catch {
		throw new AkribesError('the server URL is not a valid http(s) URL');
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new AkribesError(`the server URL must be http or https, not ${url.protocol}`);
	if (url.username || url.password)
		throw new AkribesError(`the server URL ${redactUrl(raw)} carries a user name or password: pass the token with --token or AKRIBES_TOKEN`);
	return { root: `${url.origin}${url.pathname.replace(/\/$/, '')}`, query: url.searchParams };
}

/** `root + path`, the base query then the request's own (undefined values left out). */
export function requestUrl(base: BaseUrl, path: string, query?: Record<string, string | number | undefined>): string {
	const params = new URLSearchParams(base.query);
	for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, String(value));
	const search = params.toString();
	return `${base.root}${path}${search ? `?${search}` : ''}`;
}
