// The spinner runs on Ink's shared animation clock: it advances by itself, with no input and no timer of its own.
import { render } from 'ink-testing-library';
import { expect, it } from 'vitest';
import { Spinner } from '../../../source/ui/components/Spinner.js';

it('advances on its own', async () => {
	const { lastFrame, unmount } = render(<Spinner />);
	const first = lastFrame();
	const deadline = Date.now() + 5000;
	while (lastFrame() === first && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
	expect(lastFrame(), 'the frame changed without any input').not.toBe(first);
	unmount();
});
