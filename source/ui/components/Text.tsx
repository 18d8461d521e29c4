// The Text every view draws with: each string or number child is sanitized here, whatever its type and however it
// was built, so a server value interpolated anywhere (`run ${run.id}`) reaches the terminal inert. Ink's own Text
// is imported only by this file.
import chalk from 'chalk';
import { Text as InkText, type TextProps } from 'ink';
import { Children, type ReactNode } from 'react';
import { sanitizeMultiline } from '../../look/sanitize.js';

const isText = (child: unknown): child is string | number | bigint =>
	typeof child === 'string' || typeof child === 'number' || typeof child === 'bigint';

function clean(children: ReactNode): ReactNode {
	if (isText(children)) return sanitizeMultiline(children);
	if (children == null || typeof children === 'boolean') return children;
	return Children.map(children, (child) => (isText(child) ? sanitizeMultiline(child) : child));
}

/** Ink's Text, with its text children sanitized. */
export function Text({ children, ...props }: TextProps) {
	return <InkText {...props}>{clean(children)}</InkText>;
}

export interface ColoredRun {
	text: string;
	color?: 'green' | 'red' | 'yellow' | 'gray' | 'magenta' | 'cyan';
	dim?: boolean;
}

/**
 * Runs of text, each in one colour, drawn as ONE Ink Text: dense rows (the history matrix's glyph per run) stay one
 * node instead of dozens. Each run is sanitized before chalk colours it (the same chalk, so the same colour support
 * as Ink's own `color`: none with NO_COLOR or off a terminal).
 */
export function ColoredRuns({ runs, ...props }: Omit<TextProps, 'children'> & { runs: readonly ColoredRun[] }) {
	let text = '';
	for (const run of runs) {
		let painted = sanitizeMultiline(run.text);
		if (run.color) painted = chalk[run.color](painted);
		if (run.dim) painted = chalk.dim(painted);
		text += painted;
	}
	return <InkText {...props}>{text}</InkText>;
}
