// Draws the review lines within a height budget; what does not fit is counted, not silently cut.
import { Box } from 'ink';
import { Text } from '../Text.js';
import { sanitize } from '../../../look/sanitize.js';
import type { ReviewLine } from '../../../state/case-review.js';
import { drawing } from '../../../look/drawing.js';

const STYLE: Record<ReviewLine['kind'], { prefix: string; color?: string; dim?: boolean; bold?: boolean }> = {
	field: { prefix: '', bold: true },
	removed: { prefix: '  - ', color: 'red' },
	added: { prefix: '  + ', color: 'green' },
	same: { prefix: '    ', dim: true },
	folded: { prefix: '    ', dim: true },
};

export function ChangeReview({ lines, height }: { lines: readonly ReviewLine[]; height: number }) {
	const fits = lines.length <= height;
	const shown = fits ? lines : lines.slice(0, Math.max(0, height - 1));
	return (
		<Box flexDirection="column" height={Math.min(height, lines.length)} overflow="hidden">
			{shown.map((line, index) => {
				const style = STYLE[line.kind];
				return (
					<Text key={index} color={style.color} dimColor={style.dim} bold={style.bold} wrap="truncate-end">
						{`${style.prefix}${sanitize(line.text)}`}
					</Text>
				);
			})}
			{fits ? null : <Text dimColor>{`${drawing.ellipsis} ${lines.length - shown.length} more lines`}</Text>}
		</Box>
	);
}
