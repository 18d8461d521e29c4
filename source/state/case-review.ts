// The review shown before a save: for each changed field, old → new as -/+ lines (a line diff for multi-line JSON,
// unchanged runs folded to a little context), flattened into lines so the view can fit them to its height.
import { diffLines } from 'diff';
import type { FieldChange } from './case-form.js';
import { drawing } from '../look/drawing.js';

export type ReviewLineKind = 'field' | 'removed' | 'added' | 'same' | 'folded';

export interface ReviewLine {
	kind: ReviewLineKind;
	text: string;
}

const CONTEXT = 1;

function split(text: string): string[] {
	const lines = text.split('\n');
	return lines[lines.length - 1] === '' ? lines.slice(0, -1) : lines;
}

function fieldLines(change: FieldChange): ReviewLine[] {
	const { before, after } = change;
	if (before === undefined || after === undefined || (!before.includes('\n') && !after.includes('\n'))) {
		return [
			...(before === undefined ? [] : split(before).map((text) => ({ kind: 'removed' as const, text }))),
			...(after === undefined ? [{ kind: 'folded' as const, text: '(removed)' }] : split(after).map((text) => ({ kind: 'added' as const, text }))),
		];
	}
	const lines: ReviewLine[] = [];
	const parts = diffLines(before, after);
	parts.forEach((part, index) => {
		const partLines = split(part.value);
		if (part.added || part.removed) {
			for (const text of partLines) lines.push({ kind: part.added ? 'added' : 'removed', text });
			return;
		}
		const head = index === 0 ? 0 : CONTEXT;
		const tail = index === parts.length - 1 ? 0 : CONTEXT;
		if (partLines.length <= head + tail + 1) {
			for (const text of partLines) lines.push({ kind: 'same', text });
			return;
		}
		for (const text of partLines.slice(0, head)) lines.push({ kind: 'same', text });
		lines.push({ kind: 'folded', text: `${drawing.fold} ${partLines.length - head - tail} unchanged lines` });
		for (const text of partLines.slice(partLines.length - tail)) lines.push({ kind: 'same', text });
	});
	return lines;
}

export function reviewLines(changes: readonly FieldChange[]): ReviewLine[] {
	return changes.flatMap((change) => [{ kind: 'field' as const, text: change.label }, ...fieldLines(change)]);
}
