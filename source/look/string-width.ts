// The one string-width of the bundle (Ink, its helpers and our code; scripts/build.mjs aliases `string-width` here):
// string-width 8.3.0's answers, with an exact per-code-unit fast path and its Intl.Segmenter and emoji regex built on
// first need, because constructing them costs tens of milliseconds at start-up and segmenting every string costs
// most of a frame. The slow path is string-width 8.3.0's algorithm (MIT, Sindre Sorhus), unchanged.
import { eastAsianWidth } from 'get-east-asian-width';
import stripAnsi from 'strip-ansi';

export interface Options {
	readonly ambiguousIsNarrow?: boolean;
	readonly countAnsiEscapeCodes?: boolean;
}

function lazy<T>(make: () => T): () => T {
	let value: T | undefined;
	return () => (value ??= make());
}

const segmenter = lazy(() => new Intl.Segmenter());
// A visible (printing) character: the base scalar of a cluster, and whether a cluster is zero-width at all.
// (`new RegExp(…, 'v')`: the v flag is newer than the TypeScript target; Node 24 has it.)
const visibleCharacter = lazy(() => new RegExp(String.raw`[^\p{Default_Ignorable_Code_Point}\p{Control}\p{Format}\p{Nonspacing_Mark}\p{Enclosing_Mark}\p{Surrogate}]`, 'v'));
const spacingMark = lazy(() => new RegExp(String.raw`\p{Spacing_Mark}`, 'v'));
const rgiEmoji = lazy(() => new RegExp(String.raw`^\p{RGI_Emoji}$`, 'v'));
const extendedPictographic = lazy(() => /\p{Extended_Pictographic}/gu);
const unqualifiedKeycap = /^[\d#*]\u20E3$/;

// ---- Fast path ------------------------------------------------------------------------------------------------
// A string made only of "additive" code units has the width of the sum of their widths: none of them joins a
// grapheme cluster in a way that changes its width (no ZWJ, variation selector, keycap, Hangul jamo, Indic virama
// or visible prepend/spacing letter, no surrogate). The ranges below are the BMP blocks where that holds; the
// test checks every BMP code unit alone and beside letters, CJK and marks against string-width 8.3.0.

const ADDITIVE_RANGES: readonly (readonly [number, number])[] = [
	[0x0000, 0x08ff], // Latin … Arabic extended (C0/C1 controls are zero-width singletons)
	[0x10a0, 0x10ff], // Georgian
	[0x1200, 0x16ff], // Ethiopic, Cherokee, Canadian syllabics, Ogham, Runic
	[0x1d00, 0x1fff], // phonetic extensions, combining marks supplement, Latin and Greek extended
	[0x2000, 0x2dff], // punctuation, symbols, arrows, box drawing, dingbats, Glagolitic, Coptic, Tifinagh
	[0x2e00, 0x9fff], // CJK punctuation, kana, compatibility jamo, CJK ideographs
	[0xa000, 0xa4ff], // Yi, Lisu
	[0xac00, 0xd7a3], // Hangul syllables
	[0xe000, 0xfdff], // private use, CJK compatibility, presentation forms
	[0xfe10, 0xffff], // vertical, half marks, small forms, Arabic forms, half/fullwidth forms, specials
];
/** Code units inside those ranges that change a neighbour's width or start an ANSI sequence. */
const JOINERS = new Set([0x1b, 0x9b, 0x200d, 0x20e3]);

/** Per BMP code unit: 0 unknown yet, 1 + its width when additive, NOT_ADDITIVE otherwise. */
const unitWidths = new Uint8Array(0x10000);
const NOT_ADDITIVE = 255;

function classify(unit: number): number {
	const additive = !JOINERS.has(unit) && ADDITIVE_RANGES.some(([from, to]) => unit >= from && unit <= to);
	if (!additive) return NOT_ADDITIVE;
	const character = String.fromCharCode(unit);
	return 1 + (visibleCharacter().test(character) ? eastAsianWidth(unit) : 0);
}

/** The width when every code unit is additive, else -1. */
function additiveWidth(text: string): number {
	let width = 0;
	for (let index = 0; index < text.length; index++) {
		const unit = text.charCodeAt(index);
		if (unit >= 0x20 && unit < 0x7f) {
			width++;
			continue;
		}
		let known = unitWidths[unit];
		if (known === 0) known = unitWidths[unit] = classify(unit);
		if (known === NOT_ADDITIVE) return -1;
		width += known - 1;
	}
	return width;
}

// ---- Slow path: string-width 8.3.0 ----------------------------------------------------------------------------

function isDoubleWidthNonRgiEmojiSequence(segment: string): boolean {
	if (segment.length > 50) return false;
	if (unqualifiedKeycap.test(segment)) return true;
	if (segment.includes('\u200D')) {
		const pictographics = segment.match(extendedPictographic());
		return pictographics !== null && pictographics.length >= 2;
	}
	return false;
}

function baseVisible(segment: string): string | undefined {
	const index = segment.search(visibleCharacter());
	return index === -1 ? undefined : segment.slice(index);
}

const isHangulLeadingJamo = (c: number) => (c >= 0x1100 && c <= 0x115f) || (c >= 0xa960 && c <= 0xa97c);
const isHangulVowelJamo = (c: number) => (c >= 0x1160 && c <= 0x11a7) || (c >= 0xd7b0 && c <= 0xd7c6);
const isHangulTrailingJamo = (c: number) => (c >= 0x11a8 && c <= 0x11ff) || (c >= 0xd7cb && c <= 0xd7fb);
const isHangulJamo = (c: number) => isHangulLeadingJamo(c) || isHangulVowelJamo(c) || isHangulTrailingJamo(c);

function hangulClusterWidth(visibleSegment: string, options: { ambiguousAsWide: boolean }): number | undefined {
	const codePoints: number[] = [];
	for (const character of visibleSegment) {
		if (visibleCharacter().test(character)) codePoints.push(character.codePointAt(0)!);
	}
	if (codePoints.length === 0) return undefined;
	let width = 0;
	for (let index = 0; index < codePoints.length; index++) {
		const codePoint = codePoints[index];
		if (!isHangulJamo(codePoint)) {
			if (width === 0) return undefined;
			for (let remaining = index; remaining < codePoints.length; remaining++) width += eastAsianWidth(codePoints[remaining], options);
			return width;
		}
		if (isHangulLeadingJamo(codePoint) && isHangulVowelJamo(codePoints[index + 1])) {
			width += 2;
			index += isHangulTrailingJamo(codePoints[index + 2]) ? 2 : 1;
			continue;
		}
		width += eastAsianWidth(codePoint, options);
	}
	return width;
}

function trailingWidth(visibleSegment: string, options: { ambiguousAsWide: boolean }): number {
	let extra = 0;
	let first = true;
	for (const character of visibleSegment) {
		if (first) {
			first = false;
			continue;
		}
		if (spacingMark().test(character) || (character >= '\uFF00' && character <= '\uFFEF')) extra += eastAsianWidth(character.codePointAt(0)!, options);
	}
	return extra;
}

function segmentedWidth(text: string, ambiguousIsNarrow: boolean): number {
	let width = 0;
	const options = { ambiguousAsWide: !ambiguousIsNarrow };
	for (const { segment } of segmenter().segment(text)) {
		const visibleSegment = baseVisible(segment);
		if (visibleSegment === undefined) continue;
		if (rgiEmoji().test(segment) || isDoubleWidthNonRgiEmojiSequence(segment)) {
			width += 2;
			continue;
		}
		const hangulWidth = hangulClusterWidth(visibleSegment, options);
		if (hangulWidth !== undefined) {
			width += hangulWidth;
			continue;
		}
		width += eastAsianWidth(visibleSegment.codePointAt(0)!, options);
		width += trailingWidth(visibleSegment, options);
	}
	return width;
}

/** The columns `input` takes in a terminal (ANSI escape codes take none). Same answers as string-width 8.3.0. */
export default function stringWidth(input: string, options: Options = {}): number {
	if (typeof input !== 'string' || input.length === 0) return 0;
	const { ambiguousIsNarrow = true, countAnsiEscapeCodes = false } = options;
	let text = input;
	if (!countAnsiEscapeCodes && (text.includes('\u001B') || text.includes('\u009B'))) text = stripAnsi(text);
	if (text.length === 0) return 0;
	if (ambiguousIsNarrow) {
		const fast = additiveWidth(text);
		if (fast >= 0) return fast;
	}
	return segmentedWidth(text, ambiguousIsNarrow);
}
