// Compare two runs: what got better, what got worse, and what it cost. A header with the aggregate and
// histograms over a virtualized per-case table; Enter opens one case side by side (CompareCaseView).
import { homedir } from 'node:os';
import { Box } from 'ink';
import { Text } from '../components/Text.js';
import { Spinner } from '../components/Spinner.js';
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import type { BenchRun, CompareReport } from '../../wire/types.js';
import { defaultExportPath, exportFormatForPath, renderCompareExport } from '../../state/compare-export.js';
import { resolveExportPath } from '../../state/export-path.js';
import { writeExport } from '../../io/export-file.js';
import { applyThreshold, parseThreshold } from '../../state/compare-threshold.js';
import { CompareModel, DEFAULT_QUERY, FILTER_LABELS, findRegression, nextSortKey, QUICK_FILTERS, SORT_LABELS, type QuickFilter, type RowQuery } from '../../state/compare.js';
import { CompareHeader, compareHeaderHeight } from '../components/compare/CompareHeader.js';
import { CompareTable, CompareTableHeader } from '../components/compare/CompareTable.js';
import { useCaseResults } from '../components/compare/useCaseResults.js';
import { useCompareReport } from '../components/compare/useCompareReport.js';
import { useBenchCase } from '../components/compare/useBenchCase.js';
import { FilterBar, useListFilter } from '../components/FilterBar.js';
import { useApp, useClient } from '../context.js';
import { glyphs } from '../../look/glyphs.js';
import { useKeys } from '../hooks/useKeys.js';
import { useListNavigation } from '../hooks/useListNavigation.js';
import type { Route } from '../routes.js';
import { CompareCaseView } from './CompareCaseView.js';
import { drawing } from '../../look/drawing.js';

/** Renders only when its route or the contexts it reads change (the App's StackedView already skips its other renders; the memo is a cheap guard for other parents). */
export const CompareView = memo(function CompareView({ route }: { route: Extract<Route, { kind: 'compare' }> }) {
	const client = useClient();
	const app = useApp();
	const { load, refresh } = useCompareReport(client, route.runA, route.runB, route.ordered === true);
	const results = useCaseResults(client);
	const loadedA = load.state === 'ready' ? load.runA.id : null;
	const loadedB = load.state === 'ready' ? load.runB.id : null;

	// The route (and so the breadcrumb) names A…B as shown: fixed after the first load, reversed by a swap. The
	// view's key ignores the order, so it stays mounted and keeps its selection.
	useEffect(() => {
		if (loadedA !== null && loadedB !== null && !route.ordered) app.replace({ kind: 'compare', runA: loadedA, runB: loadedB, ordered: true });
	}, [loadedA, loadedB, route.ordered, app]);
	const swap = () => app.replace({ kind: 'compare', runA: route.runB, runB: route.runA, ordered: true });

	useKeys(['compare'], { back: app.pop }, { isActive: load.state !== 'ready' });
	useKeys(['list'], { refresh }, { isActive: load.state === 'error' && load.retryable });

	if (load.state === 'loading') {
		return (
			<Text>
				<Spinner /> {`loading comparison of run ${route.runA} and run ${route.runB}${drawing.ellipsis}`}
			</Text>
		);
	}
	if (load.state === 'error') {
		return (
			<Box flexDirection="column">
				<Text color="red">{`${glyphs.fail} ${load.message}`}</Text>
				<Text dimColor>{load.retryable ? `r to retry ${drawing.dot} Esc to go back` : `the server refused this comparison: retrying cannot change that ${drawing.dot} Esc to go back`}</Text>
			</Box>
		);
	}
	return (
		<CompareReady
			report={load.report}
			runA={load.runA}
			runB={load.runB}
			scriptName={load.scriptName}
			swap={swap}
			refresh={() => {
				results.reset();
				refresh();
			}}
			results={results}
		/>
	);
});

/** The case the selection was on when a key changed the rows, as an index into the model it came from. */
interface Anchor {
	model: CompareModel;
	index: number;
}

/** Where the anchored case now is in `rows` (-1 if not shown): an integer scan, after a case id lookup if the report changed (swap, refresh). */
function positionOf(model: CompareModel, rows: Uint32Array, anchor: Anchor): number {
	let index = anchor.index;
	if (anchor.model !== model) {
		const caseId = anchor.model.cases[anchor.index].case_id;
		index = model.cases.findIndex((row) => row.case_id === caseId);
		if (index < 0) return -1;
	}
	return rows.indexOf(index);
}

