// Renders a terminal capture (text with ANSI SGR colours, e.g. `tmux capture-pane -e -p`) to an SVG, through a
// headless xterm so the colours, bold, dim and inverse are exactly what a terminal would show.
import xterm from '@xterm/headless';

const { Terminal } = xterm;

const BASE16 = ['#1e1e1e', '#cd3131', '#0dbc79', '#e5e510', '#2472c8', '#bc3fbc', '#11a8cd', '#e5e5e5', '#666666', '#f14c4c', '#23d18b', '#f5f543', '#3b8eea', '#d670d6', '#29b8db', '#ffffff'];
const FOREGROUND = '#d4d4d4';
const BACKGROUND = '#1e1e1e';
const CELL_W = 8.4;
const CELL_H = 17;
const FONT_SIZE = 14;

function palette(index) {
	if (index < 16) return BASE16[index];
	if (index < 232) {
		const i = index - 16;
		const level = (v) => (v === 0 ? 0 : 55 + v * 40);
		return `rgb(${level(Math.floor(i / 36))},${level(Math.floor(i / 6) % 6)},${level(i % 6)})`;
	}
	const grey = 8 + (index - 232) * 10;
	return `rgb(${grey},${grey},${grey})`;
}

function color(cell, which) {
	const isDefault = which === 'fg' ? cell.isFgDefault() : cell.isBgDefault();
	if (isDefault) return null;
	const value = which === 'fg' ? cell.getFgColor() : cell.getBgColor();
	const rgb = which === 'fg' ? cell.isFgRGB() : cell.isBgRGB();
	return rgb ? `#${value.toString(16).padStart(6, '0')}` : palette(value);
}

const escapeXml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export async function ansiToSvg(ansi, columns, rows) {
	const terminal = new Terminal({ cols: columns, rows, allowProposedApi: true });
	await new Promise((resolve) => terminal.write(ansi.replace(/\r?\n/g, '\r\n'), resolve));
	const buffer = terminal.buffer.active;
	const parts = [];
	const cell = buffer.getNullCell();
	for (let y = 0; y < rows; y++) {
		const line = buffer.getLine(y);
		if (!line) continue;
		let run = null;
		const flush = () => {
			if (!run) return;
			const x = run.x * CELL_W;
			const top = y * CELL_H;
			if (run.bg) parts.push(`<rect x="${x}" y="${top}" width="${run.text.length * CELL_W}" height="${CELL_H}" fill="${run.bg}"/>`);
			if (run.text.trim())
				parts.push(
					`<text x="${x}" y="${top + CELL_H - 4}" fill="${run.fg}"${run.bold ? ' font-weight="bold"' : ''}${run.dim ? ' opacity="0.6"' : ''}${run.underline || run.strike ? ` text-decoration="${[run.underline && 'underline', run.strike && 'line-through'].filter(Boolean).join(' ')}"` : ''} xml:space="preserve">${escapeXml(run.text)}</text>`,
				);
			run = null;
		};
		for (let x = 0; x < columns; x++) {
			line.getCell(x, cell);
			if (cell.getWidth() === 0) continue;
			let fg = color(cell, 'fg') ?? FOREGROUND;
			let bg = color(cell, 'bg');
			if (cell.isInverse()) [fg, bg] = [bg ?? BACKGROUND, fg];
			const style = { fg, bg, bold: !!cell.isBold(), dim: !!cell.isDim(), underline: !!cell.isUnderline(), strike: !!cell.isStrikethrough() };
			const same = run && ['fg', 'bg', 'bold', 'dim', 'underline', 'strike'].every((key) => run[key] === style[key]);
			if (!same) {
				flush();
				run = { x, text: '', ...style };
			}
			run.text += cell.getChars() || ' ';
		}
		flush();
	}
	const width = Math.ceil(columns * CELL_W);
	const height = rows * CELL_H;
	return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="DejaVu Sans Mono, monospace" font-size="${FONT_SIZE}">
<rect width="100%" height="100%" fill="${BACKGROUND}"/>
${parts.join('\n')}
</svg>
`;
}
