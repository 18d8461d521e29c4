// A bench's case history: its cases × its last completed runs (newest on the right, as many as fit, +/- to change),
// a glyph per result, and per case mean, spread, pass rate, flips and state (flaky, broke/fixed in run X by
// version V, stable). Loads 4 runs at a time with a progress bar and is usable as columns arrive. Enter opens a
// case's timeline; there Enter opens a result and `d` diffs it with the case's previous result.
import { Box } from 'ink';
import { Text } from '../components/Text.js';
import { useMemo, useState } from 'react';
import { glyphs } from '../../look/glyphs.js';
import { sanitize } from '../../look/sanitize.js';
import { DEFAULT_HISTORY_QUERY, HistoryModel, SORT_KEYS, SORT_LABELS, STATE_FILTERS, STATE_LABELS, type HistoryQuery, type TimelineLine } from '../../state/history.js';
import { FilterBar, useListFilter } from '../components/FilterBar.js';
import { HistoryDiff } from '../components/history/HistoryDiff.js';
import { HistoryHeader, HistoryRows } from '../components/history/HistoryMatrix.js';
import { HistoryTimeline } from '../components/history/HistoryTimeline.js';
import { matrixLayout } from '../components/history/matrix-layout.js';
import { appResultCache, useHistoryData } from '../components/history/useHistoryData.js';
import { KeyHints } from '../components/KeyHints.js';
import { progressBar } from '../components/ProgressBar.js';
import { useApp, useClient } from '../context.js';
import { useKeys } from '../hooks/useKeys.js';
import { useListNavigation } from '../hooks/useListNavigation.js';
import { useNow } from '../hooks/useNow.js';
import type { Route } from '../routes.js';
import { drawing } from '../../look/drawing.js';

/** Runs asked for at first (fewer when they do not fit the width). */
export const DEFAULT_HISTORY_RUNS = 30;
const RUNS_STEP = 5;
const MIN_RUNS = 2;
const MAX_RUNS = 200;

type Pane = { kind: 'matrix' } | { kind: 'timeline'; row: number } | { kind: 'diff'; row: number; line: TimelineLine; previous: TimelineLine | undefined };