interface ReadyProps {
	report: CompareReport;
	runA: BenchRun;
	runB: BenchRun;
	scriptName: string | null;
	swap: () => void;
	refresh: () => void;
	results: ReturnType<typeof useCaseResults>;
}

function CompareReady({ report, runA, runB, scriptName, swap, refresh, results }: ReadyProps) {
	const app = useApp();
	// |Δ| at or below the threshold counts as unchanged (t); verdict flips use the runs' pass thresholds.
	const [threshold, setThreshold] = useState(0);
	const model = useMemo(
		() => new CompareModel(applyThreshold(report, threshold), { a: runA.pass_threshold, b: runB.pass_threshold }),
		[report, threshold, runA.pass_threshold, runB.pass_threshold],
	);
	const filter = useListFilter();
	const [query, setQuery] = useState<Omit<RowQuery, 'text'>>(DEFAULT_QUERY);
	const [openCase, setOpenCase] = useState<number | null>(null);
	const benchCase = useBenchCase(runA, openCase === null ? null : model.cases[openCase].case_id);
	const [exported, setExported] = useState<string | null>(null);
	const rows = useMemo(() => model.rows({ ...query, text: filter.query }), [model, query, filter.query]);

	// After the first frame, sort the other keys one per tick so the first `o` on a big report is instant.
	useEffect(() => {
		let timer = setTimeout(function warm() {
			if (model.warmNextSortOrder()) timer = setTimeout(warm, 0);
		}, 100);
		return () => clearTimeout(timer);
	}, [model]);

	const width = app.columns;
	const withHistograms = app.viewRows >= 20;
	const headerHeight = compareHeaderHeight(width, withHistograms);
	// header, status line, filter bar, column header, table
	const tableHeight = Math.max(1, app.viewRows - headerHeight - 1 - filter.height - 1);
	const tableActive = openCase === null && !filter.editing;

	const nav = useListNavigation({ count: rows.length, pageSize: tableHeight, isActive: tableActive, onOpen: (position) => openAt(position) });
	const selectedCase = rows.length > 0 ? rows[nav.selected] : undefined;

	// When the rows change (sort, filter, swap, refresh), keep the same case selected if it is still shown.
	// Adjusted during render (no extra frame): the case to keep is noted by the key handler that changed the rows.
	const anchor = useRef<Anchor | null>(null);
	const [shownRows, setShownRows] = useState(rows);
	if (shownRows !== rows) {
		setShownRows(rows);
		const kept = anchor.current;
		anchor.current = null;
		if (kept !== null) nav.setSelected(Math.max(0, positionOf(model, rows, kept)));
	}

	const keepSelection = () => {
		if (selectedCase !== undefined) anchor.current = { model, index: selectedCase };
	};
	const changeQuery = (next: Partial<RowQuery>) => {
		keepSelection();
		setQuery((q) => ({ ...q, ...next }));
	};
	const setFilter = (quick: QuickFilter) => changeQuery({ filter: quick });

	function openAt(position: number) {
		results.ensure(runA.id);
		results.ensure(runB.id);
		setOpenCase(rows[position]);
	}

	const jump = (direction: 1 | -1) => {
		const position = findRegression(model, rows, nav.selected, direction);
		if (position < 0) app.notify('no regression among the shown cases');
		else nav.setSelected(position);
		return position;
	};

	const exportComparison = async () => {
		setExported(null); // a new export's outcome replaces the last one's
		const answer = await app.prompt({
			question: 'Export to (.md Markdown, .json JSON):',
			initial: defaultExportPath(report),
			validate: (value) => (value.trim() ? undefined : 'a path is required'),
		});
		if (answer === null) return;
		const path = resolveExportPath(answer, { home: homedir(), cwd: process.cwd() });
		const text = renderCompareExport(exportFormatForPath(path), report, { runA, runB, scriptName });
		try {
			const written = await writeExport(path, text, () => app.confirm({ question: `${path} exists. Overwrite it?`, confirmLabel: 'Overwrite' }));
			if (!written) return app.notify(`not exported: ${path} kept as it was`);
			setExported(path);
			app.notify(`exported to ${path}`);
		} catch (error) {
			app.reportError(error, `export to ${path}`);
		}
	};

	const askThreshold = async () => {
		const answer = await app.prompt({
			question: `Noise threshold (|${drawing.delta} score| at or below it counts as unchanged):`,
			initial: String(threshold),
			validate: (value) => {
				const parsed = parseThreshold(value);
				return typeof parsed === 'string' ? parsed : undefined;
			},
		});
		if (answer === null) return;
		const parsed = parseThreshold(answer);
		if (typeof parsed === 'number') {
			keepSelection();
			setThreshold(parsed);
		}
	};

	const editCase = (index: number | undefined) => {
		if (index !== undefined) app.push({ kind: 'case', caseId: model.cases[index].case_id });
	};

	// Before the compare keys, so Esc first clears an applied filter, then goes back.
	useKeys(
		['list'],
		{
			filter: filter.open,
			'clear-filter': filter.query ? filter.clear : undefined,
			refresh: () => {
				keepSelection();
				refresh();
			},
			copy: () => selectedCase !== undefined && app.copy(model.cases[selectedCase].case_id, 'case id'),
		},
		{ isActive: tableActive },
	);
	useKeys(
		['compare'],
		{
			'sort-next': () => changeQuery({ sort: nextSortKey(query.sort), reversed: false }),
			'sort-reverse': () => changeQuery({ reversed: !query.reversed }),
			'filter-next': () => setFilter(QUICK_FILTERS[(QUICK_FILTERS.indexOf(query.filter) + 1) % QUICK_FILTERS.length]),
			'filter-all': () => setFilter('all'),
			'filter-regressed': () => setFilter('regressed'),
			'filter-improved': () => setFilter('improved'),
			'filter-unchanged': () => setFilter('unchanged'),
			'filter-missing': () => setFilter('missing'),
			'filter-cost-regressed': () => setFilter('cost_regressed'),
			'filter-flipped': () => setFilter('flipped'),
			'set-threshold': () => void askThreshold(),
			'next-regression': () => jump(1),
			'previous-regression': () => jump(-1),
			swap: () => {
				keepSelection();
				swap();
			},
			export: () => void exportComparison().catch((error: unknown) => app.reportError(error, 'export')),
			'edit-case': () => editCase(selectedCase),
			back: app.pop,
		},
		{ isActive: tableActive },
	);

	if (openCase !== null) {
		return (
			<CompareCaseView
				model={model}
				caseIndex={openCase}
				runA={runA.id}
				runB={runB.id}
				benchCase={benchCase}
				onInspect={(side) => app.push({ kind: 'inspect', runId: side === 'a' ? runA.id : runB.id, caseId: model.cases[openCase].case_id })}
				results={results.results}
				onMove={(direction, regressionOnly) => {
					const position = regressionOnly ? jump(direction) : Math.max(0, Math.min(rows.length - 1, nav.selected + direction));
					if (position < 0) return;
					nav.setSelected(position);
					setOpenCase(rows[position]);
				}}
				onEdit={() => editCase(openCase)}
				onClose={() => setOpenCase(null)}
			/>
		);
	}

	const sortText = `sort ${SORT_LABELS[query.sort]}${query.reversed ? ' (reversed)' : ''}`;
	const filterText = `show ${FILTER_LABELS[query.filter]} ${model.filterCount(query.filter)}${threshold > 0 ? ` ${drawing.dot} threshold ±${threshold}` : ''}`;
	const position = rows.length ? `${nav.selected + 1}/${rows.length}` : '0/0';
	return (
		<Box flexDirection="column" height={app.viewRows} overflow="hidden">
			<CompareHeader model={model} runA={runA} runB={runB} scriptName={scriptName} width={width} withHistograms={withHistograms} />
			<Box height={1} overflow="hidden">
				<Text wrap="truncate">
					<Text bold>{position}</Text>
					<Text color="cyan">{`  ${sortText} ${drawing.dot} ${filterText}`}</Text>
					<Text dimColor>{exported ? `  exported ${drawing.arrow} ${exported}` : `  o/O sort ${drawing.dot} f 0-6 filter ${drawing.dot} t threshold ${drawing.dot} ]/[ regressions ${drawing.dot} s swap ${drawing.dot} x export ${drawing.dot} ? help`}</Text>
				</Text>
			</Box>
			<FilterBar {...filter.bar} />
			<CompareTableHeader width={width} />
			<CompareTable cases={model.cases} flips={model.flips} rows={rows} selected={nav.selected} offset={nav.offset} height={tableHeight} width={width} />
		</Box>
	);
}
