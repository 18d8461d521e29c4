// A spinner frame from Ink's useAnimation: every animation shares Ink's one timer, so the spinners on screen cost one
// render per tick, not one each. ASCII frames when the locale is not UTF-8.
import { useAnimation } from 'ink';
import { drawing } from '../../look/drawing.js';
import { Text } from './Text.js';

/** Slower than the spinner's own 80 ms: every tick redraws the frame, and the bytes cross SSH. */
const TICK_MS = 120;

export function Spinner({ color }: { color?: string }) {
	const { frame } = useAnimation({ interval: TICK_MS });
	return <Text color={color}>{drawing.spinner[frame % drawing.spinner.length]}</Text>;
}
