// Side-by-side view of one case in runs A and B: the case's inputs and expected output, fields, then score and
// output diffs. Scrolls by offset;
// only the lines in view are rendered.
import { Box } from 'ink';
import { Text } from '../Text.js';
import type { Segment } from '../../../state/output-diff.js';
import type { PaneLine } from '../../../state/case-pane-lines.js';
import { columns } from '../../../look/text.js';
import { tokenStyle } from '../../../look/syntax-colors.js';
import { drawing } from '../../../look/drawing.js';

/** Gutter (2) + left column + separator (3) + right column. */
export function paneColumnWidth(width: number): number {
	return Math.max(8, Math.floor((width - 5) / 2));
}

function Segments({ segments, side, width }: { segments: Segment[]; side: 'left' | 'right'; width: number }) {
	const used = segments.reduce((n, s) => n + columns(s.text), 0);
	return (
		<Text>
			{segments.map((segment, i) =>
				segment.changed ? (
					<Text key={i} color={side === 'left' ? 'red' : 'green'} underline>
						{segment.text}
					</Text>
				) : (
					<Text key={i}>{segment.text}</Text>
				),
			)}
			{' '.repeat(Math.max(0, width - used))}
		</Text>
	);
}

function Line({ line, width }: { line: PaneLine; width: number }) {
	if (line.kind === 'heading') {
		return (
			<Text bold color="cyan" wrap="truncate">
				{line.text}
			</Text>
		);
	}
	if (line.kind === 'full') {
		return (
			<Text wrap="truncate">
				{'  '}
				{line.tokens.map((token, i) => {
					const style = tokenStyle(token.kind);
					return (
						<Text key={i} color={style.color} bold={style.bold} dimColor={style.dim}>
							{token.text}
						</Text>
					);
				})}
			</Text>
		);
	}
	const column = paneColumnWidth(width);
	const markColor = line.mark === '-' ? 'red' : line.mark === '+' ? 'green' : line.mark === '~' ? 'yellow' : undefined;
	return (
		<Text wrap="truncate">
			<Text color={markColor}>{`${line.mark} `}</Text>
			<Segments segments={line.left} side="left" width={column} />
			<Text dimColor>{` ${drawing.bar} `}</Text>
			<Segments segments={line.right} side="right" width={column} />
		</Text>
	);
}

export interface CaseDiffPaneProps {
	title: string;
	lines: readonly PaneLine[];
	offset: number;
	height: number;
	width: number;
	/** The keys named after the title (the compare view's by default). */
	hints?: string;
}

export function CaseDiffPane({ title, lines, offset, height, width, hints = `  ${drawing.dot} Esc table ${drawing.dot} n/p case ${drawing.dot} ]/[ regression ${drawing.dot} o inspect B ${drawing.dot} e edit` }: CaseDiffPaneProps) {
	const bodyHeight = Math.max(1, height - 1);
	const visible = lines.slice(offset, offset + bodyHeight);
	const more = lines.length > offset + bodyHeight ? `  ${lines.length - offset - bodyHeight} more lines (j/k, PgDn)` : '';
	return (
		<Box flexDirection="column" height={height} overflow="hidden">
			<Box height={1}>
				<Text bold wrap="truncate">
					{title}
					<Text dimColor>{`${more}${hints}`}</Text>
				</Text>
			</Box>
			{visible.map((line, i) => (
				<Box key={offset + i} height={1} overflow="hidden">
					<Line line={line} width={width} />
				</Box>
			))}
		</Box>
	);
}

export function maxPaneOffset(lineCount: number, height: number): number {
	return Math.max(0, lineCount - Math.max(1, height - 1));
}
