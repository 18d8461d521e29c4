// The live result feed of one run (route `run`): a pinned header, a virtualized results list that follows new
// results like `tail -f` until the user scrolls up, a status/sort filter, and a detail pane for the selected result
// (beside the list on wide terminals, below it — toggled with Enter or d — on narrow ones): the inspector's sections,
// which `o` (or Enter while the pane shows) opens full screen.
import { Box } from 'ink';
import { Text } from '../components/Text.js';
import { useEffect, useMemo, useState } from 'react';
import { outputNote } from '../../state/feed-detail.js';
import { inspectorSections, layoutInspector, type CaseLookup, type DisplayLine, type InspectorSection } from '../../state/inspector.js';
import { sanitize } from '../../look/sanitize.js';
import { FEED_HEADER_HEIGHT, FeedHeader } from '../components/feed/FeedHeader.js';
import { FeedColumns, FeedRowLine } from '../components/feed/FeedRowLine.js';
import { InspectorPane, maxScroll } from '../components/inspector/InspectorPane.js';
import { useResultOutput } from '../components/feed/useResultOutput.js';
import { useRunFeed } from '../components/feed/useRunFeed.js';
import { FilterBar, useListFilter } from '../components/FilterBar.js';
import { VirtualList } from '../components/VirtualList.js';
import { useApp, useClient } from '../context.js';
import { useFrameCappedStore, type SnapshotStore } from '../hooks/useFrameCappedStore.js';
import { useKeys } from '../hooks/useKeys.js';
import { useListNavigation } from '../hooks/useListNavigation.js';
import type { Route } from '../routes.js';
import type { RunFeed } from '../../state/run-feed.js';
import { drawing } from '../../look/drawing.js';

/** At this width and above the detail pane sits beside the list and is shown by default. */
export const WIDE_COLUMNS = 110;
const DETAIL_STEP = 3;
/** While following a live run, the detail pane moves to the newest result at most this often. */
const DETAIL_SAMPLES_PER_SECOND = 1;
/** The pane previews each value (inputs, output, error) up to this many lines; the inspector (o) shows all. */
const PANE_PREVIEW_LINES = 300;

