// The compare view's side-by-side case pane as a flat list of one-line rows (so it scrolls like any list): the case's
// inputs and expected output once at the top, the two results' fields, then the score objects and workflow outputs
// diffed line by line with changed words marked. A side with no output says why instead of being diffed against.
import type { Flip } from './compare-verdicts.js';
import { caseDetailLines, type CaseLookup } from './inspector.js';
import type { TokenLine } from './json-tokens.js';
import { missingOutputReason } from './result-output.js';
import { wrapTokenLine } from './token-wrap.js';
import type { BenchResult, CompareCase, Json } from '../wire/types.js';
import { formatDuration, formatScore, formatSigned, formatUsd } from './format.js';
import { outputsEqual, sideBySideDiff, type DiffRow, type Segment } from './output-diff.js';
import { sanitize } from '../look/sanitize.js';
import { wrapPieces } from '../look/text.js';
import { drawing } from '../look/drawing.js';

/** Gutter mark beside each diff line, so changes read without colour: ~ changed, - only in A, + only in B. */
export type DiffMark = ' ' | '~' | '-' | '+';

export type PaneLine =
	| { kind: 'heading'; text: string }
	/** One line across both columns (the case's inputs and expected output). */
	| { kind: 'full'; tokens: TokenLine }
	| { kind: 'pair'; left: Segment[]; right: Segment[]; mark: DiffMark };

/** Result of one side: a row, 'missing' (no result for the case in that run), or 'loading' / an error text. */
export type SideResult = BenchResult | 'missing' | 'loading' | { loadError: string };

/** A run's results by case id, for the pane's two sides. The latest row wins if a case was recorded twice. */
export function indexByCase(results: readonly BenchResult[]): Map<string, BenchResult> {
	const byCase = new Map<string, BenchResult>();
	for (const result of results) {
		const seen = byCase.get(result.case_id);
		if (!seen || seen.id < result.id) byCase.set(result.case_id, result);
	}
	return byCase;
}

const MARKS: Record<DiffRow['kind'], DiffMark> = { same: ' ', changed: '~', removed: '-', added: '+' };

/** Splits segments into lines of at most `width` columns, keeping each piece's changed flag. */
export function wrapSegments(segments: readonly Segment[], width: number): Segment[][] {
	return wrapPieces(
		segments.map((segment) => ({ text: sanitize(segment.text), changed: segment.changed })),
		width,
	);
}

function plain(text: string): Segment[] {
	return [{ text, changed: false }];
}

function pairs(left: Segment[], right: Segment[], width: number, mark: DiffMark): PaneLine[] {
	const l = wrapSegments(left, width);
	const r = wrapSegments(right, width);
	const out: PaneLine[] = [];
	for (let i = 0; i < Math.max(l.length, r.length); i++) out.push({ kind: 'pair', left: l[i] ?? [], right: r[i] ?? [], mark: i === 0 ? mark : ' ' });
	return out;
}

function fieldLines(side: SideResult): string[] {
	if (side === 'missing') return ['no result for this case in this run'];
	if (side === 'loading') return [`loading results${drawing.ellipsis}`];
	if ('loadError' in side) return [`cannot load results: ${side.loadError}`];
	const r = side;
	const split = r.workflow_cost_usd != null || r.judge_cost_usd != null ? ` (workflow ${formatUsd(r.workflow_cost_usd)} ${drawing.dot} judge ${formatUsd(r.judge_cost_usd)})` : '';
	return [
		`status    ${r.status}${r.cache_hit ? ' (cache hit)' : ''}`,
		`score     ${formatScore(r.headline_score)}${r.verdict ? `  ${r.verdict}` : ''}`,
		`cost      ${formatUsd(r.cost_usd)}${split}`,
		`duration  ${formatDuration(r.duration_ms)}`,
		...(r.error ? [`error     ${r.error}`] : []),
	];
}

function valueOf(side: SideResult, pick: (r: BenchResult) => Json | undefined): Json | undefined {
	return typeof side === 'object' && !('loadError' in side) ? pick(side) : undefined;
}

function diffSection(title: string, a: Json | undefined, b: Json | undefined, width: number): PaneLine[] {
	// "identical" only when both sides have a value: two absent values are not a match.
	const same = a != null && b != null && outputsEqual(a, b);
	const lines: PaneLine[] = [{ kind: 'heading', text: `${title}${same ? ' (identical)' : ''}` }];
	const rows = sideBySideDiff(a, b);
	if (rows.length === 0) return [...lines, ...pairs(plain(drawing.dash), plain(drawing.dash), width, ' ')];
	for (const row of rows) lines.push(...pairs(row.left ?? [], row.right ?? [], width, MARKS[row.kind]));
	return lines;
}

