// A spinner frame driven by ONE shared clock: every spinner on screen advances in the same tick (one render),
// instead of one timer and one render per spinner (ink-spinner). ASCII frames when the locale is not UTF-8.
import { Text } from './Text.js';
import { useSyncExternalStore } from 'react';
import { drawing } from '../../look/drawing.js';

/** Slower than the spinner's own 80 ms: every tick redraws the frame, and the bytes cross SSH. */
const TICK_MS = 120;

let tick = 0;
let timer: NodeJS.Timeout | undefined;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
	listeners.add(listener);
	timer ??= setInterval(() => {
		tick++;
		for (const notify of listeners) notify();
	}, TICK_MS);
	return () => {
		listeners.delete(listener);
		if (listeners.size === 0 && timer) {
			clearInterval(timer);
			timer = undefined;
		}
	};
}

function spinnerFrame(at: number): string {
	return drawing.spinner[at % drawing.spinner.length];
}

export function Spinner({ color }: { color?: string }) {
	const at = useSyncExternalStore(subscribe, () => tick);
	return <Text color={color}>{spinnerFrame(at)}</Text>;
}
