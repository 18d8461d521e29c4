// The selected result's detail pane: a window of `height` pre-wrapped lines (see detailLines) from `scroll`.
import { Box } from 'ink';
import { Text } from '../Text.js';

export interface ResultDetailProps {
	/** From detailLines(); empty when nothing is selected. */
	lines: readonly string[];
	width: number;
	height: number;
	scroll: number;
}

export function clampDetailScroll(scroll: number, lineCount: number, height: number): number {
	return Math.max(0, Math.min(scroll, lineCount - height));
}

export function ResultDetail({ lines, width, height, scroll }: ResultDetailProps) {
	if (height <= 0) return null;
	if (lines.length === 0) return <Text dimColor>no result selected</Text>;
	const from = clampDetailScroll(scroll, lines.length, height);
	const visible = lines.slice(from, from + height);
	return (
		<Box flexDirection="column" width={width} height={height} overflow="hidden">
			{visible.map((line, index) => (
				<Text key={from + index} wrap="truncate" bold={from + index === 0}>
					{line || ' '}
				</Text>
			))}
		</Box>
	);
}