/** Why a side has no output to diff, or null when it has one. */
function noOutput(side: SideResult): string | null {
	if (side === 'missing') return 'no result for this case in this run';
	if (side === 'loading') return `loading results${drawing.ellipsis}`;
	if ('loadError' in side) return `cannot load results: ${side.loadError}`;
	return missingOutputReason(side);
}

/** The judge's score objects diffed when both sides have one; else each side as it is, or why it has none. */
function scoreSection(a: SideResult, b: SideResult, width: number): PaneLine[] {
	const [scoreA, scoreB] = [valueOf(a, (r) => r.score), valueOf(b, (r) => r.score)];
	if (scoreA != null && scoreB != null) return diffSection('score object', scoreA, scoreB, width);
	const why = (side: SideResult, score: Json | undefined) =>
		score != null ? diffableLines(score) : [typeof side === 'object' && !('loadError' in side) ? `no score (${side.status.replace('_', ' ')})` : (noOutput(side) ?? 'no score')];
	const [left, right] = [why(a, scoreA), why(b, scoreB)];
	const lines: PaneLine[] = [{ kind: 'heading', text: 'score object (not diffed: a side has none)' }];
	for (let i = 0; i < Math.max(left.length, right.length); i++) lines.push(...pairs(plain(left[i] ?? ''), plain(right[i] ?? ''), width, ' '));
	return lines;
}

/** Both outputs diffed when both exist; else each side as it is, a missing one replaced by the reason. */
function outputSection(a: SideResult, b: SideResult, width: number): PaneLine[] {
	const [whyA, whyB] = [noOutput(a), noOutput(b)];
	if (whyA === null && whyB === null) return diffSection('workflow output', valueOf(a, (r) => r.workflow_output), valueOf(b, (r) => r.workflow_output), width);
	const lines: PaneLine[] = [{ kind: 'heading', text: 'workflow output (not diffed: a side has none)' }];
	const sideLines = (why: string | null, side: SideResult) => (why !== null ? [why] : diffableLines(valueOf(side, (r) => r.workflow_output)));
	const [left, right] = [sideLines(whyA, a), sideLines(whyB, b)];
	for (let i = 0; i < Math.max(left.length, right.length); i++) lines.push(...pairs(plain(left[i] ?? ''), plain(right[i] ?? ''), width, ' '));
	return lines;
}

function diffableLines(value: Json | undefined): string[] {
	return (typeof value === 'string' ? value : JSON.stringify(value ?? null, null, 2)).split('\n');
}

export interface CasePaneExtras {
	/** The bench's case: its inputs, expected output and ground truth go at the top, once. */
	benchCase?: CaseLookup;
	/** The verdict flip, shown beside the score delta. */
	flip?: Flip;
}

export function buildCasePaneLines(row: CompareCase, a: SideResult, b: SideResult, runA: number, runB: number, columnWidth: number, extras: CasePaneExtras = {}): PaneLine[] {
	const width = Math.max(8, columnWidth);
	const flip = extras.flip ? `  verdict ${extras.flip.replace(`${drawing.arrow}`, ` ${drawing.arrow} `)}` : '';
	const lines: PaneLine[] = [
		{ kind: 'heading', text: `score ${formatScore(row.score_a)} ${drawing.arrow} ${formatScore(row.score_b)}  ${drawing.delta} ${formatSigned(row.delta)}  (${row.flag})${flip}   cost ${formatUsd(row.cost_a ?? 0)} ${drawing.arrow} ${formatUsd(row.cost_b ?? 0)}` },
	];
	if (extras.benchCase !== undefined) {
		lines.push({ kind: 'heading', text: 'case: inputs, expected output, ground truth' });
		for (const line of caseDetailLines(extras.benchCase)) for (const piece of wrapTokenLine(line, 2 * width + 3)) lines.push({ kind: 'full', tokens: piece });
	}
	lines.push(...pairs(plain(`A ${drawing.dot} run #${runA}`), plain(`B ${drawing.dot} run #${runB}`), width, ' '));
	const left = fieldLines(a);
	const right = fieldLines(b);
	for (let i = 0; i < Math.max(left.length, right.length); i++) lines.push(...pairs(plain(left[i] ?? ''), plain(right[i] ?? ''), width, ' '));
	lines.push(...scoreSection(a, b, width));
	lines.push(...outputSection(a, b, width));
	return lines;
}