export function RunFeedView({ route }: { route: Extract<Route, { kind: 'run' }> }) {
	const app = useApp();
	const client = useClient();
	const { feed, run, bench, cases } = useRunFeed(route.runId);
	const filter = useListFilter();
	const wide = app.columns >= WIDE_COLUMNS;
	const [detailToggled, setDetailToggled] = useState(false);
	const detailShown = wide ? !detailToggled : detailToggled;
	// The detail pane's scroll belongs to the result it was scrolled on: another result starts at the top.
	const [detailScroll, setDetailScroll] = useState<{ id: number | undefined; lines: number }>({ id: undefined, lines: 0 });

	useEffect(() => {
		if (feed.query.text !== filter.query) feed.setQuery({ text: filter.query });
	}, [feed, filter.query]);

	// Height budget: header, optional filter bar, the list (with its column titles), the status line.
	const body = Math.max(3, app.viewRows - FEED_HEADER_HEIGHT - filter.height - 1);
	const listWidth = wide && detailShown ? Math.floor(app.columns * 0.55) : app.columns;
	const detailWidth = wide ? app.columns - listWidth - 2 : app.columns;
	// A blank column between the list's last column and the side pane's border.
	const rowWidth = wide && detailShown ? listWidth - 1 : listWidth;
	const listHeight = wide || !detailShown ? body - 1 : Math.max(2, Math.floor(body / 2) - 1);
	const detailHeight = wide ? body : body - 1 - listHeight - 1;

	const rows = feed.rows();
	// Before the list keys, so the feed's Enter (detail pane, then the inspector) and G (follow) win over the list's.
	useKeys(
		['feed'],
		{
			'open-detail': () => (detailShown ? inspect() : setDetailToggled(true)),
			inspect,
			'toggle-detail': () => setDetailToggled((toggled) => !toggled),
			// The last row is where the feed follows new results.
			follow: () => navigation.setSelected(rows.length - 1),
			'cycle-status': () => feed.cycleStatusFilter(),
			'cycle-status-back': () => feed.cycleStatusFilter(-1),
			'cycle-verdict': () => feed.cycleVerdictFilter(),
			failures: () => feed.toggleFailuresOnly(),
			'cycle-sort': () => feed.cycleSort(),
			'detail-down': () => scrollDetail(Math.min(scroll + DETAIL_STEP, maxScroll(lines.length, detailHeight))),
			'detail-up': () => scrollDetail(Math.max(0, scroll - DETAIL_STEP)),
			'copy-execution': () => {
				const executionId = selected && feed.get(selected.id)?.workflow_execution_id;
				if (executionId) app.copy(executionId, 'workflow execution id');
				else app.notify('this result has no workflow execution');
			},
			mark: () => app.toggleMark(route.runId, run?.bench_id),
			'cancel-run': () => void cancelRun(),
			promote: () => void promote(),
		},
		{ isActive: !filter.editing },
	);

	const navigation = useListNavigation({
		count: rows.length,
		pageSize: listHeight,
		isActive: !filter.editing,
		follow: true,
	});
	const selected = rows[navigation.selected];
	// Follow state has one owner, this view: it follows (like `tail -f`) exactly while the selection is on the last row
	// (useListNavigation keeps it there as rows arrive), and remembers the feed's size when the selection left it, to
	// count what arrived since. Its own state, adjusted during render: the key that moves off the last row costs one
	// frame, and the model is never written while rendering.
	const following = rows.length === 0 || navigation.selected >= rows.length - 1;
	const [pausedAtSize, setPausedAtSize] = useState<number | null>(null);
	if (following !== (pausedAtSize === null)) setPausedAtSize(following ? null : feed.size);
	const newSincePaused = pausedAtSize === null ? 0 : feed.size - pausedAtSize;

	// While following a live stream the selection changes every redraw; the pane then follows the newest result at most
	// once a second. The id is followed, not the row: a backfill replaces the row object when it enriches it.
	const followingLive = following && feed.terminal === null;
	// Subscribed only while following live, from the newest id at that moment.
	const newest = useMemo(() => (followingLive ? newestResultId(feed) : NOT_FOLLOWING), [feed, followingLive]);
	const newestId = useFrameCappedStore(newest, DETAIL_SAMPLES_PER_SECOND);
	const shownId = followingLive ? newestId : selected?.id;
	const shown = shownId === undefined ? undefined : feed.get(shownId);
	const output = useResultOutput(feed, shown, detailShown, followingLive);
	const benchCase: CaseLookup = !shown || cases === null ? 'loading' : (cases.get(shown.case_id) ?? 'missing');
	// Rebuilt when the shown result changes: a result is replaced (not mutated) when a backfill enriches it.
	const lines = useMemo(() => {
		if (!shown || !detailShown) return [];
		const sections = inspectorSections({ result: shown, benchCase, run, outputNote: outputNote(output), previewLines: PANE_PREVIEW_LINES });
		return [paneTitle(`case ${sanitize(feed.caseLabel(shown))}`), ...layoutInspector(paneOrder(sections), detailWidth, true).lines];
	}, [shown, output, detailWidth, detailShown, benchCase, run, feed]);
	const scroll = Math.min(detailScroll.id === shown?.id ? detailScroll.lines : 0, maxScroll(lines.length, detailHeight));
	const scrollDetail = (top: number) => setDetailScroll({ id: shown?.id, lines: top });

	const scriptName = bench ? sanitize(bench.script_name) : 'unknown script';
	useKeys(
		['list'],
		{ filter: filter.open, 'clear-filter': filter.query ? filter.clear : undefined, copy: () => selected && app.copy(selected.case_id, 'case id') },
		{ isActive: !filter.editing },
	);

	function inspect() {
		if (!selected) return app.notify('no result selected');
		app.push({ kind: 'inspect', runId: route.runId, caseId: selected.case_id, resultId: selected.id });
	}

	async function cancelRun() {
		if (feed.terminal) return app.notify(`run ${route.runId} already ended (${feed.terminal})`);
		const yes = await app.confirm({ question: `Cancel run ${route.runId} (${scriptName})?`, confirmLabel: 'Cancel run' });
		if (!yes) return;
		try {
			feed.setRun(await client.benchRuns.cancel(route.runId));
			app.notify(`run ${route.runId}: cancel requested; in-flight cases finish first`);
		} catch (error) {
			app.reportError(error, `cancel run ${route.runId}`);
		}
	}

	async function promote() {
		const executionId = selected && feed.get(selected.id)?.workflow_execution_id;
		if (!selected || !executionId) return app.notify('this result has no workflow execution to promote');
		const name = await app.prompt({
			question: 'Name of the new case',
			initial: sanitize(feed.caseName(selected) ?? ''),
			validate: (value) => (value.trim() ? undefined : 'a name is required'),
		});
		if (name !== null) app.push({ kind: 'promote', executionId, name: name.trim() });
	}

	const list = (
		<Box flexDirection="column" width={listWidth}>
			<FeedColumns width={rowWidth} />
			<Box height={listHeight} flexDirection="column">
				<VirtualList
					items={rows}
					selected={navigation.selected}
					offset={navigation.offset}
					height={listHeight}
					renderRow={(row, _index, isSelected) => (
						<FeedRowLine result={row} label={feed.caseLabel(row)} selected={isSelected} width={rowWidth} />
					)}
					empty={<Text dimColor>{feed.size === 0 ? (feed.terminal ? 'no results' : `waiting for results${drawing.ellipsis}`) : 'no results match'}</Text>}
				/>
			</Box>
		</Box>
	);
	const detail = detailShown ? (
		lines.length ? (
			<InspectorPane lines={lines} scroll={scroll} height={detailHeight} width={detailWidth} />
		) : (
			<Text dimColor>no result selected</Text>
		)
	) : null;

	return (
		<Box flexDirection="column" height={app.viewRows} overflow="hidden">
			<FeedHeader feed={feed} run={run} bench={bench} width={app.columns} />
			<FilterBar {...filter.bar} />
			{wide ? (
				<Box flexDirection="row" height={body}>
					{list}
					{detail ? (
						<Box borderStyle={drawing.border} borderTop={false} borderBottom={false} borderRight={false} paddingLeft={1} height={body}>
							{detail}
						</Box>
					) : null}
				</Box>
			) : (
				<Box flexDirection="column" height={body}>
					{list}
					{detail ? <Text dimColor>{drawing.rule.repeat(Math.max(0, app.columns))}</Text> : null}
					{detail}
				</Box>
			)}
			<FeedStatusLine
				filterText={feed.query.status === 'all' ? 'all statuses' : feed.query.status}
				verdictText={feed.query.verdict === 'all' ? '' : ` ${drawing.dot} verdict: ${feed.query.verdict} (v)`}
				failuresOnly={feed.query.failuresOnly}
				sort={feed.query.sort}
				shown={rows.length}
				total={feed.size}
				following={following}
				ended={feed.terminal !== null}
				newCount={newSincePaused}
				width={app.columns}
			/>
		</Box>
	);
}

