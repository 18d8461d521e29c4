// Checks the shape of stream payloads against the wire schemas: a frame that does not match is rejected (→ skipped).
import { decodeWith } from '../wire/decode.js';
import { decodeBenchResult } from '../wire/result-decoder.js';
import { benchRunSchema } from '../wire/schemas.js';
import type { BenchEvent, BenchResult, BenchRun, RunEvent, TerminalStatus } from '../wire/types.js';

type Fields = Record<string, unknown>;

const TERMINAL_STATUSES = new Set<string>(['completed', 'failed', 'canceled', 'unknown']);

export function isRecord(value: unknown): value is Fields {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function benchResultOf(value: unknown): BenchResult | undefined {
	const decoded = decodeBenchResult(value);
	return decoded.ok ? decoded.value : undefined;
}

function benchRunOf(value: unknown): BenchRun | undefined {
	const decoded = decodeWith(benchRunSchema, value);
	return decoded.ok ? decoded.value : undefined;
}

/** One bench-run SSE frame, or `undefined` when its name is unknown or its data lacks required keys. */
export function decodeRunEvent(name: string | undefined, data: unknown): RunEvent | undefined {
	switch (name) {
		case 'result': {
			const result = benchResultOf(data);
			return result ? { type: 'result', result } : undefined;
		}
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
	const { project_id, script_name } = value.payload as { project_id: number; script_name: string };
	const payload = value.payload;
	switch (value.type) {
		case 'RunStarted':
		case 'RunFinished': {
			const run = benchRunOf(payload.run);
			return run ? { type: value.type, payload: { project_id, script_name, run } } : undefined;
		}
		case 'ResultRecorded': {
			const result = typeof payload.run_id === 'number' ? benchResultOf(payload.result) : undefined;
			return result ? { type: 'ResultRecorded', payload: { project_id, script_name, run_id: payload.run_id as number, result } } : undefined;
		}
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
