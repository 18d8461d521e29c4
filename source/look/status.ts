// How every status looks, defined once for the app and the commands: its glyph (Unicode or ASCII), its colour and
// its word. Run and result statuses, verdicts, compare and cost flags; meaning never rests on colour alone.
import { glyphs, type GlyphSet } from './glyphs.js';
import { sanitize } from './sanitize.js';
import { drawing } from './drawing.js';

export type StatusColor = 'green' | 'red' | 'yellow' | 'cyan' | 'gray' | 'magenta';
type GlyphName = 'ok' | 'fail' | 'running' | 'pending' | 'canceled' | 'up' | 'down' | 'same' | 'skipped' | 'cached';

interface LookEntry {
	glyph: GlyphName;
	color: StatusColor;
	/** The word people read (the app and a terminal); pipes get the wire value itself. */
	word: string;
}

const LOOKS: Record<string, LookEntry> = {
	// Run statuses.
	completed: { glyph: 'ok', color: 'green', word: 'completed' },
	failed: { glyph: 'fail', color: 'red', word: 'failed' },
	running: { glyph: 'running', color: 'cyan', word: 'running' },
	pending: { glyph: 'pending', color: 'yellow', word: 'pending' },
	canceled: { glyph: 'canceled', color: 'gray', word: 'canceled' },
	// Result statuses.
	ok: { glyph: 'ok', color: 'green', word: 'ok' },
	cached: { glyph: 'cached', color: 'cyan', word: 'cached' },
	workflow_failed: { glyph: 'fail', color: 'red', word: 'workflow failed' },
	judge_failed: { glyph: 'fail', color: 'magenta', word: 'judge failed' },
	skipped: { glyph: 'skipped', color: 'gray', word: 'skipped' },
	// Verdicts.
	pass: { glyph: 'ok', color: 'green', word: 'pass' },
	fail: { glyph: 'fail', color: 'red', word: 'fail' },
	error: { glyph: 'fail', color: 'yellow', word: 'error' },
	// Compare flags; a case missing on one side shows the empty circle of a result that never came.
	improved: { glyph: 'up', color: 'green', word: 'improved' },
	regressed: { glyph: 'down', color: 'red', word: 'regressed' },
	unchanged: { glyph: 'same', color: 'gray', word: 'unchanged' },
	missing_a: { glyph: 'pending', color: 'yellow', word: 'missing A' },
	missing_b: { glyph: 'pending', color: 'yellow', word: 'missing B' },
	// Cost flags: ▲ "more" is the bad direction, so it is red.
	cost_regressed: { glyph: 'up', color: 'red', word: 'more' },
	cost_improved: { glyph: 'down', color: 'green', word: 'less' },
	cost_unchanged: { glyph: 'same', color: 'gray', word: '' },
};

export interface StatusLook {
	glyph: string;
	/** Undefined for a status this build does not know (a newer server): no colour. */
	color?: StatusColor;
	word: string;
}

/**
 * The look of a status. One this build does not know (a newer server) has no look: a blank glyph, no colour, its
 * own word, sanitized.
 *
 * @example statusLook('judge_failed') // { glyph: '✗', color: 'magenta', word: 'judge failed' }
 */
export function statusLook(status: string | null | undefined, set: GlyphSet = glyphs): StatusLook {
	if (status && Object.hasOwn(LOOKS, status)) {
		const look = LOOKS[status]!;
		return { glyph: set[look.glyph], color: look.color, word: look.word };
	}
	return { glyph: ' ', word: status ? sanitize(status) : `${drawing.dash}` };
}

/** Whether this build knows how `status` looks. */
export function isKnownStatus(status: string | null | undefined): boolean {
	return !!status && Object.hasOwn(LOOKS, status);
}

/** Score delta sign → the look of a compare flag (for aggregate figures that carry no server flag). */
export function deltaLook(delta: number, set: GlyphSet = glyphs): StatusLook {
	return statusLook(delta > 0 ? 'improved' : delta < 0 ? 'regressed' : 'unchanged', set);
}
