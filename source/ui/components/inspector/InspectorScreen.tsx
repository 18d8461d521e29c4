// The inspector full screen: one result's sections scrolled like less (j/k, Space/b, d/u, g/G, Tab between
// sections), `/` search across every section with n/N and every hit highlighted, `w` wrap, `Y` copy the focused
// section, `v` the focused section in $PAGER. The focused section is the one Tab or a search hit moved to, else the
// one at the top of the screen (at the bottom: the last one whose heading shows).
import { Box } from 'ink';
import { Text } from '../Text.js';
import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { sectionText, type InspectorSection } from '../../../state/inspector.js';
import { findHits, hitFrom, MAX_HITS, type SearchHit } from '../../../state/inspector-search.js';
import { sanitize } from '../../../look/sanitize.js';
import { useActions } from '../../context.js';
import { useKeys } from '../../hooks/useKeys.js';
import { showInPager } from '../../pager.js';
import { TextInput } from '../TextInput.js';
import { InspectorPane, maxScroll } from './InspectorPane.js';
import { useInspectorLayout } from './useInspectorLayout.js';
import { drawing } from '../../../look/drawing.js';

export interface InspectorScreenProps {
	sections: readonly InspectorSection[];
	/** First line: what is inspected (`run 812 · case Town hall`). */
	title: string;
	width: number;
	height: number;
	isActive?: boolean;
	/** Esc: given when the host view handles Esc itself; otherwise Esc is the App's back. */
	onClose?: () => void;
}

