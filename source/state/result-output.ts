// Why a result has no workflow output to show, in words a reviewer reads instead of an empty diff.
import type { BenchResult } from '../wire/types.js';
import { sanitize } from '../look/sanitize.js';
import { truncate } from '../look/text.js';

/** A live row (SSE, hub) carries no output: only the `/results` read path does. */
export const NOT_LOADED = 'not loaded: live rows carry no output (the /results read path does)';

export const CACHE_HIT_NO_OUTPUT = 'cache hit: the output was not stored, the score was reused from an earlier run';

/** A first line of an error, cut to `max` columns, for one-line mentions (the inspector shows it whole). */
export function errorHeadline(error: string | null | undefined, max = 200): string {
	const first = sanitize((error ?? '').split('\n')[0]).trim();
	return truncate(first, max);
}

/**
 * Null when the result has an output to show (a `/results` row with a non-null `workflow_output`), else the reason
 * there is none: a cache hit, a failed or skipped workflow, or an output the server did not send.
 */
export function missingOutputReason(result: BenchResult): string | null {
	if (result.workflow_output !== undefined && result.workflow_output !== null) return null;
	if (result.cache_hit || result.status === 'cached') return CACHE_HIT_NO_OUTPUT;
	if (result.status === 'workflow_failed') return `workflow failed: ${errorHeadline(result.error) || 'no error text'}`;
	if (result.status === 'skipped') return 'skipped: the case was not run';
	if (result.workflow_output === undefined) return NOT_LOADED;
	return 'the workflow returned no output (null)';
}
