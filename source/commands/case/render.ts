// Human rendering of a case row (from create/patch/promote, or `GET /executions/{id}`).
import type { BenchCase, ExecutionStatus } from '../../wire/types.js';
import { sanitize, sanitizeMultiline } from '../../look/sanitize.js';
import { fields, type Style } from '../output.js';

function block(style: Style, title: string, value: unknown): string {
	const text = value === undefined ? 'null' : JSON.stringify(value, null, 2);
	return `\n${style.paint('bold', title)}\n${sanitizeMultiline(text)}\n`;
}

export function caseDetails(style: Style, row: BenchCase | ExecutionStatus): string {
	const entries: [string, string][] = [
		['case', sanitize(row.id)],
		['name', sanitize(row.case_name ?? '—')],
		['script', `${sanitize(row.script_name)} (project ${sanitize(row.project_id)})`],
		['bench', row.bench_id == null ? '—' : sanitize(row.bench_id)],
		['kind', sanitize(row.kind ?? '—')],
	];
	if ('status' in row) entries.push(['status', sanitize(row.status)]);
	if (row.input_hash) entries.push(['input hash', sanitize(row.input_hash)]);
	if ('created_at' in row && typeof row.created_at === 'string') entries.push(['created', sanitize(row.created_at)]);
	return (
		fields(style, entries) +
		block(style, 'inputs', row.inputs) +
		block(style, 'expected_output', row.expected_output) +
		block(style, 'ground_truth', row.ground_truth)
	);
}
