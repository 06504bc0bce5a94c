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

/*
 * Any text from data must give well-formed XML: characters XML 1.0 cannot hold
 * (C0 controls other than tab and newline, lone surrogates, U+FFFE and U+FFFF)
 * become U+FFFD, one for one, so the reader sees something was there and the
 * per-character positions stay in step.
 */
const notXml =
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const xmlText = (text: string): string =>
	text.replace(notXml, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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
	// The text holds every cell up to the last drawn glyph, spaces included (xml:space="preserve"), so text
	// selected and copied from the picture reads as the frame does; trailing blanks are left out, as in .txt.
	let last = row.length - 1;
	while (last >= 0 && row[last]!.text.trim() === '') last--;
	// Runs of cells of one style.
	let start = 0;
	while (start < row.length) {
		let end = start + 1;
		while (end < row.length && sameStyle(row[end]!.style, row[start]!.style)) end++;
		const run = row.slice(start, end);
		const {style} = run[0]!;
		const colour = printPalette[style.fg];
		if (style.inverse) {
			const lastCell = run.at(-1)!;
			const x = padding + run[0]!.column * cellWidth;
			const width = (lastCell.column + lastCell.width - run[0]!.column) * cellWidth;
			backgrounds.push(
				`<rect x="${number(x)}" y="${number(top)}" width="${number(width)}" height="${lineHeight}" fill="${colour}"${style.dim ? ' fill-opacity="0.6"' : ''}/>`,
			);
		}
		const cells = row.slice(start, Math.min(end, last + 1));
		if (cells.length > 0) {
			// SVG takes one x per character (code point), so every glyph is placed in its own cell whatever the
			// viewer's font: a grapheme made of several code points repeats its cell's x.
			const xs = cells.flatMap((cell) => [...cell.text].map(() => number(padding + cell.column * cellWidth))).join(' ');
			const attributes = [
				`x="${xs}"`,
				`fill="${style.inverse ? pageColour : colour}"`,
				style.bold ? 'font-weight="bold"' : '',
				style.dim && !style.inverse ? 'fill-opacity="0.6"' : '',
			].filter(Boolean);
			spans.push(`<tspan ${attributes.join(' ')}>${xmlText(cells.map((cell) => cell.text).join(''))}</tspan>`);
		}
		start = end;
	}
	return {backgrounds, text: `<text y="${number(top + baseline)}" xml:space="preserve">${spans.join('')}</text>`};
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
