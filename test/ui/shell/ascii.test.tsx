// Under LANG=C every character the app itself draws is ASCII: a byte scan of every frame of every view (served
// ASCII data, since server text is shown as it is) finds no byte above 0x7F, at 120×40 and 60×15.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

// Before any app module loads: the locale decides the drawing set when look/ is first imported.
process.env.LC_ALL = 'C';
process.env.LANG = 'C';

const { asciifyStore, startWideTextServer, ASCII_NAMES, SERVED_TABLES } = await import('../../helpers/wide-text-fixture.js');
const { checkViewReady, everyView } = await import('../../helpers/every-view.js');

type Server = Awaited<ReturnType<typeof startWideTextServer>>;
let server: Server;
beforeAll(async () => {
	server = await startWideTextServer(ASCII_NAMES);
	asciifyStore(server);
});
afterAll(() => server.close());

/** The non-ASCII characters in `text`, with a little context, for the failure message. */
function nonAscii(text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(/.{0,12}[^\x00-\x7f].{0,12}/g)) found.push(match[0]);
	return found;
}

describe('LANG=C', () => {
	test('the demo data served here is ASCII (so what is not ASCII is drawn by the app)', () => {
		const text = SERVED_TABLES.map((table) => JSON.stringify(server.store.sql(`SELECT * FROM ${table}`).all())).join('');
		expect(nonAscii(text).slice(0, 5)).toEqual([]);
	});

	for (const [columns, rows] of [
		[120, 40],
		[60, 15],
	] as const) {
		test(`every frame of every view at ${columns}×${rows} is ASCII bytes only`, async () => {
			for (const view of everyView(server)) {
				await checkViewReady(server, view, columns, rows, (app) => {
					const bytes = Buffer.from(app.frames.join(''), 'utf8');
					const high = bytes.findIndex((byte) => byte > 0x7f);
					expect(high === -1 ? [] : nonAscii(app.frames.join('')).slice(0, 8), `${view.name}: bytes above 0x7F`).toEqual([]);
				});
			}
		}, 120_000);
	}
});
