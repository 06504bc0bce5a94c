/*
 * Text from data, as it goes into a Markdown export. Every string that comes
 * from a dataset, a file name or an argument passes through here, so that
 * nothing in it becomes live Markdown or HTML.
 */

/** Text inside a paragraph or list item. */
export const mdText = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Text inside a table cell: also keeps the table's columns intact. */
export const mdCell = (text: string): string => mdText(text).replace(/\|/g, '\\|');
