// The text of a result's detail pane as wrapped, sanitized lines: identity, status, judge score object,
// workflow_output (which only the /results read path carries), error text and execution ids.
import type { BenchResult, Json } from '../wire/types.js';
import { formatDuration, formatScore, formatUsd } from './format.js';
import { sanitize, sanitizeMultiline } from '../look/sanitize.js';
import { wrap } from '../look/text.js';

function pretty(value: Json | undefined): string {
	return sanitizeMultiline(JSON.stringify(value ?? null, null, 2));
}

/** `deferred`: not fetched while following a live run (each fetch downloads the whole run's /results). */
export type OutputState = 'known' | 'loading' | 'deferred' | 'unavailable';

const OUTPUT_PLACEHOLDER: Record<Exclude<OutputState, 'known'>, string> = {
	loading: '(loading…)',
	deferred: '(loaded when follow mode is paused: k or ↑)',
	unavailable: '(not available)',
};

/** `caseName`: the result's own, else the one the feed resolved from the bench's cases (live rows carry none). */
export function detailLines(result: BenchResult, output: OutputState, width: number, caseName = result.case_name ?? null): string[] {
	const text = [
		`case ${caseName ? `${sanitize(caseName)} ` : ''}(${sanitize(result.case_id)})`,
		`status ${result.status}${result.verdict ? ` · verdict ${result.verdict}` : ''} · score ${formatScore(result.headline_score)}`,
		`cost ${formatUsd(result.cost_usd)}${
			result.workflow_cost_usd != null || result.judge_cost_usd != null
				? ` (workflow ${formatUsd(result.workflow_cost_usd)}, judge ${formatUsd(result.judge_cost_usd)})`
				: ''
		} · ${formatDuration(result.duration_ms)}${result.cache_hit ? ' · cache hit' : ''}`,
		`workflow execution ${sanitize(result.workflow_execution_id ?? '—')}`,
		`judge execution    ${sanitize(result.judge_execution_id ?? '—')}`,
	];
	if (result.error) text.push('', 'error:', sanitizeMultiline(result.error));
	text.push('', 'score:', pretty(result.score));
	text.push('', 'workflow_output:');
	if (output === 'known') text.push(pretty(result.workflow_output));
	else text.push(OUTPUT_PLACEHOLDER[output]);
	return wrap(text.join('\n'), width);
}
