// The projects list: Enter opens a project's benches.
import { Box } from 'ink';
import type { Project } from '../../wire/types.js';
import { formatAgo } from '../../state/format.js';
import { sanitize } from '../../look/sanitize.js';
import { firstScreenKey, takeFirstScreen } from '../../io/first-screen.js';
import { FilterBar, useListFilter } from '../components/FilterBar.js';
import { KeyHints } from '../components/KeyHints.js';
import { fitColumns, type Column } from '../components/Table.js';
import { TableList } from '../components/TableList.js';
import { UnreachableLine, useUnreachableText } from '../components/Unreachable.js';
import { useApp, useClient } from '../context.js';
import { useKeys } from '../hooks/useKeys.js';
import { useListNavigation } from '../hooks/useListNavigation.js';
import { useRequest } from '../hooks/useRequest.js';
import type { Route } from '../routes.js';
import { drawing } from '../../look/drawing.js';

const COLUMNS: Column<Project>[] = [
	{ key: 'id', header: 'ID', width: 5, priority: 1, align: 'right', cell: (p) => String(p.id) },
	{ key: 'name', header: 'PROJECT', width: 24, priority: 1, grow: true, cell: (p) => ({ text: sanitize(p.name), bold: true }) },
	{ key: 'created', header: 'CREATED', width: 12, priority: 2, cell: (p) => ({ text: formatAgo(p.created_at), dim: true }) },
];

export function ProjectsView(_props: { route: Extract<Route, { kind: 'projects' }> }) {
	const client = useClient();
	const app = useApp();
	const filter = useListFilter();
	const projects = useRequest((signal) => client.projects.list({ signal }), [client], {
		context: 'projects',
		initial: () => takeFirstScreen<Project[]>(firstScreenKey.projects()),
	});
	const rows = (projects.data ?? []).filter((p) => filter.matches(`${p.id} ${p.name}`));
	const unreachable = useUnreachableText({ ...projects, stale: projects.data !== undefined });
	const staleLine = unreachable && projects.data !== undefined;
	const height = Math.max(1, app.viewRows - 2 - filter.height - (staleLine ? 1 : 0));
	const nav = useListNavigation({
		count: rows.length,
		pageSize: height,
		isActive: !filter.editing,
		onOpen: (index) => app.push({ kind: 'benches', projectId: rows[index].id }),
	});
	const selected = rows[nav.selected];
	useKeys(
		['list'],
		{
			filter: filter.open,
			'clear-filter': filter.query ? filter.clear : undefined,
			refresh: projects.reload,
			copy: () => selected && app.copy(String(selected.id), 'project id'),
		},
		{ isActive: !filter.editing },
	);
	const columns = fitColumns(COLUMNS, app.columns);
	return (
		<Box flexDirection="column">
			{staleLine ? <UnreachableLine text={unreachable} /> : null}
			<TableList
				columns={columns}
				rows={rows}
				nav={nav}
				height={height}
				empty={unreachable ?? (projects.loading ? `loading projects${drawing.ellipsis}` : filter.query ? 'no project matches the filter' : 'no projects')}
			/>
			<FilterBar {...filter.bar} />
			<KeyHints keys={[['list', 'open'], ['list', 'filter'], ['list', 'refresh'], ['list', 'copy']]} />
		</Box>
	);
}