export function HistoryView({ route }: { route: Extract<Route, { kind: 'history' }> }) {
	const { projectId, script } = route;
	const client = useClient();
	const app = useApp();
	const [cache] = useState(appResultCache);
	const [wanted, setWanted] = useState(DEFAULT_HISTORY_RUNS);
	const { data, reload } = useHistoryData(client, projectId, script, wanted, cache);
	const [query, setQuery] = useState<Omit<HistoryQuery, 'text'>>(DEFAULT_HISTORY_QUERY);
	const [pane, setPane] = useState<Pane>({ kind: 'matrix' });
	const [cursorFromRight, setCursorFromRight] = useState(0);
	const filter = useListFilter();
	const now = useNow(60_000, false);

	// How many runs fit: count the version changes among the newest n loaded runs.
	const all = data.columns;
	const breaksIn = (n: number) => {
		let breaks = 0;
		const from = all.length - n;
		for (let c = from + 1; c < all.length; c++) {
			const [a, b] = [all[c - 1].run, all[c].run];
			if (a.workflow_version_id !== b.workflow_version_id || a.judge_version_id !== b.judge_version_id) breaks++;
		}
		return breaks;
	};
	const computed = matrixLayout(app.columns, wanted, all.length, breaksIn);
	// The same object while nothing changed, so the memoized rows skip a render on a key that only moves the selection.
	const layout = useMemo(() => computed, [computed.name, computed.runs, computed.stats, computed.state]); // eslint-disable-line react-hooks/exhaustive-deps
	const shown = useMemo(() => all.slice(all.length - layout.runs), [all, layout.runs]);
	const model = useMemo(() => new HistoryModel(data.cases, shown), [data.cases, shown]);
	const rows = useMemo(() => model.rows({ ...query, text: filter.query }), [model, query, filter.query]);
	const cursor = Math.max(0, shown.length - 1 - Math.min(cursorFromRight, Math.max(0, shown.length - 1)));

	const loading = data.state === 'loading' || data.progress.done < data.progress.total;
	// title, column info, column header, filter bar, key hints
	const tableHeight = Math.max(1, app.viewRows - 4 - filter.height);
	const matrixActive = pane.kind === 'matrix' && !filter.editing;
	const nav = useListNavigation({ count: rows.length, pageSize: tableHeight, isActive: matrixActive, onOpen: (i) => setPane({ kind: 'timeline', row: rows[i] }) });

	// The selection stays on its case while columns arrive and when the rows are re-sorted or re-filtered (on the
	// top row it stays on top: the case that is first at the start of a load is not one the user chose).
	const [shown_, setShown] = useState({ model, rows });
	if (shown_.rows !== rows) {
		const caseId = nav.selected > 0 && nav.selected < shown_.rows.length ? shown_.model.cases[shown_.rows[nav.selected]]?.id : undefined;
		setShown({ model, rows });
		if (caseId !== undefined) {
			const at = rows.findIndex((row) => model.cases[row].id === caseId);
			if (at >= 0) nav.setSelected(at);
		}
	}
	const changeQuery = (next: Partial<HistoryQuery>) => setQuery((q) => ({ ...q, ...next }));

	useKeys(
		['list'],
		{
			filter: filter.open,
			'clear-filter': filter.query ? filter.clear : undefined,
			refresh: reload,
			copy: () => rows.length > 0 && app.copy(model.cases[rows[nav.selected]].id, 'case id'),
		},
		{ isActive: matrixActive },
	);
	useKeys(
		['history'],
		{
			'sort-next': () => changeQuery({ sort: SORT_KEYS[(SORT_KEYS.indexOf(query.sort) + 1) % SORT_KEYS.length] }),
			'filter-next': () => changeQuery({ filter: STATE_FILTERS[(STATE_FILTERS.indexOf(query.filter) + 1) % STATE_FILTERS.length] }),
			'more-runs': () => {
				if (layout.runs < wanted && wanted <= all.length) return app.notify(`${layout.runs} runs fit this width`);
				setWanted((w) => Math.min(MAX_RUNS, w + RUNS_STEP));
			},
			'fewer-runs': () => setWanted(Math.max(MIN_RUNS, Math.min(wanted, layout.runs) - RUNS_STEP)),
			'column-left': () => setCursorFromRight((c) => Math.min(shown.length - 1, c + 1)),
			'column-right': () => setCursorFromRight((c) => Math.max(0, c - 1)),
		},
		{ isActive: matrixActive },
	);

	if (data.state === 'error') {
		return (
			<Box flexDirection="column">
				<Text color="red">{`${glyphs.fail} history of ${sanitize(script)}: ${sanitize(data.message)}`}</Text>
				<Text dimColor>{`r to retry ${drawing.dot} Esc to go back`}</Text>
			</Box>
		);
	}

	if (pane.kind !== 'matrix' && pane.row < model.rowCount) {
		const c = model.cases[pane.row];
		// The timeline stays mounted (hidden) under the diff, so Esc returns to the same line.
		return (
			<Box flexDirection="column" height={app.viewRows} overflow="hidden">
				{pane.kind === 'diff' ? (
					<HistoryDiff
						client={client}
						cache={cache}
						caseId={c.id}
						label={c.name ?? c.id}
						line={pane.line}
						previous={pane.previous}
						height={app.viewRows}
						onClose={() => setPane({ kind: 'timeline', row: pane.row })}
					/>
				) : null}
				<Box display={pane.kind === 'timeline' ? 'flex' : 'none'}>
					<HistoryTimeline
						model={model}
						row={pane.row}
						height={app.viewRows}
						now={now}
						isActive={pane.kind === 'timeline' && !app.overlayOpen}
						onOpen={(line) => app.push({ kind: 'inspect', runId: line.run.id, caseId: c.id, resultId: line.resultId })}
						onDiff={(line, previous) => setPane({ kind: 'diff', row: pane.row, line, previous })}
						onClose={() => setPane({ kind: 'matrix' })}
					/>
				</Box>
			</Box>
		);
	}

	const counts = model.stateCounts();
	const countText = (['flaky', 'broke', 'fixed'] as const).map((s) => `${counts[s]} ${s}`).join(` ${drawing.dot} `);
	const position = rows.length ? `${nav.selected + 1}/${rows.length}` : '0/0';
	const runsText = data.state === 'loading' ? 'loading' : layout.runs < all.length ? `${layout.runs} of ${all.length} runs` : `${all.length} runs`;
	const barWidth = Math.max(4, Math.min(20, Math.floor(app.columns / 6)));
	return (
		<Box flexDirection="column" height={app.viewRows} overflow="hidden">
			<Text wrap="truncate">
				<Text bold>{position}</Text>
				{loading ? (
					<Text>
						{'  '}
						<Text color="cyan">{progressBar(data.progress.done, data.progress.total, barWidth)}</Text>
						{` ${data.progress.done}/${data.progress.total} runs`}
					</Text>
				) : null}
				<Text color="cyan">{`  ${runsText} ${drawing.dot} ${countText} ${drawing.dot} sort ${SORT_LABELS[query.sort]} ${drawing.dot} show ${query.filter === 'all' ? 'all' : STATE_LABELS[query.filter]}`}</Text>
				{!loading && data.fromCache ? <Text dimColor>{`  ${data.fromCache} from cache`}</Text> : null}
			</Text>
			<HistoryHeader model={model} layout={layout} cursor={cursor} width={app.columns} now={now} />
			{data.state === 'loading' ? (
				<Box height={tableHeight}>
					<Text dimColor>{`loading the runs and cases of ${sanitize(script)}${drawing.ellipsis}`}</Text>
				</Box>
			) : rows.length === 0 ? (
				<Box height={tableHeight}>
					<Text dimColor>{all.length === 0 ? `no completed runs of ${sanitize(script)} yet` : filter.query || query.filter !== 'all' ? 'no case matches the filter' : 'no cases'}</Text>
				</Box>
			) : (
				<HistoryRows model={model} rows={rows} selected={nav.selected} offset={nav.offset} height={tableHeight} layout={layout} />
			)}
			<FilterBar {...filter.bar} />
			<KeyHints keys={[['list', 'open'], ['history', 'sort-next'], ['history', 'filter-next'], ['history', 'more-runs'], ['history', 'column-left'], ['list', 'filter']]} />
		</Box>
	);
}
