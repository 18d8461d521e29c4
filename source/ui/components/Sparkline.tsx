// A one-line chart (text) of a series (oldest first) scaled to its own min..max; gaps (null) show as spaces.
import { drawing } from '../../look/drawing.js';
import { pad } from '../../look/text.js';

export function sparkline(values: readonly (number | null)[], width: number, levels: readonly string[] = drawing.spark): string {
	const series = values.slice(-width);
	const numbers = series.filter((v): v is number => v != null && Number.isFinite(v));
	if (numbers.length === 0) return ' '.repeat(width);
	const min = Math.min(...numbers);
	const max = Math.max(...numbers);
	const span = max - min;
	const chars = series.map((v) => {
		if (v == null || !Number.isFinite(v)) return ' ';
		const level = span === 0 ? Math.floor((levels.length - 1) / 2) : Math.round(((v - min) / span) * (levels.length - 1));
		return levels[level];
	});
	return pad(chars.join(''), width, 'right');
}
