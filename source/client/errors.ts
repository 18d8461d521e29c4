// The client's error taxonomy. Messages carry the server's `error` text, never the token or full URL query.
import type { FieldError } from '../wire/types.js';

export class AkribesError extends Error {
	override name = 'AkribesError';
}

/** Any non-2xx answer. `status` is the HTTP status; `serverMessage` the envelope's `error` (or the raw body text). */
export class HttpError extends AkribesError {
	override name = 'HttpError';
	constructor(
		readonly status: number,
		readonly serverMessage: string,
		readonly method: string,
		readonly path: string,
		readonly body?: unknown,
	) {
		super(`${method} ${path} → ${status}${serverMessage ? `: ${serverMessage}` : ''}`);
	}
}

export class NotFoundError extends HttpError {
	override name = 'NotFoundError';
}

/** 401 (no or bad token) and 403 (token cannot read this project / not a service token). */
export class AuthError extends HttpError {
	override name = 'AuthError';
	get forbidden(): boolean {
		return this.status === 403;
	}
}

export class RateLimitError extends HttpError {
	override name = 'RateLimitError';
	constructor(
		status: number,
		serverMessage: string,
		method: string,
		path: string,
		body: unknown,
		/** From a numeric `Retry-After`; `undefined` when absent or an HTTP date. */
		readonly retryAfterSeconds: number | undefined,
	) {
		super(status, serverMessage, method, path, body);
	}
}

export class ServerError extends HttpError {
	override name = 'ServerError';
	constructor(
		status: number,
		serverMessage: string,
		method: string,
		path: string,
		body: unknown,
		readonly retryAfterSeconds: number | undefined,
	) {
		super(status, serverMessage, method, path, body);
	}
}

/** 400 `case_type_mismatch`: the payload does not type-check against the script signature. */
export class CaseTypeMismatchError extends HttpError {
	override name = 'CaseTypeMismatchError';
	readonly errorType = 'case_type_mismatch';
	constructor(
		method: string,
		path: string,
		body: unknown,
		readonly fieldErrors: FieldError[],
	) {
		super(400, 'case_type_mismatch', method, path, body);
		this.message = `case_type_mismatch: ${fieldErrors.map((e) => `${e.path}: ${e.message}`).join('; ')}`;
	}
}

/** 400 `Judge contract mismatch: …`: the workflow's outputs cannot feed the judge. */
export class JudgeContractError extends HttpError {
	override name = 'JudgeContractError';
	readonly errorType = 'judge_contract_mismatch';
	constructor(
		serverMessage: string,
		method: string,
		path: string,
		body: unknown,
		readonly breaks: string[],
	) {
		super(400, serverMessage, method, path, body);
	}
}

/** Connection refused, reset, DNS, timeout: no HTTP answer at all. */
export class NetworkError extends AkribesError {
	override name = 'NetworkError';
	constructor(
		message: string,
		readonly timedOut = false,
		options?: { cause?: unknown },
	) {
		super(message, options);
	}
}

/** What a call rejects with once the caller's signal aborted it; `isAbortError` tells it apart from failures. */
export class AbortedError extends AkribesError {
	override name = 'AbortError';
	constructor(what: string, options?: { cause?: unknown }) {
		super(`${what}: aborted`, options);
	}
}

/** A 2xx answer whose body is not what the contract says: `GET /projects: [0] expected object, got null`. */
export class ProtocolError extends AkribesError {
	override name = 'ProtocolError';
	constructor(
		/** `GET /projects`: the method and path, never the query. */
		readonly route: string,
		/** The first wrong place and what was wrong there. */
		readonly problem: string,
	) {
		super(`${route}: ${problem}`);
	}
}

/** True for a call stopped by its caller (ours, or a platform AbortError), never for a timeout. */
export function isAbortError(error: unknown): boolean {
	return error instanceof AbortedError || (error instanceof Error && error.name === 'AbortError');
}

/** Short, single-line description for banners and stderr. */
export function describeError(error: unknown): string {
	if (error instanceof HttpError) {
		if (error instanceof CaseTypeMismatchError) return error.message;
		if (error instanceof AuthError)
			return `${error.status === 401 ? 'unauthorized' : 'forbidden'} (${error.status})${error.serverMessage ? `: ${error.serverMessage}` : ''}`;
		return `${error.status}${error.serverMessage ? `: ${error.serverMessage}` : ''}`;
	}
	if (error instanceof Error) return error.message;
	return String(error);
}

/** The server could not be reached or answered for a gateway that could not (502–504): worth asking again later. */
export function isUnreachable(error: unknown): boolean {
	return error instanceof NetworkError || (error instanceof HttpError && error.status >= 502 && error.status <= 504);
}
