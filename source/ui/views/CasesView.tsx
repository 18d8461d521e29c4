// The cases of one bench: name, id, the inputs in one line, when created; cases that no longer fit the published
// contract are marked (✗ red) and the selected one's break is shown under the list. Its keys are KEYMAP's `cases`
// and `list` scopes.
import { Box } from 'ink';
import { useRef } from 'react';
import { Text } from '../components/Text.js';
import type { BenchCase, DriftReport } from '../../wire/types.js';
import { caseFilterText, caseLabel, driftedCases, inputsSummary } from '../../state/case-list.js';
import { formatAgo } from '../../state/format.js';
import { forgetBenchCases } from '../../io/bench-cases.js';
import { sanitize } from '../../look/sanitize.js';
import { FilterBar, useListFilter } from '../components/FilterBar.js';
import { fitColumns, type Column } from '../components/Table.js';
import { TableList } from '../components/TableList.js';
import { useActions, useApp, useClient } from '../context.js';
import { glyphs } from '../../look/glyphs.js';
import { useKeys } from '../hooks/useKeys.js';
import { useListNavigation } from '../hooks/useListNavigation.js';
import { useRequest } from '../hooks/useRequest.js';
import type { Route } from '../routes.js';
import { drawing } from '../../look/drawing.js';

interface CasesData {
	cases: BenchCase[];
	/** null when the drift check failed (the list still shows). */
	drift: DriftReport | null;
}

function caseColumns(drifted: ReadonlyMap<string, string>): Column<BenchCase>[] {
	return [
		{
			key: 'drift',
			header: '',
			width: 1,
			priority: 1,
			cell: (c) => (drifted.has(c.id) ? { text: glyphs.fail, color: 'red' } : { text: ' ' }),
		},
		{ key: 'name', header: 'NAME', width: 24, priority: 1, cell: (c) => ({ text: sanitize(c.case_name ?? drawing.dash), bold: true, dim: !c.case_name }) },
		{ key: 'id', header: 'ID', width: 14, priority: 2, cell: (c) => ({ text: sanitize(c.id), dim: true }) },
		{ key: 'inputs', header: 'INPUTS', width: 20, priority: 3, grow: true, cell: (c) => sanitize(inputsSummary(c.inputs)) },
		{ key: 'created', header: 'CREATED', width: 10, priority: 4, cell: (c) => ({ text: formatAgo(c.created_at), dim: true }) },
	];
}

export function CasesView({ route }: { route: Extract<Route, { kind: 'cases' }> }) {
	const { projectId, script } = route;
	const client = useClient();
	const app = useApp();
	const filter = useListFilter();
	// Read again whenever the list is back on top (its hidden <Activity> re-runs the loader's effect), so cases
	// saved, created or promoted in the editor show.
	// Through a ref: the loader must not run again because an action's identity changed.
	const reportError = useRef(useActions().reportError);
	const loaded = useRequest<CasesData>(
		async (signal) => {
			const [cases, drift] = await Promise.all([
				client.benches.listCases(projectId, script, { signal }),
				// The list shows without drift marks; why they are missing is said in the banner.
				client.benches.contractDrift(projectId, script, { signal }).catch((error: unknown) => {
					if (!signal.aborted) reportError.current(error, `contract drift of ${sanitize(script)}`);
					return null;
				}),
			]);
			return { cases, drift };
		},
		[client, projectId, script],
		{ context: `cases of ${sanitize(script)}` },
	);

	const cases = loaded.data?.cases ?? [];
	const drifted = driftedCases(loaded.data?.drift);
	const visible = cases.filter((c) => filter.matches(caseFilterText(c)));
	const footerHeight = 1;
	const listHeight = Math.max(1, app.viewRows - 2 - filter.height - footerHeight);
	const nav = useListNavigation({
		count: visible.length,
		pageSize: listHeight,
		isActive: !filter.editing,
		onOpen: (index) => app.push({ kind: 'case', caseId: visible[index].id }),
	});
	const selected: BenchCase | undefined = visible[nav.selected];

	useKeys(
		['cases', 'list'],
		{
			filter: filter.open,
			'clear-filter': filter.query ? filter.clear : undefined,
			refresh: loaded.reload,
			copy: () => selected && app.copy(selected.id, 'case id'),
			new: () => app.push({ kind: 'new-case', projectId, script }),
			delete: async () => {
				if (!selected) return;
				const yes = await app.confirm({ question: `Delete case "${sanitize(caseLabel(selected))}" (${sanitize(selected.id)})?`, confirmLabel: 'Delete case' });
				if (!yes) return;
				try {
					await client.benchRuns.deleteCase(selected.id);
					forgetBenchCases(client, projectId, script);
					loaded.setData((data) => data && { ...data, cases: data.cases.filter((c) => c.id !== selected.id) });
					app.notify(`deleted case ${sanitize(caseLabel(selected))}`);
				} catch (error) {
					app.reportError(error, `delete case ${sanitize(selected.id)}`);
				}
			},
		},
		{ isActive: !filter.editing },
	);

	const columns = fitColumns(caseColumns(drifted), app.columns);
	const driftCount = drifted.size;
	const driftUnknown = loaded.data !== undefined && loaded.data.drift === null;
	const breakOfSelected = selected ? drifted.get(selected.id) : undefined;
	return (
		<Box flexDirection="column" height={app.viewRows} overflow="hidden">
			<Box height={1}>
				<Text bold>{`Cases ${drawing.dot} ${sanitize(script)}`}</Text>
				<Text dimColor>{loaded.data ? `  ${visible.length}${filter.query ? `/${cases.length}` : ''} case${cases.length === 1 ? '' : 's'}` : ''}</Text>
				{driftCount ? <Text color="red">{`  ${glyphs.fail} ${driftCount} drifted from the published contract`}</Text> : null}
				{driftUnknown ? <Text color="yellow">{`  ${glyphs.pending} drift check unavailable`}</Text> : null}
			</Box>
			<FilterBar {...filter.bar} />
			<TableList
				columns={columns}
				rows={visible}
				nav={nav}
				height={listHeight}
				empty={loaded.loading && !loaded.data ? `loading cases${drawing.ellipsis}` : filter.query ? 'no case matches the filter' : `no cases in ${sanitize(script)}'s bench yet ${drawing.dash} press n to add one`}
			/>
			<Box flexGrow={1} />
			{breakOfSelected !== undefined ? (
				<Text color="red" wrap="truncate-end">{`${glyphs.fail} drifted: ${sanitize(breakOfSelected)}`}</Text>
			) : (
				<Text dimColor wrap="truncate-end">
					{['n: new', 'Enter: edit', 'd: delete', '/: filter', 'y: copy id', 'r: refresh'].join(` ${drawing.dot} `)}
				</Text>
			)}
		</Box>
	);
}
