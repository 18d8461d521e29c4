// The terminal's size, updated on resize (Ink's own hook; kept under the app's name so views import one place).
import { useWindowSize, type WindowSize } from 'ink';

export type TerminalSize = WindowSize;

export function useTerminalSize(): TerminalSize {
	return useWindowSize();
}
