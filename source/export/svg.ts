import type {Colour, Row, Style} from './cells.js';
import {frameCells} from './cells.js';

/*
 * The frame as a vector image: a monospace cell grid on a light page (it goes
 * into slides and documents), every glyph placed in its own cell so box
 * drawing and wide characters stay aligned whatever the viewer's font.
 */

export const svgMetrics = {fontSize: 14, cellWidth: 8.4, lineHeight: 18, padding: 12, baseline: 13.5} as const;

/** The palette as it prints: the terminal's colour names mapped to tones that read on white. */
export const printPalette: Record<Colour, string> = {
	default: '#1f2328',
	black: '#1f2328',
	red: '#c62828',
	green: '#2e7d32',
	yellow: '#8d6e00',
	blue: '#1565c0',
	magenta: '#a626a4',
	cyan: '#00838f',
	white: '#6e7781',
	gray: '#6e7781',
};
export const pageColour = '#ffffff';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const number = (value: number) => Number(value.toFixed(2)).toString();
const sameStyle = (a: Style, b: Style) => a.fg === b.fg && a.bold === b.bold && a.dim === b.dim && a.inverse === b.inverse;

export const svgSize = (columns: number, rows: number) => ({
	width: Math.round(columns * svgMetrics.cellWidth + 2 * svgMetrics.padding),
	height: Math.round(rows * svgMetrics.lineHeight + 2 * svgMetrics.padding),
});

const rowMarkup = (row: Row, index: number): {backgrounds: string[]; text: string} => {
	const {cellWidth, lineHeight, padding, baseline} = svgMetrics;
	const top = padding + index * lineHeight;
	const backgrounds: string[] = [];
	const spans: string[] = [];
	// Runs of cells of one style; spaces are not drawn, only placed.
	let start = 0;
	while (start < row.length) {
		let end = start + 1;
		while (end < row.length && sameStyle(row[end]!.style, row[start]!.style)) end++;
		const run = row.slice(start, end);
		const {style} = run[0]!;
		const colour = printPalette[style.fg];
		if (style.inverse) {
			const last = run.at(-1)!;
			const x = padding + run[0]!.column * cellWidth;
			const width = (last.column + last.width - run[0]!.column) * cellWidth;
			backgrounds.push(`<rect x="${number(x)}" y="${number(top)}" width="${number(width)}" height="${lineHeight}" fill="${colour}"${style.dim ? ' fill-opacity="0.6"' : ''}/>`);
		}
		const glyphs = run.filter((cell) => cell.text.trim() !== '');
		if (glyphs.length > 0) {
			// SVG takes one x per character (code point): a grapheme made of several repeats its cell's x.
			const xs = glyphs.flatMap((cell) => [...cell.text].map(() => number(padding + cell.column * cellWidth))).join(' ');
			const attributes = [
				`x="${xs}"`,
				`fill="${style.inverse ? pageColour : colour}"`,
				style.bold ? 'font-weight="bold"' : '',
				style.dim && !style.inverse ? 'fill-opacity="0.6"' : '',
			].filter(Boolean);
			spans.push(`<tspan ${attributes.join(' ')}>${escapeXml(glyphs.map((cell) => cell.text).join(''))}</tspan>`);
		}
		start = end;
	}
	return {backgrounds, text: `<text y="${number(top + baseline)}">${spans.join('')}</text>`};
};

/** An SVG of the frame: `columns` wide, one text row per frame line. */
export const frameSvg = (ansi: string, columns: number): string => {
	const rows = frameCells(ansi);
	const {width, height} = svgSize(columns, rows.length);
	const drawn = rows.map(rowMarkup);
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
		`<rect width="${width}" height="${height}" fill="${pageColour}"/>`,
		...drawn.flatMap((row) => row.backgrounds),
		`<g font-family="DejaVu Sans Mono, monospace" font-size="${svgMetrics.fontSize}">`,
		...drawn.map((row) => row.text),
		'</g>',
		'</svg>',
		'',
	].join('\n');
};