const NOT_FOLLOWING: SnapshotStore<undefined> = { subscribe: () => () => undefined, getSnapshot: () => undefined };

/** The feed as a store of the id of its last row (where a following selection sits). */
function newestResultId(feed: RunFeed): SnapshotStore<number | undefined> {
	return { subscribe: (onChange) => feed.subscribe(onChange), getSnapshot: () => feed.rows().at(-1)?.id };
}

/** The pane's first line names the case (the sections below repeat it in full). */
function paneTitle(text: string): DisplayLine {
	return { tokens: [{ text, kind: 'label' }], section: 0, heading: true, text };
}

/** The pane leads with the result and its output (what a glance at a row asks); the case follows. */
function paneOrder(sections: InspectorSection[]): InspectorSection[] {
	return [...sections.slice(1), sections[0]];
}

interface FeedStatusLineProps {
	filterText: string;
	verdictText: string;
	failuresOnly: boolean;
	sort: string;
	shown: number;
	total: number;
	following: boolean;
	ended: boolean;
	newCount: number;
	width: number;
}

/** The follow state comes before the filter and sort, so a narrow terminal truncates those first. */
function FeedStatusLine(props: FeedStatusLineProps) {
	return (
		<Box height={1} width={props.width} overflow="hidden">
			<Text wrap="truncate">
				<Text dimColor>{`${props.shown}/${props.total} shown ${drawing.dot} `}</Text>
				{props.ended ? (
					<Text dimColor>run ended</Text>
				) : props.following ? (
					<Text color="green">following</Text>
				) : (
					<Text color="yellow">{`paused ${drawing.dot} ${props.newCount} new ${drawing.arrowDown} (G to follow)`}</Text>
				)}
				{props.failuresOnly ? <Text color="red">{` ${drawing.dot} failures only (x)`}</Text> : null}
				<Text dimColor>{` ${drawing.dot} status: ${props.filterText} (f)${props.verdictText} ${drawing.dot} sort: ${props.sort} (s)`}</Text>
			</Text>
		</Box>
	);
}
