// The feed's compact storage gives every result back exactly as it was decoded: each field, null kept apart from
// absent, keys this client does not know, any text (non-ASCII, escapes, lone surrogates, huge outputs), before and
// after a backfill enriches it, and after enriched rows made it copy its texts into fresh slabs.
import { describe, expect, it } from 'vitest';
import type { BenchResult } from '../../source/wire/types.js';
import { RunFeed } from '../../source/state/run-feed.js';
import { enrichedRow, liveRow } from './feed-fixtures.js';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Rows whose every optional field varies with the id: present, null, absent; odd text; extra keys. */
function oddRow(id: number): BenchResult {
	const row = enrichedRow(id, {
		case_id: id % 5 === 0 ? `日本語-${id}-👩‍👩‍👧` : `case-${id}`,
		case_name: [`名前 ${id}`, null, undefined, '', 'a "quoted" \\ name \u2028 \udc00 lone'][id % 5],
		headline_score: id % 4 === 0 ? null : (id % 100) + 0.25,
		duration_ms: id % 6 === 0 ? null : id * 3,
		error: id % 3 === 0 ? `boom \u001b[31m red \ud800 lone` : null,
		verdict: [undefined, 'pass', 'fail', 'error'][id % 4] as BenchResult['verdict'],
		score: id % 2 === 0 ? { nested: [1, { deep: 'x' }], n: -0.5e-7 } : null,
		workflow_output: id % 7 === 0 ? null : { text: 'ünïcödé '.repeat(id % 11) },
	});
	if (id % 8 === 0) delete row.workflow_output;
	if (id % 9 === 0) delete row.input_hash;
	if (id % 10 === 0) Object.assign(row, { newer_field: { from: 'a newer server' }, flag: true });
	return row;
}

describe('RunFeed storage', () => {
	it('gives each result back as it was stored, field for field', () => {
		const feed = new RunFeed(7);
		const rows = range(1, 600).map(oddRow);
		feed.applyResults(rows, 'backfill');
		for (const row of rows) expect(feed.get(row.id)).toStrictEqual(JSON.parse(JSON.stringify(row)));
		expect(feed.results()).toEqual(rows);
		const listed = feed.rows();
		expect(listed.map((row) => [row.id, row.case_id, row.case_name, row.status, row.headline_score, row.cost_usd, row.duration_ms, row.cache_hit, row.verdict])).toEqual(
			rows.map((row) => [row.id, row.case_id, row.case_name, row.status, row.headline_score, row.cost_usd, row.duration_ms, row.cache_hit, row.verdict]),
		);
	});

	it('keeps a workflow output larger than a storage slab', () => {
		const feed = new RunFeed(7);
		const big = enrichedRow(1, { workflow_output: { text: 'x'.repeat(3 << 20), tail: 'é' } });
		feed.applyResults([liveRow(2), big, liveRow(3)], 'backfill');
		expect(feed.get(1)).toEqual(big);
		expect(feed.get(3)).toEqual(liveRow(3));
	});

	it('keeps results right while enrichment replaces them and the replaced bytes are reclaimed', () => {
		const feed = new RunFeed(7);
		const ids = range(1, 30_000);
		// Live rows with long outputs in `error`, so that enriching them all gives up more bytes than the compaction floor.
		feed.applyResults(ids.map((id) => liveRow(id, { error: `e${id} `.repeat(80) })), 'live');
		const shown = feed.get(5);
		expect(feed.get(5)).toBe(shown);
		feed.applyResults(ids.map((id) => enrichedRow(id)), 'backfill');
		expect(feed.get(5)).not.toBe(shown);
		for (const id of [1, 5, 777, 15_000, 30_000]) {
			expect(feed.isEnriched(id)).toBe(true);
			expect(feed.get(id)).toEqual(enrichedRow(id));
		}
		expect(feed.results()).toEqual(ids.map((id) => enrichedRow(id)));
	});
});
