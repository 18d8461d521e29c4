// The runs of one bench, newest first, paged in as the user scrolls, live from the hub (polling as a fallback):
// status (spinning while active), channel, mode, ok/total and breakdown, mean score, cost, who/when, duration.
// Keys: c cancel, d delete, t trigger, R re-run, m mark for compare, Enter opens the live feed, C the cases.
import { Box } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BenchRun } from '../../wire/types.js';
import { formatAgo, formatDuration, formatScore, formatUsd } from '../../state/format.js';
import {
	appendPage,
	applyEvents,
	breakdownText,
	emptyRunsList,
	isActive,
	isFresh,
	PAGE_SIZE,
	pruneChanged,
	refreshFirstPage,
	removeRun,
	runDurationMs,
	upsertRun,
	type RunsList,
} from '../../state/runs-list.js';
import { sanitize } from '../../look/sanitize.js';
import { isAbortError } from '../../client/errors.js';
import { FilterBar, useListFilter } from '../components/FilterBar.js';
import { KeyHints } from '../components/KeyHints.js';
import type { KeyRef } from '../keymap.js';
import { RunDetail, runDetailHeight } from '../components/RunDetail.js';
import { StatusGlyph } from '../components/StatusGlyph.js';
import { fitColumns, tableWidth, type Column } from '../components/Table.js';
import { TableList } from '../components/TableList.js';
import { UnreachableLine, useUnreachableText } from '../components/Unreachable.js';
import { TRIGGER_FORM_HEIGHT, TriggerForm } from '../components/TriggerForm.js';
import { useApp, useClient } from '../context.js';
import { statusLook } from '../../look/status.js';
import { useKeys } from '../hooks/useKeys.js';
import { useListNavigation } from '../hooks/useListNavigation.js';
import { useNow } from '../hooks/useNow.js';
import { useProjectEvents } from '../hooks/useProjectEvents.js';
import { useRequest } from '../hooks/useRequest.js';
import { useRunActions } from '../hooks/useRunActions.js';
import type { Route } from '../routes.js';
import { drawing } from '../../look/drawing.js';

/** Side-by-side detail pane from this width (the list keeps its main columns beside it); below, it stacks under the list. */
const SIDE_PANE_MIN_COLUMNS = 140;
/** The side pane grows with the terminal (a third of it, 40–64 columns), so long values are not cut next to blank space. */
const sidePaneWidth = (columns: number) => Math.min(64, Math.max(40, Math.floor(columns / 3)));
/** Under the list, the pane takes the rows its lines need as long as the list keeps this many. */
const MIN_LIST_ROWS = 6;
const RUN_KEYS: readonly KeyRef[] = [['list', 'open'], ['runs', 'cancel'], ['runs', 'delete'], ['runs', 'trigger'], ['runs', 'rerun'], ['runs', 'mark'], ['runs', 'cases'], ['runs', 'history'], ['list', 'filter']];

function runColumns(list: RunsList, now: number): Column<BenchRun>[] {
	const fresh = (run: BenchRun, field: Parameters<typeof isFresh>[2]) => isFresh(list.changed, run.id, field, now);
	return [
		{ key: 'id', header: 'RUN', width: 6, priority: 1, align: 'right', cell: (r) => ({ text: String(r.id), bold: true, changed: fresh(r, 'row') }) },
		{
			key: 'status',
			header: 'STATUS',
			width: 11,
			priority: 1,
			cell: (r) => ({
				text: `${statusLook(r.status).glyph} ${statusLook(r.status).word}`,
				color: statusLook(r.status).color,
				changed: fresh(r, 'status'),
				node: isActive(r) ? <StatusGlyph status={r.status} /> : undefined,
			}),
		},
		{ key: 'channel', header: 'CHANNEL', width: 12, priority: 3, cell: (r) => sanitize(r.channel) },
		{ key: 'mode', header: 'MODE', width: 10, priority: 5, cell: (r) => ({ text: r.mode === 'sampled' ? `sample ${r.sample_size ?? '?'}` : 'full', dim: r.mode !== 'sampled' }) },
		{ key: 'ok', header: 'OK/TOTAL', width: 9, priority: 2, align: 'right', cell: (r) => ({ text: `${r.ok_cases ?? drawing.dash}/${r.total_cases}`, changed: fresh(r, 'progress') }) },
		{ key: 'score', header: 'SCORE', width: 6, priority: 2, align: 'right', cell: (r) => ({ text: formatScore(r.mean_headline_score), changed: fresh(r, 'score') }) },
		{ key: 'cost', header: 'COST', width: 8, priority: 3, align: 'right', cell: (r) => ({ text: formatUsd(r.total_cost_usd), changed: fresh(r, 'cost') }) },
		{ key: 'breakdown', header: 'RESULTS', width: 14, priority: 6, grow: true, cell: (r) => ({ text: breakdownText(r.status_breakdown), dim: true, changed: fresh(r, 'progress') }) },
		{ key: 'by', header: 'BY', width: 10, priority: 7, grow: true, cell: (r) => ({ text: sanitize(r.triggered_by ?? drawing.dash), dim: true }) },
		// 10 columns: older runs show their date (2026-11-02), not `2026-11…`.
		{ key: 'at', header: 'WHEN', width: 10, priority: 4, cell: (r) => ({ text: formatAgo(r.triggered_at, now), dim: true }) },
		{ key: 'duration', header: 'TOOK', width: 7, priority: 5, align: 'right', cell: (r) => formatDuration(runDurationMs(r, now)) },
		{ key: 'notes', header: 'NOTES', width: 12, priority: 8, grow: true, cell: (r) => ({ text: sanitize(r.notes ?? ''), dim: true }) },
	];
}

