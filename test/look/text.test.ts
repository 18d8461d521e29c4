// Column-true text: every result is measured against string-width, with CJK, emoji, combining marks and RTL text.
import realStringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { drawing } from '../../source/look/drawing.js';
import { columns, fit, pad, truncate, wrapPieces, wrapWords } from '../../source/look/text.js';

const CJK = '要約テスト用ケース 🧪 長い名前の例です';
const FAMILY = '👨‍👩‍👧‍👦';
const FLAG = '🇯🇵';
const SKIN = '👍🏽';
const COMBINING = 'e\u0301 n\u0303 Z\u0324\u0354\u0367';
const RTL = 'שלום עולם مرحبا بالعالم';
const SAMPLES = [CJK, `emoji ${FAMILY}${FLAG}${SKIN} case`, COMBINING, RTL, 'plain ascii text', `中${FAMILY}a${FLAG}b${SKIN}c`];

/** The grapheme clusters of a string, to check none was split. */
const clusters = (text: string) => [...new Intl.Segmenter().segment(text)].map((s) => s.segment);

describe('fit', () => {
	it('gives exactly the width in columns, for every width', () => {
		for (const text of SAMPLES) {
			for (let width = 1; width <= columns(text) + 3; width++) {
				for (const align of ['left', 'right'] as const) expect(realStringWidth(fit(text, width, align)), `${text} @${width}`).toBe(width);
			}
		}
	});

	it('never splits a grapheme cluster: every cluster kept is one of the original ones', () => {
		for (const text of SAMPLES) {
			const whole = new Set(clusters(text));
			for (let width = 1; width <= columns(text); width++) {
				for (const cluster of clusters(fit(text, width))) expect(whole.has(cluster) || cluster === ' ' || cluster === drawing.ellipsis, `${JSON.stringify(cluster)} from ${text} @${width}`).toBe(true);
			}
		}
	});

	it('cuts a surrogate pair never (the example from issue 11)', () => {
		expect(fit('emoji 🧪🧪 case', 10)).toBe('emoji 🧪… ');
		expect(fit('emoji 🧪🧪 case', 9)).toBe('emoji 🧪…');
		expect(fit('emoji 🧪🧪 case', 8)).toBe('emoji … ');
	});

	it('puts a wide character that does not fit as padding, and the ellipsis inside the budget', () => {
		expect(fit('中文字', 4)).toBe('中… ');
		expect(fit('中文字', 3)).toBe('中…');
		expect(fit('中文字', 2)).toBe('… ');
		expect(fit('中文字', 6)).toBe('中文字');
		expect(fit('中文', 5, 'right')).toBe(' 中文');
		expect(fit('abc', 0)).toBe('');
	});
});

describe('truncate', () => {
	afterEach(() => void Object.assign(drawing, { ellipsis: '…' }));

	it('keeps the end when cutting from the start (breadcrumbs)', () => {
		expect(truncate('projects › 要約テスト', 10, 'start')).toBe('…約テスト');
		expect(realStringWidth(truncate(`${FAMILY}${FLAG} abc`, 5, 'start'))).toBeLessThanOrEqual(5);
	});

	it('uses the ASCII ellipsis in ASCII mode, also when the budget is smaller than it', () => {
		Object.assign(drawing, { ellipsis: '...' });
		expect(truncate('abcdefgh', 6)).toBe('abc...');
		expect(truncate('abcdefgh', 2)).toBe('..');
		expect(truncate('abc', 3)).toBe('abc');
	});
});

describe('pad', () => {
	it('pads by columns, not UTF-16 units', () => {
		expect(pad('中', 4)).toBe('中  ');
		expect(pad(FAMILY, 4, 'right')).toBe(`  ${FAMILY}`);
		expect(pad('e\u0301', 3)).toBe('e\u0301  ');
		expect(pad('toolong', 3)).toBe('toolong');
	});
});

