// A horizontal bar `█████░░░░ 40/120`; the count is printed so the meaning does not rest on the bar alone.
import { Text } from './Text.js';
import { drawing } from '../../look/drawing.js';

export function progressBar(done: number, total: number, width: number): string {
	const ratio = total > 0 ? Math.max(0, Math.min(1, done / total)) : 0;
	const filled = Math.round(ratio * width);
	return drawing.barFull.repeat(filled) + drawing.barEmpty.repeat(Math.max(0, width - filled));
}

export function ProgressBar({ done, total, width, color = 'cyan' }: { done: number; total: number; width: number; color?: string }) {
	return (
		<Text>
			<Text color={color}>{progressBar(done, total, width)}</Text>
			{` ${done}/${total}`}
		</Text>
	);
}
