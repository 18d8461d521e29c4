// The history view where the output is not UTF-8 (--ascii, or a non-UTF-8 locale): letters instead of score
// blocks, `|` at the version change, ASCII pointer and header; the states still name the run and version.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { drawAsciiOnly } from '../../../source/look/drawing.js';
import { PROJECT, SCRIPT, serveHistory, type ServedHistory } from '../../helpers/history-fixture.js';
import { renderApp, waitForText } from '../../helpers/render-view.js';

let served: ServedHistory;
let cacheHome: string;
const previousCache = process.env.XDG_CACHE_HOME;

beforeAll(async () => {
	served = await serveHistory();
	cacheHome = await mkdtemp(join(tmpdir(), 'bench-tui-history-ascii-'));
	process.env.XDG_CACHE_HOME = cacheHome;
	drawAsciiOnly();
});
afterAll(async () => {
	process.env.XDG_CACHE_HOME = previousCache;
	await served.close();
	await rm(cacheHome, { recursive: true, force: true });
});

it('draws letters, | at the version change, and no Unicode glyph', async () => {
	const app = renderApp({ url: served.server.url, route: { kind: 'history', projectId: PROJECT, script: SCRIPT }, columns: 120, rows: 30 });
	try {
		const frame = await waitForText(app.lastFrame, (f) => f.includes('flaky (3 flips)') && !/\/8 runs/.test(f));
		expect(frame).toMatch(/> noisy judge +PFPF\|PPFP /);
		expect(frame).toMatch(/refund policy +PPPP\|FFFF .*broke in run 105 \(wf 8\)/);
		expect(frame).toMatch(/crashes +FFXF\|FFFF/);
		expect(frame).toMatch(/sampled one +P P \| P C/);
		expect(frame).toContain('aaaa|bbbb');
		expect(frame).not.toMatch(/[▁▂▃▄▅▆▇█≡✗│›▼]/);
	} finally {
		app.unmount();
	}
});
