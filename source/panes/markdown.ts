import {mdCell} from '../export/markdown-text.js';

/** A Markdown table; every cell goes through mdCell (text from data is neutralised there). */
export const mdTable = (head: string[], rows: string[][]): string =>
	[
		`| ${head.map(mdCell).join(' | ')} |`,
		`| ${head.map(() => '---').join(' | ')} |`,
		...rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`),
	].join('\n');
