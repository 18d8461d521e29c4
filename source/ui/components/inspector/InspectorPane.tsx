// A window of the inspector's display lines: syntax-coloured tokens, search hits highlighted (the current one
// apart), and a one-column gutter marking lines with hits (▸ current, · other) so hits read without colour.
import { Box } from 'ink';
import { Text } from '../Text.js';
import { memo } from 'react';
import type { DisplayLine } from '../../../state/inspector.js';
import { markHits, type SearchHit } from '../../../state/inspector-search.js';
import { tokenStyle } from '../../../look/syntax-colors.js';
import { drawing } from '../../../look/drawing.js';

const MARK = { current: drawing.hit, other: drawing.dot };

export interface InspectorPaneProps {
	lines: readonly DisplayLine[];
	scroll: number;
	height: number;
	width: number;
	/** Hits by line (only lines in view are looked up). */
	hitsByLine?: ReadonlyMap<number, SearchHit[]>;
	current?: SearchHit;
	/** Draw the hit gutter (full screen); the feed's pane leaves it out. */
	gutter?: boolean;
}

const PaneLine = memo(function PaneLine({ line, hits, current, gutter }: { line: DisplayLine; hits: SearchHit[]; current?: SearchHit; gutter: boolean }) {
	const pieces = markHits(line.tokens, hits, current);
	const mark = hits.length === 0 ? ' ' : hits.includes(current as SearchHit) ? MARK.current : MARK.other;
	return (
		<Text wrap="truncate">
			{gutter ? <Text color="yellow">{mark}</Text> : null}
			{pieces.length === 0 ? ' ' : null}
			{pieces.map((piece, i) => {
				const style = tokenStyle(piece.kind);
				return (
					<Text
						key={i}
						color={piece.hit === 'current' ? 'black' : style.color}
						backgroundColor={piece.hit === 'current' ? 'yellow' : undefined}
						inverse={piece.hit === 'other'}
						bold={style.bold || piece.hit === 'current'}
						dimColor={style.dim && !piece.hit}
						underline={piece.hit !== undefined}
					>
						{piece.text}
					</Text>
				);
			})}
		</Text>
	);
});

const NO_HITS: SearchHit[] = [];

export function InspectorPane({ lines, scroll, height, width, hitsByLine, current, gutter = false }: InspectorPaneProps) {
	if (height <= 0) return null;
	const visible = lines.slice(scroll, scroll + height);
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			{visible.map((line, i) => (
				<Box key={i} height={1} overflow="hidden">
					<PaneLine line={line} hits={hitsByLine?.get(scroll + i) ?? NO_HITS} current={current} gutter={gutter} />
				</Box>
			))}
		</Box>
	);
}

/** The largest scroll that still fills the pane. */
export function maxScroll(lineCount: number, height: number): number {
	return Math.max(0, lineCount - Math.max(1, height));
}
