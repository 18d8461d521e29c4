// Every view, with CJK, emoji (ZWJ families, flags, skin tones), combining marks and RTL text as case names,
// outputs, errors and project names served by the real demo server, at 120×40 and 60×15: every line fits the
// terminal's columns, the frame its rows − 1, table columns line up and split panes share one border column.
import stringWidth from 'string-width';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningServer } from '../../../source/server/index.js';
import { checkViewReady, everyView } from '../../helpers/every-view.js';
import { frameLines, misalignedColumns, ruleColumns, tableIn } from '../../helpers/frame-grid.js';
import { fit } from '../../../source/look/text.js';
import { startWideTextServer, WIDE_NAMES } from '../../helpers/wide-text-fixture.js';

let server: RunningServer;
beforeAll(async () => {
	server = await startWideTextServer();
});
afterAll(() => server.close());

const SIZES = [
	[120, 40],
	[60, 15],
] as const;

describe('wide text on the grid', () => {
	test('the fixture really is wide text (CJK, emoji, combining marks, RTL)', () => {
		expect(WIDE_NAMES.filter((name) => stringWidth(name) !== name.length).length).toBeGreaterThanOrEqual(6);
		expect(WIDE_NAMES.some((name) => /[\u0590-\u06ff]/.test(name))).toBe(true);
	});

	for (const [columns, rows] of SIZES) {
		test(`every view at ${columns}×${rows}`, async () => {
			const checked: string[] = [];
			for (const view of everyView(server)) {
				await checkViewReady(server, view, columns, rows, (_app, frame) => {
					const lines = frameLines(frame);
					expect(lines.length, `${view.name}: rows`).toBeLessThanOrEqual(rows - 1);
					for (const line of lines) expect(stringWidth(line), `${view.name}: ${JSON.stringify(line)}`).toBeLessThanOrEqual(columns);
					if (view.table) {
						const table = tableIn(lines, view.table.header, view.table.row);
						expect(table, `${view.name}: table`).toBeDefined();
						expect(table!.rows.length, `${view.name}: rows of the table\n${frame}`).toBeGreaterThan(0);
						expect(misalignedColumns(table!.header, table!.rows), `${view.name}:\n${[table!.header, ...table!.rows].join('\n')}`).toEqual([]);
					}
					// Split panes (the run detail box, the feed's detail pane, the compare case panes): one border column (none when stacked).
					if (view.panes) expect([...ruleColumns(lines.slice(1, -2))].length, `${view.name}: pane borders\n${frame}`).toBeLessThanOrEqual(1);
					checked.push(view.name);
				});
			}
			expect(checked.length).toBe(everyView(server).length);
		}, 120_000);
	}
});

describe('the check itself', () => {
	const row = (name: string, id: string, score: string, padName: (text: string) => string) => `  ${padName(name)} ${fit(id, 5)} ${fit(score, 6, 'right')}`;
	const header = row('NAME', 'ID', 'SCORE', (t) => fit(t, 10));
	const good = [row('中文字', 'ab', '1.0', (t) => fit(t, 10)), row('abcdefgh', 'cd', '20.0', (t) => fit(t, 10)), row('👨‍👩‍👧‍👦 x', 'ef', '', (t) => fit(t, 10))];

	test('passes a table whose cells are padded by columns', () => {
		expect(misalignedColumns(header, good)).toEqual([]);
	});

	test('finds the columns after a name padded by UTF-16 units (the bug of issue 11)', () => {
		expect(misalignedColumns(header, [...good, row('中文字', 'ab', '1.0', (t) => t.padEnd(10))])).toContain('SCORE');
		expect(misalignedColumns(header, [...good, row('e\u0301\u0301', 'ab', '1.0', (t) => t.padEnd(10))])).toContain('ID');
	});
});
