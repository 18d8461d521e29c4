// The cases list's model: how a case reads in one line, and which cases drifted from the published contract.
import type { BenchCase, DriftReport } from '../wire/types.js';
import { drawing } from '../look/drawing.js';
import { caseLabelOf } from './case-label.js';

/** `text="hello" items=[{"sku":"w"}]` — the inputs in one line. */
export function inputsSummary(inputs: BenchCase['inputs']): string {
	if (!inputs) return drawing.dash;
	const entries = Object.entries(inputs);
	return entries.length ? entries.map(([key, value]) => `${key}=${JSON.stringify(value)}`).join(' ') : '{}';
}

export const caseLabel = (c: BenchCase) => caseLabelOf(c.case_name, c.id);

/** What the `/` filter matches: name, id and the inputs line. */
export const caseFilterText = (c: BenchCase) => `${c.case_name ?? ''} ${c.id} ${inputsSummary(c.inputs)}`;

/** Case id → what broke, for the cases that no longer fit the published contract (none when the check failed). */
export function driftedCases(drift: DriftReport | null | undefined): Map<string, string> {
	return new Map((drift?.drifted ?? []).map((d) => [d.case_id, d.what_broke]));
}
