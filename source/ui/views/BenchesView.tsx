// A project's benches: script, judge, cases, the latest run (status, score, cost, when) and sparklines of mean
// score and cost over recent runs. Live from the hub (polling as a fallback). Enter opens the bench's runs.
import { Box } from 'ink';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProjectBenchSummary } from '../../wire/types.js';
import { applyBenchEvents, emptyBenchRows, trendOf, TREND_RUNS, type BenchRows } from '../../state/bench-summaries.js';
import { formatAgo, formatScore, formatUsd } from '../../state/format.js';
import { CHANGE_HIGHLIGHT_MS } from '../../state/runs-list.js';
import { sanitize } from '../../look/sanitize.js';
import { FilterBar, useListFilter } from '../components/FilterBar.js';
import { KeyHints } from '../components/KeyHints.js';
import type { KeyRef } from '../keymap.js';
import { sparkline } from '../components/Sparkline.js';
import { StatusGlyph } from '../components/StatusGlyph.js';
import { fitColumns, type Column } from '../components/Table.js';
import { TableList } from '../components/TableList.js';
import { UnreachableLine, useUnreachableText } from '../components/Unreachable.js';
import { NotFoundError } from '../../client/errors.js';
import { TRIGGER_FORM_HEIGHT, TriggerForm } from '../components/TriggerForm.js';
import { useApp, useClient } from '../context.js';
import { statusLook } from '../../look/status.js';
import { inParallel } from '../../io/in-parallel.js';
import { firstScreenKey, takeFirstScreen } from '../../io/first-screen.js';
import { useKeys } from '../hooks/useKeys.js';
import { useListNavigation } from '../hooks/useListNavigation.js';
import { useNow } from '../hooks/useNow.js';
import { useProjectEvents } from '../hooks/useProjectEvents.js';
import { useRequest } from '../hooks/useRequest.js';
import { useRunActions } from '../hooks/useRunActions.js';
import type { Route } from '../routes.js';
import { drawing } from '../../look/drawing.js';

const TREND_WIDTH = 12;
const TREND_FETCH_PARALLEL = 4;
/** Before the view's first effect: nothing is fetched. */
const NO_TREND_FETCHES = { signal: AbortSignal.abort(), pending: new Set<string>() };
const BENCH_KEYS: readonly KeyRef[] = [['list', 'open'], ['benches', 'cases'], ['benches', 'history'], ['benches', 'trigger'], ['list', 'filter'], ['list', 'refresh'], ['list', 'copy']];

function columns(rows: BenchRows, now: number): Column<ProjectBenchSummary>[] {
	const fresh = (b: ProjectBenchSummary) => now - (rows.changed[b.script_name] ?? 0) < CHANGE_HIGHLIGHT_MS;
	return [
		{
			key: 'status',
			header: 'LATEST',
			width: 11,
			priority: 1,
			cell: (b) => {
				const status = b.latest_run_status;
				const look = statusLook(status);
				const text = status ? `${look.glyph} ${look.word}` : `${drawing.dash} none`;
				const spinning = status === 'running' || status === 'pending';
				return { text, color: look.color, changed: fresh(b), node: spinning ? <StatusGlyph status={status} /> : undefined };
			},
		},
		{ key: 'script', header: 'SCRIPT', width: 16, priority: 1, grow: true, cell: (b) => ({ text: sanitize(b.script_name), bold: true }) },
		{ key: 'judge', header: 'JUDGE', width: 14, priority: 5, cell: (b) => ({ text: sanitize(b.judge_script_name ?? drawing.dash), dim: true }) },
		{ key: 'cases', header: 'CASES', width: 5, priority: 3, align: 'right', cell: (b) => String(b.case_count) },
		{ key: 'run', header: 'RUN', width: 6, priority: 4, align: 'right', cell: (b) => (b.latest_run_id === null ? drawing.dash : String(b.latest_run_id)) },
		{ key: 'score', header: 'SCORE', width: 6, priority: 2, align: 'right', cell: (b) => ({ text: formatScore(b.latest_run_mean_score), changed: fresh(b) }) },
		{ key: 'score-trend', header: 'SCORE TREND', width: TREND_WIDTH, priority: 3, cell: (b) => ({ text: sparkline(rows.trends[b.script_name]?.scores ?? [], TREND_WIDTH), color: 'green' }) },
		{ key: 'cost', header: 'COST', width: 8, priority: 2, align: 'right', cell: (b) => ({ text: formatUsd(b.latest_run_cost_usd), changed: fresh(b) }) },
		{ key: 'cost-trend', header: 'COST TREND', width: TREND_WIDTH, priority: 6, cell: (b) => ({ text: sparkline(rows.trends[b.script_name]?.costs ?? [], TREND_WIDTH), color: 'yellow' }) },
		{ key: 'when', header: 'WHEN', width: 8, priority: 4, cell: (b) => ({ text: formatAgo(b.latest_run_at, now), dim: true }) },
	];
}

