// How a verdict flip between two runs looks: ✓→✗ (red) or ✗→✓ (green) in the compare table; blank when it held.
import type { Flip } from '../state/compare-verdicts.js';
import { drawing } from './drawing.js';
import { glyphs } from './glyphs.js';

export function flipLook(flip: Flip): { text: string; color?: 'red' | 'green' } {
	if (flip === 'pass→fail') return { text: `${glyphs.ok}${drawing.arrow}${glyphs.fail}`, color: 'red' };
	if (flip === 'fail→pass') return { text: `${glyphs.fail}${drawing.arrow}${glyphs.ok}`, color: 'green' };
	return { text: '' };
}
