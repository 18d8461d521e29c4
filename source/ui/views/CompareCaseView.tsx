// One compared case side by side: the case's inputs and expected output once, the results of runs A and B, their
// score objects and workflow outputs diffed (a side without output says why). Esc returns to the table at the same
// row; n/p and ]/[ move through the table without leaving the pane; o / O open B's / A's result in the inspector.
import { useMemo, useState } from 'react';
import type { CompareModel } from '../../state/compare.js';
import { sanitize } from '../../look/sanitize.js';
import { buildCasePaneLines, type SideResult } from '../../state/case-pane-lines.js';
import type { CaseLookup } from '../../state/inspector.js';
import { CaseDiffPane, maxPaneOffset, paneColumnWidth } from '../components/compare/CaseDiffPane.js';
import type { RunResults } from '../components/compare/useCaseResults.js';
import { useApp } from '../context.js';
import { useKeys } from '../hooks/useKeys.js';
import { caseLabelOf } from '../../state/case-label.js';
import { drawing } from '../../look/drawing.js';

export interface CompareCaseViewProps {
	model: CompareModel;
	caseIndex: number;
	runA: number;
	runB: number;
	results: ReadonlyMap<number, RunResults>;
	/** The bench's case (inputs, expected output), loaded from the shared case list. */
	benchCase: CaseLookup;
	onInspect(side: 'a' | 'b'): void;
	/** Move the table selection (and this pane) by one row, or to the next/previous regression. */
	onMove(direction: 1 | -1, regressionOnly: boolean): void;
	onEdit(): void;
	onClose(): void;
}

function side(results: RunResults | undefined, caseId: string): SideResult {
	if (!results || results.state === 'loading') return 'loading';
	if (results.state === 'error') return { loadError: results.message };
	return results.byCase.get(caseId) ?? 'missing';
}

export function CompareCaseView({ model, caseIndex, runA, runB, results, benchCase, onInspect, onMove, onEdit, onClose }: CompareCaseViewProps) {
	const app = useApp();
	const row = model.cases[caseIndex];
	const width = app.columns;
	const height = app.viewRows;
	// Another case opens at the top: reset during render (React re-renders before painting), not in an effect.
	const [scrolled, setScrolled] = useState({ caseIndex, offset: 0 });
	if (scrolled.caseIndex !== caseIndex) setScrolled({ caseIndex, offset: 0 });
	const offset = scrolled.caseIndex === caseIndex ? scrolled.offset : 0;
	const setOffset = (next: number) => setScrolled({ caseIndex, offset: next });

	const lines = useMemo(
		() =>
			buildCasePaneLines(row, side(results.get(runA), row.case_id), side(results.get(runB), row.case_id), runA, runB, paneColumnWidth(width), {
				benchCase,
				flip: model.flips[caseIndex],
			}),
		[row, results, runA, runB, width, benchCase, model, caseIndex],
	);
	const max = maxPaneOffset(lines.length, height);
	const scroll = (delta: number) => setScrolled((s) => ({ caseIndex, offset: Math.max(0, Math.min(max, s.offset + delta)) }));
	const page = Math.max(1, height - 2);

	useKeys(['compare-case'], {
		'scroll-down': () => scroll(1),
		'scroll-up': () => scroll(-1),
		'page-down': () => scroll(page),
		'page-up': () => scroll(-page),
		top: () => setOffset(0),
		bottom: () => setOffset(max),
		'next-case': () => onMove(1, false),
		'previous-case': () => onMove(-1, false),
		'next-regression': () => onMove(1, true),
		'previous-regression': () => onMove(-1, true),
		'edit-case': onEdit,
		'inspect-b': () => onInspect('b'),
		'inspect-a': () => onInspect('a'),
		copy: () => app.copy(row.case_id, 'case id'),
		close: onClose,
	});

	const title = `case ${sanitize(caseLabelOf(row.case_label, row.case_id))}  ${drawing.dot}  ${sanitize(row.case_id)}`;
	return <CaseDiffPane title={title} lines={lines} offset={Math.min(offset, max)} height={height} width={width} />;
}
