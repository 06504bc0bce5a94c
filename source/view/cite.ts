import type {Round} from '../data/schema.js';
import type {Citation} from '../panes/types.js';
import {derived} from './derived.js';

/*
 * Source marks: a model keeps, for each figure, the marks of its sources as
 * printed ("3"); the footer and the Markdown footnotes are built from them.
 */

/** The marks of a figure's sources, in the round's numbering, with a prefix for a second round ("B"). */
export const marksOf = (round: Round, ids: readonly string[], prefix = ''): string[] => {
	const numbers = derived.footnotes(round);
	return [...new Set(ids)].map((id) => `${prefix}${numbers.get(id) ?? '?'}`);
};

/** "[3][12]" */
export const printMarks = (marks: readonly string[]): string => marks.map((mark) => `[${mark}]`).join('');

/** "[^3][^12]": Markdown footnote references. */
export const noteMarks = (marks: readonly string[]): string => marks.map((mark) => `[^${mark}]`).join('');

const markOrder = (mark: string) => {
	const match = /^([A-Z]*)(\d+)$/.exec(mark);
	return match ? ([match[1]!, Number(match[2])] as const) : (['~', 0] as const);
};

/** Marks sorted as a reader looks them up: the round's own, then the second round's, each by number. */
export const sortMarks = (marks: Iterable<string>): string[] =>
	[...new Set(marks)].sort((a, b) => {
		const [pa, na] = markOrder(a);
		const [pb, nb] = markOrder(b);
		return pa === pb ? na - nb : pa < pb ? -1 : 1;
	});

/** The citations of a set of marks, for one round (and optionally a second, whose marks start with "B"). */
export const citationsOf = (marks: Iterable<string>, round: Round, second?: Round): Citation[] =>
	sortMarks(marks).flatMap((mark) => {
		const b = mark.startsWith('B');
		const source = (b ? second : round)?.sources[Number(b ? mark.slice(1) : mark) - 1];
		return source ? [{mark, source}] : [];
	});

/** Every [n] or [Bn] mark printed in a text. */
export const marksIn = (text: string): string[] => sortMarks([...text.matchAll(/\[(B?\d+)\]/g)].map((match) => match[1]!));
