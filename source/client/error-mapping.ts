// Turns a non-2xx answer into the typed taxonomy of errors.ts.
import type { FieldError } from '../wire/types.js';
import { isRecord } from './decode.js';
import {
	AuthError,
	CaseTypeMismatchError,
	HttpError,
	JudgeContractError,
	NotFoundError,
	RateLimitError,
	ServerError,
} from './errors.js';

const JUDGE_CONTRACT_PREFIX = 'Judge contract mismatch';
const BREAKS_MARKER = 'field(s) incompatible: ';
/** Long plain-text bodies (HTML error pages) are cut so messages stay one readable line. */
const MAX_MESSAGE_CHARS = 500;

/** Seconds from a numeric `Retry-After`; the HTTP-date form is ignored, as every SDK does. */
function parseRetryAfter(value: string | null): number | undefined {
	if (value === null || !/^\s*\d+(\.\d+)?\s*$/.test(value)) return undefined;
	return Number(value);
}

/** The break list of a `Judge contract mismatch` message; `[]` when the marker is absent. */
function parseJudgeBreaks(message: string): string[] {
	const at = message.indexOf(BREAKS_MARKER);
	if (at < 0) return [];
	return message
		.slice(at + BREAKS_MARKER.length)
		.split('; ')
		.map((piece) => piece.trim())
		.filter((piece) => piece.length > 0);
}

function serverMessageOf(body: unknown): string {
	if (isRecord(body) && typeof body.error === 'string') return body.error;
	if (typeof body === 'string') return body.trim().slice(0, MAX_MESSAGE_CHARS);
	return '';
}

function fieldErrorsOf(raw: unknown[]): FieldError[] {
	return raw.flatMap((entry) =>
		isRecord(entry) && typeof entry.path === 'string' && typeof entry.message === 'string'
			? [{ path: entry.path, message: entry.message }]
			: [],
	);
}

/** `body` is the decoded JSON envelope, or the raw text when the body is not JSON. */
export function errorFromResponse(
	method: string,
	path: string,
	status: number,
	retryAfterHeader: string | null,
	body: unknown,
): HttpError {
	const message = serverMessageOf(body);
	if (status === 404) return new NotFoundError(status, message, method, path, body);
	if (status === 401 || status === 403) return new AuthError(status, message, method, path, body);
	if (status === 429) return new RateLimitError(status, message, method, path, body, parseRetryAfter(retryAfterHeader));
	if (status >= 500) return new ServerError(status, message, method, path, body, parseRetryAfter(retryAfterHeader));
	if (status === 400) {
		if (isRecord(body) && body.error === 'case_type_mismatch' && Array.isArray(body.field_errors))
			return new CaseTypeMismatchError(method, path, body, fieldErrorsOf(body.field_errors));
		if (message.startsWith(JUDGE_CONTRACT_PREFIX))
			return new JudgeContractError(message, method, path, body, parseJudgeBreaks(message));
	}
	return new HttpError(status, message, method, path, body);
}

/** JSON when the text parses, else the text itself (servers may answer errors in plain text). */
export function decodeErrorBody(text: string): unknown {
	if (text === '') return undefined;
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}