export function InspectorScreen({ sections, title, width, height, isActive = true, onClose }: InspectorScreenProps) {
	const app = useActions();
	const [wrap, setWrap] = useState(true);
	// Infinity: pinned to the end (G while a big output is still being laid out keeps showing its end).
	const [scroll, setScroll] = useState(0);
	const [searching, setSearching] = useState(false);
	const [query, setQuery] = useState('');
	const [currentHit, setCurrentHit] = useState(-1);
	/** Set by Tab and by moving to a hit; scrolling by lines or pages hands focus back to the top line. */
	const [focus, setFocus] = useState<number | null>(null);
	/** A search whose first hit the layout has not reached yet: the line it searches from. */
	const [awaitingHitFrom, setAwaitingHitFrom] = useState<number | null>(null);

	const { layout, done, progress } = useInspectorLayout(sections, Math.max(8, width - 1), wrap);
	// Recomputed as a big output's layout grows (a handful of slices), then once per query.
	const lineCount = layout.lines.length;
	const hits = useMemo(() => findHits(layout.lines, query, lineCount), [layout, lineCount, query]);
	const hitsByLine = useMemo(() => {
		const map = new Map<number, SearchHit[]>();
		for (const hit of hits) map.set(hit.line, [...(map.get(hit.line) ?? []), hit]);
		return map;
	}, [hits]);

	const paneHeight = Math.max(1, height - 2);
	const max = maxScroll(layout.lines.length, paneHeight);
	const top = Math.min(scroll, max);
	const focused = focus ?? focusedSection(layout.starts, top, paneHeight, max, layout.lines[top]?.section ?? 0);
	const section = sections[focused];
	const current = hits[currentHit];

	// Clamped when drawn (`top`), not here: while a big output is laid out, the layout can be ahead of the last render,
	// and a hit found in it must not be clamped to the end of what that render had.
	const scrollTo = (line: number, section: number | null = null) => {
		setScroll(Math.max(0, line));
		setFocus(section);
	};
	const goToHit = (index: number) => {
		if (index < 0) return app.notify(query ? `no match for "${query}"` : 'no search: press / first');
		setCurrentHit(index);
		// Like less: the line with the hit becomes the top line (one line of context above it when there is room).
		scrollTo(hits[index].line - 1, layout.lines[hits[index].line].section);
	};
	/** Like less: the first hit from line `from` on; while the layout still grows, one it has not reached is waited for. */
	const searchFrom = (found: readonly SearchHit[], value: string, from: number) => {
		const index = found.findIndex((hit) => hit.line >= from);
		if (index < 0 && value && !done) return setAwaitingHitFrom(from);
		setAwaitingHitFrom(null);
		if (found.length === 0) {
			setCurrentHit(-1);
			if (value) app.notify(`no match for "${value}"`);
			return;
		}
		// None after `from`: the first one, wrapping around.
		const first = Math.max(0, index);
		setCurrentHit(first);
		scrollTo(found[first].line - 1, layout.lines[found[first].line].section);
	};
	const retryAwaitedSearch = useEffectEvent(() => {
		if (awaitingHitFrom !== null) searchFrom(hits, query, awaitingHitFrom);
	});
	// Each time more of the layout arrives (new hits, or its end).
	useEffect(() => retryAwaitedSearch(), [hits, done]);
	const step = (direction: 1 | -1) => {
		if (hits.length === 0) return goToHit(-1);
		goToHit(currentHit < 0 ? hitFrom(hits, top, direction) : (currentHit + direction + hits.length) % hits.length);
	};
	const jumpSection = (direction: 1 | -1) => {
		const target = Math.max(0, Math.min(sections.length - 1, focused + direction));
		scrollTo(layout.starts[target], target);
	};
	const openPager = () => {
		const text = sectionText(section);
		void app
			.suspend(() => showInPager(text))
			.catch((error: unknown) => app.reportError(error, `pager (${section.title})`));
	};
	const page = Math.max(1, paneHeight - 1);
	const half = Math.max(1, Math.floor(paneHeight / 2));

	useKeys(
		['inspector'],
		{
			'scroll-down': () => scrollTo(top + 1),
			'scroll-up': () => scrollTo(top - 1),
			'page-down': () => scrollTo(top + page),
			'page-up': () => scrollTo(top - page),
			'half-down': () => scrollTo(top + half),
			'half-up': () => scrollTo(top - half),
			top: () => scrollTo(0),
			bottom: () => {
				setScroll(done ? max : Infinity);
				setFocus(null);
			},
			'next-section': () => jumpSection(1),
			'previous-section': () => jumpSection(-1),
			search: () => setSearching(true),
			'next-hit': () => step(1),
			'previous-hit': () => step(-1),
			wrap: () => {
				setWrap((w) => !w);
				setCurrentHit(-1);
				scrollTo(0);
			},
			'copy-section': () => app.copy(sectionText(section), `the ${section.title} section`),
			pager: openPager,
			...(onClose ? { close: onClose } : {}),
		},
		{ isActive: isActive && !searching },
	);

	const position = `${section.title} (${focused + 1}/${sections.length}) ${drawing.dot} line ${top + 1}/${layout.lines.length}${done ? '' : ` (laying out ${Math.floor(progress * 100)}%)`}${wrap ? '' : ` ${drawing.dot} no wrap`}`;
	const found = query ? ` ${drawing.dot} "${sanitize(query)}" ${hits.length === 0 ? 'not found' : `${currentHit + 1 > 0 ? `${currentHit + 1}/` : ''}${hits.length}${hits.length >= MAX_HITS ? '+' : ''} hits`}` : '';
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			<Box height={1} overflow="hidden">
				<Text bold wrap="truncate">
					{title}
				</Text>
			</Box>
			<InspectorPane lines={layout.lines} scroll={top} height={paneHeight} width={width} hitsByLine={hitsByLine} current={current} gutter />
			<Box height={1} overflow="hidden">
				{searching ? (
					<>
						<Text color="yellow">/</Text>
						<TextInput
							initial={query}
							onSubmit={(value) => {
								setSearching(false);
								setQuery(value);
								searchFrom(findHits(layout.lines, value), value, top);
							}}
							onCancel={() => setSearching(false)}
						/>
					</>
				) : (
					<Text wrap="truncate">
						<Text color="cyan">{position}</Text>
						<Text color="yellow">{found}</Text>
						<Text dimColor>{`  / search ${drawing.dot} n/N ${drawing.dot} Tab section ${drawing.dot} w wrap ${drawing.dot} Y copy ${drawing.dot} v pager ${drawing.dot} Esc back`}</Text>
					</Text>
				)}
			</Box>
		</Box>
	);
}

/** At the bottom, the last section whose heading is on screen; elsewhere the section of the top line. */
function focusedSection(starts: readonly number[], top: number, height: number, max: number, topSection: number): number {
	if (top < max || max === 0) return topSection;
	let section = topSection;
	starts.forEach((start, index) => {
		if (start >= top && start < top + height) section = index;
	});
	return section;
}