export function BenchesView({ route }: { route: Extract<Route, { kind: 'benches' }> }) {
	const { projectId } = route;
	const client = useClient();
	const app = useApp();
	const actions = useRunActions();
	const filter = useListFilter();
	// Rows prefetched for the first frame (io/first-screen.ts) stand for the first load.
	const [firstScreen] = useState(() => takeFirstScreen<ProjectBenchSummary[]>(firstScreenKey.benches(projectId)));
	const [rows, setRows] = useState<BenchRows>(() => (firstScreen ? { ...emptyBenchRows(), benches: firstScreen } : emptyBenchRows()));
	const [triggering, setTriggering] = useState<string | null>(null);
	const trendsAsked = useRef(new Set<string>());
	// Trend fetches belong to the view, not to the effect run that asked for them (scrolling asks for more rows while
	// earlier ones still load): one signal while the view is shown, aborted when it unmounts, hides or changes project;
	// the benches whose trend was then still to come are asked again when it shows.
	const trendFetches = useRef<{ signal: AbortSignal; pending: Set<string> }>(NO_TREND_FETCHES);
	useEffect(() => {
		const controller = new AbortController();
		const fetches = { signal: controller.signal, pending: new Set<string>() };
		const asked = trendsAsked.current;
		trendFetches.current = fetches;
		return () => {
			controller.abort();
			for (const script of fetches.pending) asked.delete(script);
		};
	}, [client, projectId]);

	const loadTrends = useCallback(
		(scripts: string[]) => {
			const { signal, pending } = trendFetches.current;
			for (const script of scripts) pending.add(script);
			return inParallel(scripts, TREND_FETCH_PARALLEL, async (script) => {
				const runs = signal.aborted ? null : await client.benches.listRuns(projectId, script, { limit: TREND_RUNS }, { signal }).catch(() => null);
				if (signal.aborted) return;
				pending.delete(script);
				if (runs) setRows((r) => ({ ...r, trends: { ...r.trends, [script]: trendOf(runs) } }));
			});
		},
		[client, projectId],
	);

	const request = useRequest((signal) => client.benches.listSummaries(projectId, { signal }), [client, projectId], {
		context: `benches of project ${projectId}`,
		initial: () => firstScreen,
		onData: (benches) => setRows((r) => ({ ...r, benches })),
	});
	// A project that does not exist will not start existing: say so, and stop polling it.
	const notFound = request.error instanceof NotFoundError;
	const unreachable = useUnreachableText({ ...request, stale: rows.benches.length > 0 });
	const staleLine = unreachable !== undefined && rows.benches.length > 0;

	// The hub's re-reads and the polling fallback, owned by useProjectEvents (it stops them with the view).
	useProjectEvents(
		projectId,
		{
		onEvents: (events) => {
			setRows((current) => applyBenchEvents(current, events));
			// A finished run changes the list-only numbers (mean score) and the trends: re-read them.
			const finished = [...new Set(events.filter((e) => e.type === 'RunFinished').map((e) => e.payload.script_name))];
			if (finished.length) {
				void request.refresh().catch(() => undefined);
				void loadTrends(finished);
			}
		},
		onPoll: request.refresh,
		},
		{ enabled: !notFound },
	);

	const now = useNow(
		1000,
		Object.keys(rows.changed).length > 0 || rows.benches.some((b) => b.latest_run_status === 'running'),
		rows.benches.map((b) => b.latest_run_at),
	);
	const visible = rows.benches.filter((b) => filter.matches(`${b.script_name} ${b.judge_script_name ?? ''}`));
	const formHeight = triggering ? TRIGGER_FORM_HEIGHT : 0;
	const height = Math.max(1, app.viewRows - 2 - filter.height - formHeight - (staleLine ? 1 : 0));
	const busy = filter.editing || triggering !== null;
	const nav = useListNavigation({
		count: visible.length,
		pageSize: height,
		isActive: !busy,
		onOpen: (index) => app.push({ kind: 'runs', projectId, script: visible[index].script_name }),
	});
	const selected = visible[nav.selected];

	// Trends are fetched lazily, for the rows in view (bounded parallelism), once per bench.
	const inView = visible.slice(nav.offset, nav.offset + height).map((b) => b.script_name);
	useEffect(() => {
		const missing = inView.filter((script) => !trendsAsked.current.has(script));
		if (!missing.length) return;
		for (const script of missing) trendsAsked.current.add(script);
		void loadTrends(missing);
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, [inView.join('\n'), loadTrends]);

	useKeys(
		['benches', 'list'],
		{
			filter: filter.open,
			'clear-filter': filter.query ? filter.clear : undefined,
			refresh: request.reload,
			copy: () => selected && app.copy(String(selected.bench_id), 'bench id'),
			cases: () => selected && app.push({ kind: 'cases', projectId, script: selected.script_name }),
			history: () => selected && app.push({ kind: 'history', projectId, script: selected.script_name }),
			trigger: () => selected && setTriggering(selected.script_name),
		},
		{ isActive: !busy },
	);

	const cols = fitColumns(columns(rows, now), app.columns);
	return (
		<Box flexDirection="column">
			{staleLine ? <UnreachableLine text={unreachable} /> : null}
			<TableList
				columns={cols}
				rows={visible}
				nav={nav}
				height={height}
				empty={
					notFound
						? `project ${projectId} not found ${drawing.dash} :project N opens another, Esc the list of projects`
						: (unreachable ??
							(request.loading ? `loading benches${drawing.ellipsis}` : filter.query ? 'no bench matches the filter' : `no benches in project ${projectId}`))
				}
			/>
			<FilterBar {...filter.bar} />
			{triggering ? (
				<TriggerForm
					projectId={projectId}
					script={triggering}
					onCancel={() => setTriggering(null)}
					onSubmit={(request) => {
						const script = triggering;
						setTriggering(null);
						void actions.trigger(projectId, script, request);
					}}
				/>
			) : (
				<KeyHints keys={BENCH_KEYS} />
			)}
		</Box>
	);
}
