// Our string-width (source/look/string-width.ts, the bundle's only copy) must answer exactly as string-width 8.3.0.
import realStringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import stringWidth from '../../source/look/string-width.js';

/** Every string where our answer differs from string-width 8.3.0's (empty when they agree). */
function differences(strings: Iterable<string>) {
	const wrong: { text: string; ours: number; real: number }[] = [];
	for (const text of strings) {
		const ours = stringWidth(text);
		const real = realStringWidth(text);
		if (ours !== real) wrong.push({ text, ours, real });
	}
	return wrong;
}

function* bmpUnits() {
	for (let unit = 0; unit < 0x10000; unit++) yield String.fromCharCode(unit);
}

// Each BMP code unit beside the neighbours our fast path also takes (a letter, CJK, a combining mark, an invisible
// prepend, itself), in one string per unit: any pair that clusters into another width changes the total.
const beside = (u: string) => `a${u}a${u}中${u}\u0301${u}\u0600${u}${u}a`;

const CORPUS = [
	'要約テスト用ケース 🧪 長い名前の例です',
	'中文测试 한국어 테스트 日本語のテキスト',
	'ｶﾞｷﾞｸﾞ ﾊﾟﾋﾟ ＡＢＣ１２３',
	'family 👨‍👩‍👧‍👦 and 👩🏽‍💻 and 🏳️‍🌈 and 🏴‍☠️',
	'flags 🇯🇵🇺🇸🇩🇪 🇺🇳 and a lone 🇯',
	'skin 👍🏻👍🏼👍🏽👍🏾👍🏿 ✋🏿',
	'keycaps 1️⃣ #️⃣ 1⃣ *⃣',
	'text and emoji ©️ © ™️ ❤️ ❤ ☺️ ☺ ⌚ ⌚︎',
	'combining é é ñ ñ Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
	'Hangul jamo 한국 한 ᄀ가',
	'Devanagari क्षत्रिय हिन्दी नमस्ते',
	'Thai ภาษาไทย ทำ Lao ຄຳ',
	'RTL עברית שלום مرحبا بالعالم ‏abc‎ ؀١',
	'zero width a\u200Bb\u200Cc\u2060d\uFEFFe',
	'\u001B[31mred\u001B[39m \u001B[1m粗体\u001B[22m \u001B]8;;http://x\u0007link\u001B]8;;\u0007',
	'\u001B[38;5;196m🧪 emoji in colour\u001B[0m and \u009B31mC1\u009B0m',
	'controls \t tab \n newline \r\n crlf \u0007 bell',
	'box ┌─┐│└┘ spark ▁▂▃▄▅▆▇█ arrows →▲▼ Δ · … —',
	'lone surrogates \uD83D and \uDE00',
	'mixed ASCII then 😀 then 中 then é',
];

describe('string-width replacement', () => {
	it('equals string-width 8.3.0 on every BMP code unit alone', () => {
		expect(differences(bmpUnits())).toEqual([]);
	});

	it('equals string-width 8.3.0 on every BMP code unit beside letters, CJK and marks', () => {
		expect(differences(Array.from(bmpUnits(), beside))).toEqual([]);
	});

	it('equals string-width 8.3.0 on CJK, emoji, combining marks, RTL and ANSI-styled text', () => {
		const styled = CORPUS.map((text) => `\u001B[1m${text}\u001B[22m`);
		const slices = CORPUS.flatMap((text) => Array.from({ length: text.length }, (_, i) => text.slice(i, i + 7)));
		expect(differences([...CORPUS, ...styled, ...slices])).toEqual([]);
	});

	it('equals string-width 8.3.0 on random strings drawn from the corpus and the BMP', () => {
		// A fixed seed (mulberry32) keeps the corpus the same on every run.
		let seed = 0x5eed;
		const random = () => {
			seed = (seed + 0x6d2b79f5) | 0;
			let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
			t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
			return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
		};
		const pool = [...CORPUS.join(''), '\u200D', '\uFE0F', '\u094D', '\u1100'];
		const strings = Array.from({ length: 20_000 }, () => {
			let text = '';
			const length = 1 + Math.floor(random() * 12);
			for (let i = 0; i < length; i++) text += random() < 0.7 ? pool[Math.floor(random() * pool.length)] : String.fromCharCode(Math.floor(random() * 0x10000));
			return text;
		});
		expect(differences(strings)).toEqual([]);
	});

	it('honours the options as string-width 8.3.0 does', () => {
		for (const text of CORPUS) {
			expect(stringWidth(text, { ambiguousIsNarrow: false })).toBe(realStringWidth(text, { ambiguousIsNarrow: false }));
			expect(stringWidth(text, { countAnsiEscapeCodes: true })).toBe(realStringWidth(text, { countAnsiEscapeCodes: true }));
		}
	});
});
