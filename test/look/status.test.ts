// One look per status: the app's table and the commands' badges agree, in Unicode and ASCII, and unknown statuses
// have no look.
import { describe, expect, it } from 'vitest';
import { glyphSet } from '../../source/look/glyphs.js';
import { deltaLook, statusLook } from '../../source/look/status.js';
import { badge, styleFor } from '../../source/commands/output.js';
import { RESULT_STATUSES } from '../../source/wire/types.js';

const unicode = glyphSet(true);
const ascii = glyphSet(false);
const terminal = styleFor({ isTTY: true, write: () => true } as never, { LANG: 'C.UTF-8' });
const pipe = styleFor({ isTTY: false, write: () => true } as never, { LANG: 'C.UTF-8' });

describe('statusLook', () => {
	it('draws a judge failure magenta and a workflow failure red, both with the fail glyph and their own words', () => {
		expect(statusLook('judge_failed', unicode)).toEqual({ glyph: '✗', color: 'magenta', word: 'judge failed' });
		expect(statusLook('workflow_failed', unicode)).toEqual({ glyph: '✗', color: 'red', word: 'workflow failed' });
	});

	it('gives every result status a glyph, a colour and a word', () => {
		for (const status of RESULT_STATUSES) {
			const look = statusLook(status, unicode);
			expect(look.glyph.trim(), status).not.toBe('');
			expect(look.color, status).toBeDefined();
			expect(look.word, status).not.toBe('');
		}
	});

	it('uses the ASCII set when asked', () => {
		expect(statusLook('completed', ascii).glyph).toBe('+');
		expect(statusLook('missing_a', ascii)).toEqual({ glyph: 'o', color: 'yellow', word: 'missing A' });
	});

	it('gives a status it does not know a blank glyph, no colour and its sanitized word', () => {
		expect(statusLook('paused\x1b[2J\x07', unicode)).toEqual({ glyph: ' ', word: 'paused^G' });
		expect(statusLook(null, unicode)).toEqual({ glyph: ' ', word: '—' });
	});

	it('maps a delta sign to improved, regressed or unchanged', () => {
		expect(deltaLook(0.2, unicode).word).toBe('improved');
		expect(deltaLook(-0.2, unicode).word).toBe('regressed');
		expect(deltaLook(0, unicode).word).toBe('unchanged');
	});
});

describe('badge (commands)', () => {
	it('paints with the same colour and glyph as the app, keeping the wire word for scripts', () => {
		expect(badge(terminal, 'judge_failed')).toBe('\x1b[35m✗ judge_failed\x1b[39m');
		expect(badge(terminal, 'missing_a')).toBe('\x1b[33m◌ missing_a\x1b[39m');
	});

	it('prints the bare word to a pipe and for an unknown status', () => {
		expect(badge(pipe, 'judge_failed')).toBe('judge_failed');
		expect(badge(terminal, 'paused')).toBe('paused');
	});
});
