import {mdCell} from '../export/markdown-text.js';
import {noteMarks} from '../view/cite.js';

/**
 * A table cell: plain text (from data, neutralised by mdCell) or Markdown the
 * writer built itself (footnote references), which must stay live.
 */
export type TableCell = string | Markup;
type Markup = {readonly markdown: string};

/** Text from data followed by its footnote references: `text [^3][^7]`. */
export const citedCell = (text: string, marks: readonly string[]): Markup => ({
	markdown: [mdCell(text), noteMarks(marks)].filter(Boolean).join(' '),
});

/** Footnote references alone, for a Sources column. */
export const notesCell = (marks: readonly string[]): Markup => ({markdown: noteMarks(marks)});

const cellText = (cell: TableCell) => (typeof cell === 'string' ? mdCell(cell) : cell.markdown);

/** A Markdown table; every text cell goes through mdCell (text from data is neutralised there). */
export const mdTable = (head: string[], rows: TableCell[][]): string =>
	[
		`| ${head.map(mdCell).join(' | ')} |`,
		`| ${head.map(() => '---').join(' | ')} |`,
		...rows.map((row) => `| ${row.map(cellText).join(' | ')} |`),
	].join('\n');
