import { describe, expect, it } from 'vitest';
import { detailLines } from '../../source/state/feed-detail.js';
import { enrichedRow, liveRow } from './feed-fixtures.js';

describe('detailLines', () => {
	it('shows the judge score object, the workflow output once known, ids, and strips escape sequences', () => {
		const row = enrichedRow(4, { status: 'workflow_failed', error: 'boom \u001b[2J\u001b]52;c;ZXZpbA==\u0007cleared', workflow_output: null });
		const text = detailLines(row, 'known', 60).join('\n');
		expect(text).toContain('case case number 4 (case-00004)');
		expect(text).toContain('workflow execution wf-4');
		expect(text).toContain('error:\nboom cleared');
		expect(text).toContain('workflow_output:\nnull');
		expect(text).not.toContain('\u001b');
	});

	it("names a live row with the feed's resolved name, sanitized, and shows only the id when there is none", () => {
		expect(detailLines(liveRow(6), 'deferred', 60, 'Town hall\u001b[31m — recap')[0]).toBe('case Town hall — recap (case-00006)');
		expect(detailLines(liveRow(6), 'deferred', 60)[0]).toBe('case (case-00006)');
	});

	it('says the output is loading until the enriched row arrives', () => {
		const text = detailLines(liveRow(5), 'loading', 60).join('\n');
		expect(text).toContain('"score": 5');
		expect(text).toContain('workflow_output:\n(loading…)');
	});
});
