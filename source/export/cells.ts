import stringWidth from 'string-width';
import {sgrPattern} from '../view/ansi.js';

/*
 * A rendered frame as a grid of terminal cells with their style, read from
 * the ANSI text Ink produced. Only SGR sequences occur there; widths come from
 * string-width, as in the layout, so the grid matches what the screen shows.
 */

export type Colour = 'default' | 'black' | 'red' | 'green' | 'yellow' | 'blue' | 'magenta' | 'cyan' | 'white' | 'gray';
export type Style = {fg: Colour; bold: boolean; dim: boolean; inverse: boolean};
export type Cell = {text: string; width: number; style: Style; column: number};
export type Row = Cell[];

const plainStyle: Style = {fg: 'default', bold: false, dim: false, inverse: false};
const basic: Colour[] = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white'];

const applySgr = (style: Style, codes: number[]): Style => {
	let next = {...style};
	for (const code of codes.length === 0 ? [0] : codes) {
		if (code === 0) next = {...plainStyle};
		else if (code === 1) next.bold = true;
		else if (code === 2) next.dim = true;
		else if (code === 22) next = {...next, bold: false, dim: false};
		else if (code === 7) next.inverse = true;
		else if (code === 27) next.inverse = false;
		else if (code >= 30 && code <= 37) next.fg = basic[code - 30]!;
		else if (code >= 90 && code <= 97) next.fg = code === 90 ? 'gray' : basic[code - 90]!;
		else if (code === 39) next.fg = 'default';
	}
	return next;
};

// Built on first use: the first Intl.Segmenter of a process costs a noticeable part of start-up.
let segmenter: Intl.Segmenter | undefined;
const graphemes = {segment: (text: string) => (segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(text)};

export const frameCells = (ansi: string): Row[] =>
	ansi.split('\n').map((line) => {
		const row: Row = [];
		let style = {...plainStyle};
		let column = 0;
		for (const part of line.split(/(\u001B\[[0-9;]*m)/)) {
			const sgr = /^\u001B\[([0-9;]*)m$/.exec(part);
			if (sgr) {
				style = applySgr(style, sgr[1] ? sgr[1].split(';').map(Number) : []);
				continue;
			}
			for (const {segment} of graphemes.segment(part)) {
				const width = stringWidth(segment);
				if (width === 0) continue;
				row.push({text: segment, width, style, column});
				column += width;
			}
		}
		return row;
	});

/** The text of a frame without any escape sequence or trailing blanks. */
export const plainText = (ansi: string): string =>
	ansi
		.replace(sgrPattern, '')
		.split('\n')
		.map((line) => line.trimEnd())
		.join('\n');
