// `d` in a case's timeline: the result side by side with the case's previous result (fields, score objects and
// workflow outputs diffed), read from the disk cache or fetched. Scrolls with j/k and PgUp/PgDn; Esc returns.
import { useMemo, useState } from 'react';
import type { Client } from '../../../client/api.js';
import { describeError } from '../../../client/errors.js';
import type { ResultCache } from '../../../io/history-cache.js';
import { runResults } from '../../../io/history-loader.js';
import { sanitize } from '../../../look/sanitize.js';
import { buildCasePaneLines, type SideResult } from '../../../state/case-pane-lines.js';
import type { TimelineLine } from '../../../state/history.js';
import type { BenchResult, BenchRun, CompareCase } from '../../../wire/types.js';
import { CaseDiffPane, maxPaneOffset, paneColumnWidth } from '../compare/CaseDiffPane.js';
import { useApp } from '../../context.js';
import { useKeys } from '../../hooks/useKeys.js';
import { useRequest } from '../../hooks/useRequest.js';
import { drawing } from '../../../look/drawing.js';

/** One run's result for the case (from the disk cache when it holds the run), or why there is none. */
function useResult(client: Client, cache: ResultCache | null, run: BenchRun | undefined, caseId: string): SideResult {
	const request = useRequest(
		async (signal): Promise<SideResult> => {
			if (!run) return 'missing';
			const { results } = await runResults(client, cache, run, signal);
			return results.find((r) => r.case_id === caseId) ?? 'missing';
		},
		[client, cache, run, caseId],
		{ onError: () => {} },
	);
	if (request.error !== undefined) return { loadError: describeError(request.error) };
	return request.loading || request.data === undefined ? 'loading' : request.data;
}

const scoreOf = (side: SideResult) => (typeof side === 'object' && 'id' in side ? (side as BenchResult).headline_score : null);
const costOf = (side: SideResult) => (typeof side === 'object' && 'id' in side ? (side as BenchResult).cost_usd : 0);

/** The compare pane's row for two results of one case. */
function pairRow(caseId: string, label: string, a: SideResult, b: SideResult): CompareCase {
	const [scoreA, scoreB] = [scoreOf(a), scoreOf(b)];
	const delta = scoreA !== null && scoreB !== null ? scoreB - scoreA : null;
	const flag = scoreA === null ? 'missing_a' : scoreB === null ? 'missing_b' : delta! > 0 ? 'improved' : delta! < 0 ? 'regressed' : 'unchanged';
	return { case_id: caseId, case_label: label, score_a: scoreA, score_b: scoreB, delta, flag, cost_a: costOf(a), cost_b: costOf(b) };
}

export interface HistoryDiffProps {
	client: Client;
	cache: ResultCache | null;
	caseId: string;
	label: string;
	line: TimelineLine;
	previous: TimelineLine | undefined;
	height: number;
	onClose(): void;
}

export function HistoryDiff({ client, cache, caseId, label, line, previous, height, onClose }: HistoryDiffProps) {
	const app = useApp();
	const before = useResult(client, cache, previous?.run, caseId);
	const after = useResult(client, cache, line.run, caseId);
	const width = app.columns;
	const lines = useMemo(
		() => buildCasePaneLines(pairRow(caseId, label, before, after), before, after, previous?.run.id ?? 0, line.run.id, paneColumnWidth(width)),
		[caseId, label, before, after, previous, line, width],
	);
	const [offset, setOffset] = useState(0);
	const max = maxPaneOffset(lines.length, height);
	const scroll = (delta: number) => setOffset((o) => Math.max(0, Math.min(max, o + delta)));
	const page = Math.max(1, height - 2);
	useKeys(['history-diff'], {
		'scroll-down': () => scroll(1),
		'scroll-up': () => scroll(-1),
		'page-down': () => scroll(page),
		'page-up': () => scroll(-page),
		close: onClose,
	});
	const title = previous ? `case ${sanitize(label)}: run ${previous.run.id} ${drawing.arrow} run ${line.run.id}` : `case ${sanitize(label)}: run ${line.run.id} (no earlier result in the shown runs)`;
	return <CaseDiffPane title={title} lines={lines} offset={Math.min(offset, max)} height={height} width={width} hints={`  ${drawing.dot} j/k scroll ${drawing.dot} Esc timeline`} />;
}
