// One rule names a case everywhere: its name, or its id when the name is absent or empty (never a blank).
import { describe, expect, it } from 'vitest';
import type { BenchCase } from '../../source/wire/types.js';
import { caseLabelOf } from '../../source/state/case-label.js';
import { caseLabel as listLabel } from '../../source/state/case-list.js';
import { caseLabel as feedLabel } from '../../source/state/feed-view.js';
import { liveRow } from './feed-fixtures.js';

describe('case labels', () => {
	it('falls back to the id for an absent or empty name', () => {
		expect(caseLabelOf('Refund', 'case-1')).toBe('Refund');
		expect(caseLabelOf('', 'case-1')).toBe('case-1');
		expect(caseLabelOf(null, 'case-1')).toBe('case-1');
	});

	it('is the same in the feed and in the cases list', () => {
		const row = { ...liveRow(1), case_id: 'case-00001', case_name: '' };
		const listed = { id: 'case-00001', case_name: '' } as BenchCase;
		expect(feedLabel(row)).toBe('case-00001');
		expect(listLabel(listed)).toBe('case-00001');
		expect(feedLabel(row, new Map([['case-00001', 'Invoice']]))).toBe('Invoice');
	});
});
