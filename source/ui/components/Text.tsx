// The Text every view draws with: each string or number child is sanitized here, whatever its type and however it
// was built, so a server value interpolated anywhere (`run ${run.id}`) reaches the terminal inert. Ink's own Text
// is imported only by this file.
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
