// How the inspector's token kinds look: JSON syntax colours and label/heading styles. With NO_COLOR nothing is
// coloured (bold and underline stay, so headings and search hits still read).
import type { TokenKind } from '../state/json-tokens.js';

export interface TokenStyle {
	color?: string;
	bold?: boolean;
	dim?: boolean;
}

const STYLES: Record<TokenKind, TokenStyle> = {
	text: {},
	key: { color: 'cyan' },
	string: { color: 'green' },
	number: { color: 'yellow' },
	literal: { color: 'magenta' },
	punct: { dim: true },
	label: { bold: true },
	dim: { dim: true },
	error: { color: 'red' },
	heading: { bold: true, color: 'blue' },
};

export function colorsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
	return !env.NO_COLOR && env.FORCE_COLOR !== '0';
}

export function tokenStyle(kind: TokenKind, colors = colorsEnabled()): TokenStyle {
	const style = STYLES[kind];
	return colors ? style : { bold: style.bold, dim: style.dim };
}
