/*
 * Dataset text is untrusted: a file received from someone else could carry
 * escape sequences that retitle the terminal, plant hyperlinks, move the
 * cursor, or bidi controls that reorder what the reader sees. Every string is
 * passed through here once, as the file is read, so no view has to care.
 */

// Whole escape sequences go: CSI (ESC [ or 0x9B), OSC/DCS/SOS/PM/APC strings up
// to their terminator (BEL or ST), and two-byte ESC sequences. A string
// sequence with no terminator is not removed to the end of the text: a lone C1
// character (U+009D is CP1252 mojibake for "ť" read as Latin-1) then keeps the
// words after it, shown as <U+009D>; an unterminated ESC ] loses only its ESC.
const escapeSequence = new RegExp(
	[
		String.raw`\u001B\[[0-?]*[ -/]*[@-~]?`,
		String.raw`\u009B[0-?]*[ -/]*[@-~]`,
		String.raw`(?:\u001B[\]PX^_]|[\u0090\u0098\u009D\u009E\u009F])[^\u0007\u001B\u009C]*(?:\u0007|\u001B\\|\u009C)`,
		String.raw`\u001B[ -/]*[0-~]?`,
	].join('|'),
	'g',
);
// U+2028/U+2029 separate lines too; terminals draw them as nothing.
const whitespaceControl = /[\t\n\v\f\r\u2028\u2029]+/g;
/*
 * Characters whose width terminals and string-width disagree on (checked in
 * tmux): Hangul fillers are blank but drawn 1–2 columns wide (string-width: 0),
 * so they become a space; an emoji skin-tone modifier is drawn as a second
 * 2-column emoji, and variation selectors (VS15/VS16) do not widen the
 * character before them, so both go; the base emoji stays. A lone surrogate
 * (half of an emoji cut apart) becomes U+FFFD, which every terminal draws one
 * column wide.
 */
const hangulFiller = /[\u115F\u1160\u3164\uFFA0]/g;
const widthModifier = /[\u{1F3FB}-\u{1F3FF}\uFE0E\uFE0F]/gu;
const loneSurrogate = /[\uD800-\uDFFF]/gu;
// What is left of C0, DEL and C1 is shown the way `less` does (^G, ^?), so a
// reader sees that something was there.
const otherControl = /[\u0000-\u001F\u007F-\u009F]/g;
// Bidi overrides and isolates, and the invisible marks and spaces terminals
// draw inconsistently (a zero-width mark counted as a column shifts everything
// after it): left-to-right and right-to-left marks, the Arabic letter mark,
// zero-width space, word joiner and byte-order mark.
const bidiControl = /[\u061C\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g;

const caret = (char: string): string => {
	const code = char.codePointAt(0)!;
	if (code === 0x7f) return '^?';
	if (code < 0x20) return `^${String.fromCodePoint(code + 0x40)}`;
	return `<U+${code.toString(16).toUpperCase().padStart(4, '0')}>`;
};

// Almost all text is clean: one test decides, and only the rest is rewritten.
const anythingToClean =
	/[\u0000-\u001F\u007F-\u009F\u061C\u115F\u1160\u200B\u200E\u200F\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\u3164\uFE0E\uFE0F\uFEFF\uFFA0\u{1F3FB}-\u{1F3FF}]|[\uD800-\uDFFF]/u;

export const cleanText = (text: string): string => {
	if (!anythingToClean.test(text)) return text;
	return text
		.replace(loneSurrogate, '\uFFFD')
		.replace(escapeSequence, '')
		.replace(whitespaceControl, ' ')
		.replace(otherControl, caret)
		.replace(bidiControl, '')
		.replace(hangulFiller, ' ')
		.replace(widthModifier, '');
};

/**
 * Cleans every string in parsed JSON, keys included (they reach the screen in
 * error messages), in place: called once on each file, before validation.
 * Iterative, so deeply nested input cannot exhaust the stack.
 */
export const cleanStrings = (root: unknown): unknown => {
	if (typeof root === 'string') return anythingToClean.test(root) ? cleanText(root) : root;
	const pending: unknown[] = [root];
	while (pending.length > 0) {
		const value = pending.pop();
		if (typeof value !== 'object' || value === null) continue;
		if (Array.isArray(value)) {
			for (let index = 0; index < value.length; index++) {
				const item: unknown = value[index];
				if (typeof item === 'string') {
					if (anythingToClean.test(item)) value[index] = cleanText(item);
				} else if (typeof item === 'object' && item !== null) pending.push(item);
			}
			continue;
		}
		const record = value as Record<string, unknown>;
		for (const key in record) {
			const item = record[key];
			let cleaned = item;
			if (typeof item === 'string') {
				if (anythingToClean.test(item)) cleaned = cleanText(item);
			} else if (typeof item === 'object' && item !== null) pending.push(item);
			if (anythingToClean.test(key)) {
				delete record[key];
				// Defined, not assigned: a key that cleans to "__proto__" is a key like any other, never the prototype.
				Object.defineProperty(record, cleanText(key), {value: cleaned, writable: true, enumerable: true, configurable: true});
			} else if (cleaned !== item) record[key] = cleaned;
		}
	}
	return root;
};

/*
 * Whether valid JSON text can hold a string cleanText would change: DEL, C1,
 * bidi or invisible format characters as they are (raw C0 characters are only ever whitespace
 * between tokens: JSON forbids them inside strings), or an escape that decodes
 * to one (\n, \u001b …). A false "yes" only costs a walk; a "no" lets a large
 * clean file skip it.
 */
const suspicious =
	/[\u007F-\u009F\u061C\u115F\u1160\u200B\u200E\u200F\u2028\u2029\u202A-\u202E\u2060\u2066-\u2069\u3164\uFE0E\uFE0F\uFEFF\uFFA0\\]|\uD83C[\uDFFB-\uDFFF]/g;
const dangerousEscape =
	/^(?:[bfnrt]|u00[01]|u007[fF]|u00[89]|u061[cC]|u115[fF]|u1160|u200[bBeEfF]|u202[89a-eA-E]|u206[06-9]|u3164|u[fF][eE]0[eEfF]|u[fF][eE][fF][fF]|u[fF][fF][aA]0|u[dD][89a-fA-F])/;
export const jsonNeedsCleaning = (json: string): boolean => {
	suspicious.lastIndex = 0;
	for (let match = suspicious.exec(json); match; match = suspicious.exec(json)) {
		if (match[0] !== '\\') return true;
		if (dangerousEscape.test(json.slice(match.index + 1, match.index + 6))) return true;
		// Skip the escaped character, so "\\n" (a backslash, then n) is not read as "\n".
		suspicious.lastIndex = match.index + 2;
	}
	return false;
};
