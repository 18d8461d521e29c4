// The layers of source/ and which may import which: the one table behind the boundaries rule (README: Development).

const FOLDERS = ['wire', 'client', 'io', 'state', 'look', 'ui', 'commands', 'server'];

/** Each folder of source/ is an element; the files directly in source/ belong to `root` and are told apart by name. */
export const ELEMENTS = [
	...FOLDERS.map((folder) => ({ type: folder, pattern: `source/${folder}`, partialMatch: false })),
	{ type: 'root', pattern: 'source', partialMatch: false },
];

/** What each layer may import besides itself. */
export const MAY_IMPORT = {
	wire: [],
	client: ['wire'],
	io: ['client', 'state', 'look', 'wire'],
	state: ['look', 'wire'],
	look: ['wire'],
	ui: ['io', 'client', 'state', 'look', 'wire'],
	commands: ['io', 'client', 'state', 'look', 'wire', 'config.ts', 'server'],
	server: ['wire'],
	// The config file's parse error names a line and column, located by state/json-text.ts (pure, no I/O).
	'config.ts': ['state'],
	'interactive.tsx': ['ui', 'commands', 'server', 'io', 'client', 'state', 'look', 'wire', 'config.ts'],
	'cli.tsx': ['interactive.tsx', 'commands', 'config.ts'],
};

/** Type-only imports allowed on top of MAY_IMPORT (they leave no runtime edge). */
export const MAY_IMPORT_TYPES = {
	look: ['state'],
};

/** A layer's name as a boundaries element selector. */
function select(layer) {
	return FOLDERS.includes(layer) ? { type: layer } : { type: 'root', fileInternalPath: layer };
}

export function layerPolicies() {
	return [
		...Object.entries(MAY_IMPORT).map(([from, to]) => ({
			from: { element: select(from) },
			allow: { to: { element: [from, ...to].map(select) } },
		})),
		...Object.entries(MAY_IMPORT_TYPES).map(([from, to]) => ({
			from: { element: select(from) },
			allow: { to: { element: to.map(select) }, dependency: { kind: 'type' } },
		})),
	];
}
