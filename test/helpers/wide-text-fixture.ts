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
