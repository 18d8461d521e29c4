// A one-line progress spinner on stderr for long waits (ink-spinner's `dots` frames); inert when stderr is not a TTY.
import spinners from 'cli-spinners';
import type { CommandIO } from './command.js';

export interface Spinner {
	/** Writes to stdout without the spinner line getting in the way. */
	print(text: string): void;
	stop(): void;
}

export function startSpinner(io: CommandIO, status: () => string): Spinner {
	if (!io.stderr.isTTY) {
		return { print: (text) => void io.stdout.write(text), stop: () => {} };
	}
	const { frames, interval } = spinners.dots;
	let frame = 0;
	const draw = () => io.stderr.write(`\r\x1b[2K${frames[frame++ % frames.length]} ${status()}`);
	const clear = () => io.stderr.write('\r\x1b[2K');
	const timer = setInterval(draw, interval);
	draw();
	return {
		print(text) {
			clear();
			io.stdout.write(text);
			draw();
		},
		stop() {
			clearInterval(timer);
			clear();
		},
	};
}
