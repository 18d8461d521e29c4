// The inspector's model: one result read like an evaluator reads it — the case (inputs, expected output, ground
// truth), the result (status, verdict, scores, judge reason, costs, ids, versions), the actual output and the
// errors — as sections of token lines, laid out at a width (wrapped or not) into display lines that a pane scrolls.
import type { BenchCase, BenchResult, BenchRun, Json } from '../wire/types.js';
import { formatDuration, formatScore, formatUsd } from './format.js';
import { jsonTokenLines, lineText, type Token, type TokenKind, type TokenLine } from './json-tokens.js';
import { missingOutputReason, NOT_LOADED } from './result-output.js';
import { wrapTokenLine } from './token-wrap.js';
import { sanitize, sanitizeMultiline } from '../look/sanitize.js';
import { drawing } from '../look/drawing.js';
import { pad } from '../look/text.js';

/** Labels are padded to this many terminal columns, so values start in one column. */
const LABEL_WIDTH = 20;

export type SectionId = 'case' | 'result' | 'output' | 'errors';

export interface InspectorSection {
	/** A SectionId for a result; other readers of the screen (the message log) use their own. */
	id: SectionId | string;
	title: string;
	lines: TokenLine[];
}

/** The bench's case for the result: the row, `loading`, or `missing` (deleted, or not in the bench's list). */
export type CaseLookup = BenchCase | 'loading' | 'missing' | { error: string };

export interface InspectorInput {
	result: BenchResult;
	benchCase: CaseLookup;
	/** The run row, for the versions; optional. */
	run?: BenchRun | null;
	/** Where the fetch of a live row's output stands (`(loading…)`): shown instead of "not loaded". */
	outputNote?: string;
	/**
	 * At most this many lines of each JSON or text value (the feed's pane: a preview whose cost does not grow with a
	 * huge output); a cut value ends with a line saying the inspector has the rest.
	 */
	previewLines?: number;
}

const t = (text: string, kind: TokenKind = 'text'): Token => ({ text, kind });
/** A `label  value` line; the label padded so values line up. */
const field = (label: string, value: string, kind: TokenKind = 'text'): TokenLine => [t(pad(label, LABEL_WIDTH), 'label'), t(value, kind)];

/** A preview's budget of characters per line it may show (lines longer than this wrap into several anyway). */
const PREVIEW_CHARS_PER_LINE = 200;

/** What ends a value cut by `previewLines`. */
const CUT_LINE: TokenLine = [t(`${drawing.ellipsis} cut here: o opens the whole result in the inspector`, 'dim')];

/** The first `limit` lines of `lines` (built one more to know), and the cut line when there were more. */
function preview(build: (limit: number) => TokenLine[], limit = Infinity): TokenLine[] {
	const lines = build(limit + 1);
	return lines.length > limit ? [...lines.slice(0, limit), CUT_LINE] : lines;
}

function textLines(text: string, kind: TokenKind = 'text', limit = Infinity): TokenLine[] {
	// A preview sanitizes and splits only what it can show (a 1 MB string's head, not all of it), never cutting a
	// surrogate pair in two.
	let end = Number.isFinite(limit) ? Math.min(text.length, limit * PREVIEW_CHARS_PER_LINE) : text.length;
	if (end < text.length && /[\ud800-\udbff]/.test(text[end - 1])) end--;
	const head = text.slice(0, end);
	const lines = sanitizeMultiline(head).split('\n');
	if (head.length < text.length && lines.length <= limit) return [...lines.map((line) => [t(line, kind)]), CUT_LINE];
	return preview((count) => lines.slice(0, count).map((line) => [t(line, kind)]), limit);
}

/** A JSON value under a label: scalars on the label's line, objects and arrays below it. */
function jsonField(label: string, value: Json | undefined, limit = Infinity): TokenLine[] {
	const lines = preview((count) => jsonTokenLines(value, count), limit);
	if (lines.length === 1) return [[t(pad(label, LABEL_WIDTH), 'label'), ...lines[0]]];
	return [[t(label, 'label')], ...lines];
}

