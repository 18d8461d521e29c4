// The one-line name of an inspected result: its case's name (sanitized) and status.
import type { BenchResult } from '../../../wire/types.js';
import type { CaseLookup } from '../../../state/inspector.js';
import { sanitize } from '../../../look/sanitize.js';
import { caseLabelOf as labelOf } from '../../../state/case-label.js';
import { drawing } from '../../../look/drawing.js';

export function caseLabelOf(result: BenchResult, lookup: CaseLookup): string {
	const fromCase = typeof lookup === 'object' && !('error' in lookup) ? lookup.case_name : null;
	const name = labelOf(fromCase || result.case_name, result.case_id);
	return `case ${sanitize(name)} ${drawing.dot} ${result.status.replace('_', ' ')}`;
}
