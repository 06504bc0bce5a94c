import stringWidth from 'string-width';
import {oneColumnWidth8} from '../../patches/string-width-fast.js';
import type {Figure, Qualifier} from '../data/schema.js';
import {qualifierSigns} from './signs.js';

/*
 * Terminal text by display width, not string length: CJK and emoji take two
 * columns, combining marks none. Everything drawn in a fixed-width column goes
 * through here so nothing spills into the next column or line.
 */

/*
 * Nearly all text on screen is made of one-column characters that never join a
 * neighbour into one grapheme (patches/string-width-fast.js, which the bundle also
 * puts in front of string-width): its width is its length, and each code unit is
 * a grapheme. Such text is measured and cut without string-width's slow path or a
 * segmenter, whose first use costs ICU set-up at start.
 */
export const widthOf = (text: string): number => {
	const fast = oneColumnWidth8(text);
	return fast === -1 ? stringWidth(text) : fast;
};

// Built on first use: the first Intl.Segmenter of a process costs a noticeable part of start-up.
let segmenter: Intl.Segmenter | undefined;
const graphemes = (text: string): Iterable<{segment: string}> =>
	oneColumnWidth8(text) === text.length
		? Array.from(text, (segment) => ({segment}))
		: (segmenter ??= new Intl.Segmenter(undefined, {granularity: 'grapheme'})).segment(text);

/** Cut to at most `width` columns, ending in … when anything was cut. */
export const truncate = (text: string, width: number): string => {
	if (width <= 0) return '';
	const fast = oneColumnWidth8(text);
	if (fast !== -1 && fast <= width) return text;
	// Every code unit one column (the common case): the first width - 1 of them, without splitting into graphemes.
	if (fast === text.length) return `${text.slice(0, width - 1)}…`;
	if (widthOf(text) <= width) return text;
	let out = '';
	let used = 0;
	for (const {segment} of graphemes(text)) {
		const w = widthOf(segment);
		if (used + w > width - 1) break;
		out += segment;
		used += w;
	}
	return `${out}…`;
};

/** Exactly `width` columns: truncated, then padded (on the right, or the left for numbers). */
export const fit = (text: string, width: number, align: 'left' | 'right' = 'left'): string => {
	const cut = truncate(text, width);
	const pad = ' '.repeat(Math.max(0, width - widthOf(cut)));
	return align === 'left' ? cut + pad : pad + cut;
};

/** Word-wrap to lines of at most `width` columns; words longer than a line are cut into pieces. */
export const wrap = (text: string, width: number): string[] => {
	if (width <= 0) return [];
	const lines: string[] = [];
	let line = '';
	const push = () => {
		lines.push(line);
		line = '';
	};
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const candidate = line ? `${line} ${word}` : word;
		if (widthOf(candidate) <= width) {
			line = candidate;
			continue;
		}
		if (line) push();
		let rest = word;
		while (widthOf(rest) > width) {
			let piece = '';
			for (const {segment} of graphemes(rest)) {
				if (widthOf(piece + segment) > width) break;
				piece += segment;
			}
			if (!piece) break;
			lines.push(piece);
			rest = rest.slice(piece.length);
		}
		line = rest;
	}
	if (line) push();
	return lines;
};

/** The legend for the signs, shown in help. */
export {qualifierLegend} from './signs.js';

let numberFormat: Intl.NumberFormat | undefined;
/** en-US grouping; whole numbers (nearly every count) without Intl, whose set-up costs start-up time. */
// A count given as -0 (JSON allows it, and so does `value >= 0`) reads as the 0 it is, not "-0".
const grouped = (value: number): string =>
	Number.isSafeInteger(value)
		? `${value < 0 ? '-' : ''}${String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, ',')}`
		: (numberFormat ??= new Intl.NumberFormat('en-US')).format(value);

/** "≥1,900" */
export const formatValue = (value: number, qualifier: Qualifier): string => `${qualifierSigns[qualifier].mark}${grouped(value)}`;
export const formatFigure = (figure: Pick<Figure, 'value' | 'qualifier'>): string => formatValue(figure.value, figure.qualifier);

/** "[3][12]" */
export const sourceMarks = (ids: readonly string[], numbers: ReadonlyMap<string, number>): string =>
	ids.map((id) => `[${numbers.get(id) ?? '?'}]`).join('');

/** Glue for wrapKept: words joined by it stay on one line ("≥20 [49]"). */
export const keep = '\u00A0';

/** Word-wrap where words joined by `keep` are not split (a figure and its source marks), printed with plain spaces. */
export const wrapKept = (text: string, width: number): string[] => {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/[^\S\u00A0]+/).filter(Boolean)) {
		const group = word.replaceAll(keep, ' ');
		const candidate = line ? `${line} ${group}` : group;
		if (widthOf(candidate) <= width) {
			line = candidate;
			continue;
		}
		if (line) lines.push(line);
		// A group wider than a line is wrapped on its own.
		const pieces = widthOf(group) <= width ? [group] : wrap(group, width);
		lines.push(...pieces.slice(0, -1));
		line = pieces.at(-1) ?? '';
	}
	if (line) lines.push(line);
	return lines;
};
