import { describe, expect, it } from 'vitest';
import type { BenchCase, DriftReport } from '../../source/wire/types.js';
import { caseFilterText, caseLabel, driftedCases, inputsSummary } from '../../source/state/case-list.js';

const row = (over: Partial<BenchCase>): BenchCase => ({
	id: 'c-1',
	project_id: 1,
	script_name: 'summarize',
	bench_id: 1,
	kind: 'case',
	frozen: false,
	case_name: null,
	inputs: null,
	expected_output: null,
	ground_truth: null,
	created_at: '2026-01-01T00:00:00Z',
	...over,
});

describe('the cases list model', () => {
	it('spells the inputs in one line, — without inputs, {} when empty', () => {
		expect(inputsSummary({ text: 'hi', items: [{ sku: 'w' }] })).toBe('text="hi" items=[{"sku":"w"}]');
		expect(inputsSummary(null)).toBe('—');
		expect(inputsSummary({})).toBe('{}');
	});

	it('labels a case by its name, else its id; the filter sees name, id and inputs', () => {
		expect(caseLabel(row({ case_name: 'Invoice' }))).toBe('Invoice');
		expect(caseLabel(row({ case_name: '' }))).toBe('c-1');
		expect(caseFilterText(row({ case_name: 'Invoice', inputs: { currency: 'EUR' } }))).toBe('Invoice c-1 currency="EUR"');
	});

	it('maps drifted case ids to what broke; none when the check failed', () => {
		const drift: DriftReport = {
			drifted: [{ case_id: 'c-2', label: 'Invoice', what_broke: 'inputs.currency: missing required field (str)' }],
			script_version_id: 3,
			published_at: null,
			published_by: null,
			summary: '1 case drifted',
		};
		expect(driftedCases(drift).get('c-2')).toBe('inputs.currency: missing required field (str)');
		expect(driftedCases(null).size).toBe(0);
	});
});