function caseSection(lookup: CaseLookup, result: BenchResult, limit?: number): InspectorSection {
	const name = lookup !== 'loading' && lookup !== 'missing' && !('error' in lookup) ? lookup.case_name : (result.case_name ?? null);
	const lines: TokenLine[] = [field('name', name ? sanitize(name) : `${drawing.dash}`), field('id', sanitize(result.case_id))];
	lines.push(...caseDetailLines(lookup, limit));
	return { id: 'case', title: 'case', lines };
}

/** The case's inputs, expected output and ground truth (or why they cannot be shown). */
export function caseDetailLines(lookup: CaseLookup, limit?: number): TokenLine[] {
	if (lookup === 'loading') return [[t(`loading the bench's cases${drawing.ellipsis}`, 'dim')]];
	if (lookup === 'missing') return [[t("this case is not in the bench's case list (deleted since, or another bench)", 'dim')]];
	if ('error' in lookup) return [[t(`cannot load the bench's cases: ${sanitize(lookup.error)}`, 'error')]];
	return [
		...jsonField('inputs', lookup.inputs ?? null, limit),
		...jsonField('expected_output', lookup.expected_output, limit),
		...jsonField('ground_truth', lookup.ground_truth, limit),
	];
}

function scoreReason(score: Json): string | null {
	if (score && typeof score === 'object' && !Array.isArray(score)) {
		const reason = score.reason ?? score.rationale ?? score.explanation;
		if (typeof reason === 'string') return reason;
	}
	return null;
}

function resultSection(result: BenchResult, run: BenchRun | null | undefined): InspectorSection {
	const verdictKind: TokenKind = result.verdict === 'pass' ? 'number' : result.verdict ? 'error' : 'dim';
	const lines: TokenLine[] = [
		field('status', result.status.replace('_', ' '), result.status === 'ok' || result.status === 'cached' ? 'text' : 'error'),
		field('verdict', result.verdict ?? `${drawing.dash}`, verdictKind),
		field('headline score', formatScore(result.headline_score, 2)),
		...jsonField('judge score', result.score),
	];
	const reason = scoreReason(result.score);
	if (reason !== null) lines.push([t('judge reason', 'label')], ...textLines(reason));
	lines.push(
		field('workflow cost', formatUsd(result.workflow_cost_usd)),
		field('judge cost', formatUsd(result.judge_cost_usd)),
		field('total cost', formatUsd(result.cost_usd)),
		field('duration', formatDuration(result.duration_ms)),
		field('cache hit', result.cache_hit ? 'yes (score reused, nothing executed)' : 'no'),
		field('workflow execution', sanitize(result.workflow_execution_id ?? `${drawing.dash}`)),
		field('judge execution', sanitize(result.judge_execution_id ?? `${drawing.dash}`)),
	);
	if (run) lines.push(field('versions', `workflow v${run.workflow_version_id} ${drawing.dot} judge v${run.judge_version_id} ${drawing.dot} channel ${sanitize(run.channel)}`));
	lines.push(field(`run ${drawing.dot} result`, `run ${result.bench_run_id} ${drawing.dot} result ${result.id} ${drawing.dot} ${sanitize(result.created_at)}`));
	return { id: 'result', title: 'result', lines };
}

function outputSection(result: BenchResult, note: string | undefined, limit?: number): InspectorSection {
	const reason = missingOutputReason(result);
	let lines: TokenLine[];
	if (reason === null) {
		const output = result.workflow_output as Json;
		lines = typeof output === 'string' ? textLines(output, 'text', limit) : preview((count) => jsonTokenLines(output, count), limit);
	} else lines = [[t(reason === NOT_LOADED && note ? note : reason, 'dim')]];
	return { id: 'output', title: 'actual output', lines };
}

