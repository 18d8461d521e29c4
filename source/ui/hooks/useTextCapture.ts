// While `active`, the App's global keys (q ? : esc) stay quiet so the text field receives them; Ctrl-C still quits.
import { useLayoutEffect } from 'react';
import { useActions } from '../context.js';

export function useTextCapture(active: boolean): void {
	const { captureKeyboard } = useActions();
	// A layout effect, so the very next key already finds the global keys quiet.
	useLayoutEffect(() => {
		if (!active) return;
		captureKeyboard(true);
		return () => captureKeyboard(false);
	}, [active, captureKeyboard]);
}