/** Before the view's first effect: nothing loads. */
const NOT_SHOWN = AbortSignal.abort();

export function RunsView({ route }: { route: Extract<Route, { kind: 'runs' }> }) {
	const { projectId, script } = route;
	const client = useClient();
	const app = useApp();
	const actions = useRunActions();
	const filter = useListFilter();
	const [list, setList] = useState<RunsList>(emptyRunsList);
	const [triggering, setTriggering] = useState(false);
	const loadingMore = useRef(false);

	const firstPage = useRequest((signal) => client.benches.listRuns(projectId, script, { limit: PAGE_SIZE, offset: 0 }, { signal }), [client, projectId, script], {
		context: `runs of ${sanitize(script)}`,
		onData: (page) => setList((current) => refreshFirstPage(current, page)),
	});
	const loading = firstPage.loading;
	// Runs kept from before an outage may have ended since: the line says the list is what was last read.
	const unreachable = useUnreachableText({ ...firstPage, stale: list.runs.length > 0 });
	const staleLine = unreachable !== undefined && list.runs.length > 0;
	// The hub's re-reads and the polling fallback (owned by useProjectEvents, which stops them with the view) go through
	// the request, so an answer also ends the unreachable state.
	const readFirstPage = firstPage.refresh;

	// Older pages load for the view while it shows: aborted when it unmounts, hides or changes bench (reaching the end
	// of the list asks again).
	const pagesSignal = useRef<AbortSignal>(NOT_SHOWN);
	useEffect(() => {
		const controller = new AbortController();
		pagesSignal.current = controller.signal;
		return () => controller.abort();
	}, [client, projectId, script]);
	const loadMore = useCallback(async () => {
		if (loadingMore.current || !list.more || loading) return;
		loadingMore.current = true;
		const signal = pagesSignal.current;
		try {
			const page = await client.benches.listRuns(projectId, script, { limit: PAGE_SIZE, offset: list.runs.length }, { signal });
			if (!signal.aborted) setList((current) => appendPage(current, page));
		} catch (error) {
			if (!signal.aborted && !isAbortError(error)) app.reportError(error, `older runs of ${sanitize(script)}`);
		} finally {
			loadingMore.current = false;
		}
	}, [client, projectId, script, list.more, list.runs.length, loading, app]);

	useProjectEvents(projectId, {
		onEvents: (events) => {
			setList((current) => applyEvents({ ...current, changed: pruneChanged(current.changed) }, script, events).list);
			// Finished runs gain their list-only aggregates (mean score, ok count) on a re-read.
			if (events.some((e) => e.type === 'RunFinished' && e.payload.script_name === script)) void readFirstPage().catch(() => undefined);
		},
		onPoll: readFirstPage,
	});

	const hasActive = list.runs.some(isActive);
	const hasFresh = Object.keys(list.changed).length > 0;
	const now = useNow(
		hasFresh ? 250 : 1000,
		hasActive || hasFresh,
		list.runs.map((r) => r.triggered_at),
	);
	useEffect(() => {
		// Let highlights expire: drop the stale ones once nothing is fresh any more.
		if (hasFresh && !Object.keys(pruneChanged(list.changed, now)).length) setList((current) => ({ ...current, changed: {} }));
	}, [now, hasFresh, list.changed]);

	const visible = list.runs.filter((r) => filter.matches(`${r.id} ${r.status} ${r.channel} ${r.triggered_by ?? ''} ${r.notes ?? ''}`));
	const side = app.columns >= SIDE_PANE_MIN_COLUMNS;
	const formHeight = triggering ? TRIGGER_FORM_HEIGHT : 0;
	const room = app.viewRows - 2 - filter.height - formHeight - MIN_LIST_ROWS - (staleLine ? 1 : 0);
	// Sized for the fullest run of the list, so moving the selection never moves the pane.
	const stackedPane = side || room < 6 ? 0 : Math.min(room, Math.floor(app.viewRows / 2), Math.max(6, ...list.runs.map(runDetailHeight)));
	const listHeight = Math.max(1, app.viewRows - 2 - filter.height - formHeight - stackedPane - (staleLine ? 1 : 0));
	const busy = filter.editing || triggering;
	const nav = useListNavigation({
		count: visible.length,
		pageSize: listHeight,
		isActive: !busy,
		onOpen: (index) => app.push({ kind: 'run', runId: visible[index].id }),
		onReachEnd: () => void loadMore(),
	});
	const selected: BenchRun | undefined = visible[nav.selected];

	useKeys(
		['runs', 'list'],
		{
			filter: filter.open,
			'clear-filter': filter.query ? filter.clear : undefined,
			refresh: firstPage.reload,
			copy: () => selected && app.copy(String(selected.id), 'run id'),
			mark: () => selected && app.toggleMark(selected.id, selected.bench_id),
			cases: () => app.push({ kind: 'cases', projectId, script }),
			history: () => app.push({ kind: 'history', projectId, script }),
			trigger: () => setTriggering(true),
			cancel: async () => {
				if (!selected) return;
				const after = await actions.cancel(selected, script);
				if (after) setList((current) => upsertRun(current, after));
			},
			delete: async () => {
				if (!selected) return;
				if (await actions.remove(selected, script)) setList((current) => removeRun(current, selected.id));
			},
			rerun: async () => {
				if (!selected) return;
				const run = await actions.rerun(selected, projectId, script);
				if (run) setList((current) => upsertRun(current, run));
			},
		},
		{ isActive: !busy },
	);

	const columns = fitColumns(runColumns(list, now), side ? app.columns - sidePaneWidth(app.columns) - 1 : app.columns);
	// Columns the list could not use go to the pane rather than to blank space between the two.
	const listWidth = side ? tableWidth(columns) : app.columns;
	const paneWidth = app.columns - listWidth - 1;
	const table = (
		<TableList
			columns={columns}
			rows={visible}
			nav={nav}
			height={listHeight}
			width={listWidth}
			marked={(run) => app.marks.includes(run.id)}
			empty={
				unreachable ??
				(loading ? `loading runs${drawing.ellipsis}` : filter.query ? 'no run matches the filter' : `no runs of ${sanitize(script)} yet ${drawing.dash} press t to trigger one`)
			}
		/>
	);
	return (
		<Box flexDirection="column">
			{staleLine ? <UnreachableLine text={unreachable} /> : null}
			{side ? (
				<Box>
					{table}
					<Box marginLeft={1}>
						<RunDetail run={selected} width={paneWidth} height={Math.min(listHeight + 1, 14)} now={now} />
					</Box>
				</Box>
			) : (
				<>
					{table}
					{stackedPane ? <RunDetail run={selected} width={app.columns} height={stackedPane} now={now} /> : null}
				</>
			)}
			<FilterBar {...filter.bar} />
			{triggering ? (
				<TriggerForm
					projectId={projectId}
					script={script}
					onCancel={() => setTriggering(false)}
					onSubmit={async (request) => {
						setTriggering(false);
						const run = await actions.trigger(projectId, script, request);
						if (run) setList((current) => upsertRun(current, run));
					}}
				/>
			) : (
				<KeyHints keys={RUN_KEYS} />
			)}
		</Box>
	);
}
