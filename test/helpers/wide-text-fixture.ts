// A demo server whose case names, workflow outputs and errors are CJK, emoji (ZWJ families, flags, skin tones),
// combining marks and right-to-left text: the text that pushes columns off the grid when measured in UTF-16 units.
import { startServer, type RunningServer } from '../../source/server/index.js';

export const WIDE_NAMES = [
	'要約テスト用ケース 🧪 長い名前の例です',
	'👨‍👩‍👧‍👦 family 🇯🇵🇺🇸🇩🇪 flags',
	'👍🏽👋🏿🙋🏻‍♀️ skin tones and more',
	'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇ combining e\u0301 n\u0303',
	'שלום עולם مرحبا بالعالم RTL',
	'한국어 테스트 케이스 이름입니다',
	'ｶﾞｷﾞｸﾞ halfwidth ＦＵＬＬＷＩＤＴＨ',
	'中文测试用例：摘要与分类',
];

/** ASCII-only stand-ins (for the LANG=C byte scan: server text is shown as it is, so it must be ASCII there). */
export const ASCII_NAMES = ['ascii case one', 'ascii case two', 'a third ascii case'];

export const SERVED_TABLES = ['projects', 'scripts', 'script_versions', 'channels', 'benches', 'cases', 'runs', 'results'];

/** Every text the server stores, made ASCII (`?` for the rest): the demo data has dashes and arrows of its own. */
export function asciifyStore(server: RunningServer): void {
	const { store } = server;
	for (const table of SERVED_TABLES) {
		const textColumns = (store.sql(`PRAGMA table_info(${table})`).all() as { name: string; type: string }[]).filter((c) => c.type === 'TEXT').map((c) => c.name);
		for (const column of textColumns) {
			const rows = store.sql(`SELECT rowid AS id, ${column} AS value FROM ${table} WHERE ${column} IS NOT NULL`).all() as { id: number; value: string }[];
			const update = store.sql(`UPDATE ${table} SET ${column} = ? WHERE rowid = ?`);
			for (const { id, value } of rows) if (/[^\x00-\x7f]/.test(value)) update.run(value.replace(/[^\x00-\x7f]/g, '?'), id);
		}
	}
}

/** Starts the demo server (no pacing) and rewrites its case names, outputs and errors with `names`. */
export async function startWideTextServer(names: readonly string[] = WIDE_NAMES): Promise<RunningServer> {
	const server = await startServer({ data: 'demo', pace: 0, demoNow: new Date('2026-06-01T12:00:00Z') });
	const { store } = server;
	const cases = store.sql('SELECT id FROM cases ORDER BY seq').all() as { id: string }[];
	const rename = store.sql('UPDATE cases SET case_name = ? WHERE id = ?');
	cases.forEach(({ id }, i) => rename.run(names[i % names.length], id));
	const results = store.sql('SELECT id, status FROM results ORDER BY id').all() as { id: number; status: string }[];
	const output = store.sql('UPDATE results SET workflow_output = ? WHERE id = ?');
	const error = store.sql('UPDATE results SET error = ? WHERE id = ?');
	results.forEach(({ id, status }, i) => {
		const name = names[i % names.length];
		output.run(JSON.stringify({ summary: name, label: names[(i + 1) % names.length], notes: [name, name] }), id);
		if (status !== 'ok') error.run(`${name}: ${names[(i + 2) % names.length]}`, id);
	});
	const projects = store.sql('SELECT id FROM projects ORDER BY id').all() as { id: number }[];
	const project = store.sql('UPDATE projects SET name = ? WHERE id = ?');
	projects.forEach(({ id }, i) => project.run(`${names[i % names.length]} #${id}`, id));
	return server;
}
