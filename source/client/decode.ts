// Checks the shape of stream payloads: a frame lacking the keys a consumer relies on is rejected (→ skipped).
import type { BenchEvent, BenchResult, BenchRun, RunEvent, TerminalStatus } from '../wire/types.js';

type Fields = Record<string, unknown>;

const TERMINAL_STATUSES = new Set<string>(['completed', 'failed', 'canceled', 'unknown']);

export function isRecord(value: unknown): value is Fields {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The keys of a result row every reader relies on (§7.1: id, bench_run_id, case_id, status, created_at). */
function isBenchResult(value: unknown): value is BenchResult {
	return (
		isRecord(value) &&
		typeof value.id === 'number' &&
		typeof value.bench_run_id === 'number' &&
		typeof value.case_id === 'string' &&
		typeof value.status === 'string' &&
		typeof value.created_at === 'string'
	);
}

/** A /results row or a `result` frame's data, or `undefined` when it lacks the keys every reader relies on. */
export function decodeBenchResult(value: unknown): BenchResult | undefined {
	return isBenchResult(value) ? value : undefined;
}

function isBenchRun(value: unknown): value is BenchRun {
	return isRecord(value) && typeof value.id === 'number' && typeof value.bench_id === 'number' && typeof value.status === 'string';
}

/** One bench-run SSE frame, or `undefined` when its name is unknown or its data lacks required keys. */
export function decodeRunEvent(name: string | undefined, data: unknown): RunEvent | undefined {
	switch (name) {
		case 'result':
			return isBenchResult(data) ? { type: 'result', result: data } : undefined;
		case 'lagged':
			return isRecord(data) && typeof data.dropped === 'number' && data.dropped >= 0
				? { type: 'lagged', dropped: data.dropped }
				: undefined;
		case 'terminal':
			if (!isRecord(data) || typeof data.status !== 'string') return undefined;
			// A status newer than this client still ends the stream; it reads as `unknown`.
			return { type: 'terminal', status: (TERMINAL_STATUSES.has(data.status) ? data.status : 'unknown') as TerminalStatus };
		default:
			return undefined;
	}
}

function hasProjectScope(payload: Fields): boolean {
	return typeof payload.project_id === 'number' && typeof payload.script_name === 'string';
}

/** The inner BenchEvent of a `{type: 'Bench', payload}` hub element, or `undefined` when malformed. */
function decodeBenchEvent(value: unknown): BenchEvent | undefined {
	if (!isRecord(value) || !isRecord(value.payload) || !hasProjectScope(value.payload)) return undefined;
	const payload = value.payload;
	switch (value.type) {
		case 'RunStarted':
		case 'RunFinished':
			return isBenchRun(payload.run) ? (value as BenchEvent) : undefined;
		case 'ResultRecorded':
			return typeof payload.run_id === 'number' && isBenchResult(payload.result) ? (value as BenchEvent) : undefined;
		default:
			return undefined;
	}
}

export type HubElement = { kind: 'bench'; event: BenchEvent } | { kind: 'other' } | { kind: 'malformed' };

/** Classifies one element of a hub batch: a Bench event, another hub event (ignored), or malformed (skipped). */
export function decodeHubElement(value: unknown): HubElement {
	if (!isRecord(value) || typeof value.type !== 'string' || !('payload' in value)) return { kind: 'malformed' };
	if (value.type !== 'Bench') return { kind: 'other' };
	const event = decodeBenchEvent(value.payload);
	return event ? { kind: 'bench', event } : { kind: 'malformed' };
}
