/*
 * Text from data, as it goes into a Markdown export. Every string that comes
 * from a dataset, a file name or an argument passes through here, so that
 * nothing in it becomes live Markdown or HTML: no element, link, image,
 * footnote, emphasis, heading or list, and no broken table.
 */

// Characters Markdown reads as syntax anywhere in a line: backslash escapes make them literal.
const inlineSyntax = /[\\`*_[\]~#|!]/g;
// HTML: entities, so no tag, comment or autolink (<http://…>) can open.
const html: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;'};
// At the start of a line (a list item's text is one too): list, ordered list, setext and quote markers.
const lineStart = /^(?:([-+=])|(\d{1,9})([.)]))/;

/** Text inside a paragraph, heading or list item: one line, every Markdown and HTML character inert. */
export const mdText = (text: string): string =>
	text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[&<>]/g, (char) => html[char]!)
		.replace(inlineSyntax, '\\$&')
		.replace(lineStart, (_, sign?: string, digits?: string, stop?: string) => (sign ? `\\${sign}` : `${digits}\\${stop}`));

/** Text inside a table cell: also keeps the table's columns intact (mdText escapes | too). */
export const mdCell = (text: string): string => (text === '' ? '' : mdText(text));

// A URL as the schema accepts it: http(s), no spaces, quotes, angle brackets, backticks, backslashes or controls.
const safeUrl = /^https?:\/\/[^\s"'<>`\\\u0000-\u001F\u007F-\u009F]+$/i;

/** A source's URL: a live autolink when it is a plain http(s) URL, inert text otherwise. */
export const mdUrl = (url: string): string => {
	if (!safeUrl.test(url)) return mdText(url);
	try {
		const parsed = new URL(url);
		if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return mdText(url);
	} catch {
		return mdText(url);
	}
	return `<${url}>`;
};
