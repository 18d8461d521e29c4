// The spinner runs on Ink's shared animation clock: it advances by itself, and spinners on one screen stay in step.
import { Box } from 'ink';
import { render } from 'ink-testing-library';
import { expect, it } from 'vitest';
import { Spinner } from '../../../source/ui/components/Spinner.js';

it('advances on its own, two spinners showing the same frame', async () => {
	const { lastFrame, frames, unmount } = render(
		<Box gap={1}>
			<Spinner />
			<Spinner />
		</Box>,
	);
	const first = lastFrame();
	const deadline = Date.now() + 5000;
	while (lastFrame() === first && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
	expect(lastFrame(), 'the frame changed without any input').not.toBe(first);
	for (const frame of frames) {
		const [a, b] = frame.split(' ');
		expect(a).toBe(b);
	}
	unmount();
});