describe('wrapPieces', () => {
	it('splits by columns between clusters and keeps each piece’s data', () => {
		const lines = wrapPieces(
			[
				{ text: `ab${FAMILY}`, changed: false },
				{ text: `中${FLAG}${SKIN}`, changed: true },
			],
			4,
		);
		expect(lines).toEqual([
			[{ text: `ab${FAMILY}`, changed: false }],
			[{ text: `中${FLAG}`, changed: true }],
			[{ text: SKIN, changed: true }],
		]);
		for (const line of lines) expect(realStringWidth(line.map((p) => p.text).join(''))).toBeLessThanOrEqual(4);
	});

	it('keeps every line within the width in columns and loses no cluster, ASCII or not', () => {
		for (const text of [...SAMPLES, 'a'.repeat(30) + ' ' + 'b c '.repeat(20)]) {
			for (let width = 2; width <= 12; width++) {
				const lines = wrapPieces([{ text }], width).map((line) => line.map((p) => p.text).join(''));
				for (const line of lines) expect(realStringWidth(line), `${JSON.stringify(line)} @${width}`).toBeLessThanOrEqual(width);
				expect(lines.join('')).toBe(text);
			}
		}
	});

	it('turns a wide character into padding when one column is all there is', () => {
		const lines = wrapPieces([{ text: '中文' }], 1).map((line) => line.map((p) => p.text).join(''));
		for (const line of lines) expect(columns(line)).toBeLessThanOrEqual(1);
	});

	it('never splits combining marks or RTL text off their base', () => {
		const lines = wrapPieces([{ text: `${COMBINING} ${RTL}` }], 5);
		const whole = new Set(clusters(`${COMBINING} ${RTL}`));
		for (const line of lines) for (const piece of line) for (const cluster of clusters(piece.text)) expect(whole.has(cluster)).toBe(true);
	});
});

describe('wrapWords', () => {
	const PROSE = 'The load balancer dropped three percent of requests for forty minutes; owners were assigned.';
	const joined = (lines: { text: string }[][]) => lines.map((line) => line.map((piece) => piece.text).join(''));

	it('breaks prose after the last space that fits, and gives every character back', () => {
		const lines = joined(wrapWords([{ text: PROSE }], 30));
		expect(lines).toEqual(['The load balancer dropped ', 'three percent of requests for ', 'forty minutes; owners were ', 'assigned.']);
		expect(lines.join('')).toBe(PROSE);
	});

	it('cuts a word with no space that fits (a URL) at the width', () => {
		const url = 'see https://example.test/a/very/long/path/that/never/ends here';
		const lines = joined(wrapWords([{ text: url }], 16));
		expect(lines).toEqual(['see ', 'https://example.', 'test/a/very/long', '/path/that/never', '/ends here']);
	});

	it('keeps each piece its own data across a break', () => {
		const lines = wrapWords([{ text: '"reason": ', kind: 'key' }, { text: 'incomplete output here', kind: 'string' }], 22);
		expect(lines).toEqual([
			[{ text: '"reason": ', kind: 'key' }, { text: 'incomplete ', kind: 'string' }],
			[{ text: 'output here', kind: 'string' }],
		]);
	});

	it('never passes the width in columns, breaks between words when it can, and loses nothing (CJK, emoji, marks)', () => {
		const texts = [...SAMPLES, `${PROSE} ${CJK} ${FAMILY} words ${FLAG}${SKIN} again ${COMBINING}`];
		for (const text of texts) {
			for (let width = 2; width <= columns(text) + 2; width++) {
				const lines = joined(wrapWords([{ text }], width));
				expect(lines.join(''), `${text} @${width}`).toBe(text);
				for (const line of lines) expect(realStringWidth(line), `${line} @${width}`).toBeLessThanOrEqual(width);
				// A line cut mid-word had no space to break after (other than one it starts with).
				lines.slice(0, -1).forEach((line) => {
					if (!line.endsWith(' ')) expect(line.slice(1).includes(' '), `${JSON.stringify(line)} @${width}`).toBe(false);
				});
				const whole = new Set(clusters(text));
				for (const line of lines) for (const cluster of clusters(line)) expect(whole.has(cluster), `${cluster} @${width}`).toBe(true);
			}
		}
	});

	it('with a hang, lines after the first are that much narrower, and still lose nothing', () => {
		const texts = [PROSE, `${PROSE} ${CJK} ${FAMILY} words ${FLAG}${SKIN} again ${COMBINING}`];
		for (const text of texts) {
			for (let width = 12; width <= 40; width++) {
				const lines = joined(wrapWords([{ text }], width, 8));
				expect(lines.join(''), `${text} @${width}`).toBe(text);
				lines.forEach((line, index) => expect(realStringWidth(line), `${line} @${width}`).toBeLessThanOrEqual(index === 0 ? width : width - 8));
			}
		}
	});

	it('a cluster wider than the line becomes padding, as in wrapPieces', () => {
		expect(joined(wrapWords([{ text: '中 文' }], 1))).toEqual(joined(wrapPieces([{ text: '中 文' }], 1)));
	});
});
