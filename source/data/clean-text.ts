/*
 * Dataset text is untrusted: a file received from someone else could carry
 * escape sequences that retitle the terminal, plant hyperlinks, move the
 * cursor, or bidi controls that reorder what the reader sees. Every string is
 * passed through here once, as the file is read, so no view has to care.
 */

// Whole escape sequences go: CSI (ESC [ or 0x9B), OSC/DCS/SOS/PM/APC strings up
// to their terminator (BEL or ST), and two-byte ESC sequences.
const escapeSequence = new RegExp(
	[
		String.raw`(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]?`,
		String.raw`(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)?`,
		String.raw`\u001B[ -/]*[0-~]?`,
	].join('|'),
	'g',
);
const whitespaceControl = /[\t\n\v\f\r]+/g;
// What is left of C0, DEL and C1 is shown the way `less` does (^G, ^?), so a
// reader sees that something was there.
const otherControl = /[\u0000-\u001F\u007F-\u009F]/g;
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/g;

const caret = (char: string): string => {
	const code = char.codePointAt(0)!;
	if (code === 0x7f) return '^?';
	if (code < 0x20) return `^${String.fromCodePoint(code + 0x40)}`;
	return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
};

export const cleanText = (text: string): string =>
	text
		.replace(escapeSequence, '')
		.replace(whitespaceControl, ' ')
		.replace(otherControl, caret)
		.replace(bidiControl, '');
