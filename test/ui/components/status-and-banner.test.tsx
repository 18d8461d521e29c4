// Components that need no terminal height, rendered with ink-testing-library: the status glyph, the banner and the
// progress bar say their meaning in words and stay within their width.
import { render } from 'ink-testing-library';
import stringWidth from 'string-width';
import { afterEach, describe, expect, it } from 'vitest';
import { Banner } from '../../../source/ui/components/Banner.js';
import { ProgressBar } from '../../../source/ui/components/ProgressBar.js';
import { StatusGlyph } from '../../../source/ui/components/StatusGlyph.js';
import { glyphs } from '../../../source/look/glyphs.js';

let view: ReturnType<typeof render> | undefined;
afterEach(() => {
	view?.unmount();
	view = undefined;
});

describe('StatusGlyph', () => {
	it('draws a finished run as its glyph and word', () => {
		view = render(<StatusGlyph status="completed" />);
		expect(view.lastFrame()).toBe(`${glyphs.ok} completed`);
	});

	it('draws a running run without spinning when asked, and an unknown status as its bare word', () => {
		view = render(<StatusGlyph status="running" spin={false} />);
		expect(view.lastFrame()).toBe(`${glyphs.running} running`);
		view.rerender(<StatusGlyph status={'paused' as never} />);
		expect(view.lastFrame()).toBe('  paused');
	});
});

describe('Banner', () => {
	it('shows a short error whole, with the dismiss hint', () => {
		view = render(<Banner message="runs of x: 503 busy" width={80} />);
		expect(view.lastFrame()).toContain('runs of x: 503 busy  (ctrl-x dismiss)');
	});

	it('cuts a long error to its width in columns, pointing at the message log', () => {
		view = render(<Banner message={`cases: ${'漢字 wide '.repeat(20)}`} width={40} />);
		const frame = view.lastFrame()!;
		expect(frame).toContain('(! for all)');
		expect(stringWidth(frame)).toBeLessThanOrEqual(40);
	});
});

describe('ProgressBar', () => {
	it('prints the count beside the bar', () => {
		view = render(<ProgressBar done={3} total={12} width={8} />);
		expect(view.lastFrame()).toMatch(/ 3\/12$/);
		expect(stringWidth(view.lastFrame()!)).toBe(8 + ' 3/12'.length);
	});
});
