// While `active`, the App's global keys (q ? : esc) stay quiet so the text field receives them; Ctrl-C still quits.
import { useEffect } from 'react';
import { useApp } from '../context.js';

export function useTextCapture(active: boolean): void {
	const { captureKeyboard } = useApp();
	useEffect(() => {
		if (!active) return;
		captureKeyboard(true);
		return () => captureKeyboard(false);
	}, [active, captureKeyboard]);
}