function errorsSection(result: BenchResult, limit?: number): InspectorSection {
	if (!result.error) return { id: 'errors', title: 'errors', lines: [[t('no errors', 'dim')]] };
	const who = result.status === 'judge_failed' ? 'judge' : result.status === 'workflow_failed' ? 'workflow' : 'error';
	return { id: 'errors', title: 'errors', lines: [[t(who, 'label')], ...textLines(result.error, 'error', limit)] };
}

export function inspectorSections(input: InspectorInput): InspectorSection[] {
	const limit = input.previewLines;
	return [
		caseSection(input.benchCase, input.result, limit),
		resultSection(input.result, input.run),
		outputSection(input.result, input.outputNote, limit),
		errorsSection(input.result, limit),
	];
}

/** A section's text for the clipboard or the pager: its unwrapped lines, plain. */
export function sectionText(section: InspectorSection): string {
	return `${section.lines.map(lineText).join('\n')}\n`;
}

export interface DisplayLine {
	tokens: TokenLine;
	/** Index of the section the line belongs to. */
	section: number;
	heading: boolean;
	/** The line's plain text (searched). */
	text: string;
}

export interface InspectorLayout {
	lines: DisplayLine[];
	/** First display line of each section (its heading). */
	starts: number[];
}

/**
 * The sections as display lines: a heading per section, then its lines — wrapped at `width` columns when `wrap`,
 * else kept whole (the pane truncates them). Built once per (sections, width, wrap); scrolling only slices it.
 */
export function layoutInspector(sections: readonly InspectorSection[], width: number, wrap: boolean): InspectorLayout {
	const builder = new LayoutBuilder(sections, width, wrap);
	builder.step(Infinity);
	return builder.layout;
}

/**
 * Lays the sections out a slice at a time (`step`), so a 1 MB output never holds the keyboard for longer than a
 * slice: the view draws what is laid out so far and keeps answering keys while the rest follows.
 */
export class LayoutBuilder {
	readonly layout: InspectorLayout = { lines: [], starts: [] };
	#section = 0;
	/** Next line of the current section; -1: its heading is next. */
	#line = -1;
	#done = false;

	constructor(
		private readonly sections: readonly InspectorSection[],
		private readonly width: number,
		private readonly wrap: boolean,
	) {}

	get done(): boolean {
		return this.#done;
	}

	/** Share of the lines laid out, 0–1. */
	get progress(): number {
		const total = this.sections.reduce((n, section) => n + section.lines.length + 1, 0);
		const before = this.sections.slice(0, this.#section).reduce((n, section) => n + section.lines.length + 1, 0);
		return this.#done ? 1 : (before + this.#line + 1) / Math.max(1, total);
	}

	/** Lays out lines until `budgetMs` has passed (checked every 256 lines); true once everything is laid out. */
	step(budgetMs: number, now: () => number = () => performance.now()): boolean {
		const deadline = now() + budgetMs;
		const { lines, starts } = this.layout;
		for (let count = 0; this.#section < this.sections.length; count++) {
			if ((count & 255) === 255 && now() > deadline) return false;
			const index = this.#section;
			const section = this.sections[index];
			if (this.#line === -1) {
				if (index > 0) lines.push({ tokens: [], section: index - 1, heading: false, text: '' });
				starts.push(lines.length);
				lines.push({ tokens: [t(section.title, 'heading')], section: index, heading: true, text: section.title });
				this.#line = 0;
				continue;
			}
			if (this.#line >= section.lines.length) {
				this.#section++;
				this.#line = -1;
				continue;
			}
			const line = section.lines[this.#line++];
			for (const piece of this.wrap ? wrapTokenLine(line, this.width) : [line]) lines.push({ tokens: piece, section: index, heading: false, text: lineText(piece) });
		}
		this.#done = true;
		return true;
	}
}
