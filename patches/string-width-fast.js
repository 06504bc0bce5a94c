// In sitrep's bundle every `import stringWidth from 'string-width'` (Ink's,
// its dependencies' and sitrep's own) gets this function in front of the
// version it asked for (scripts/ink-patches.js). Most text on screen is ASCII,
// Latin letters, punctuation, box drawing and math signs: one column each, and
// never part of a wider grapheme. For such text, with or without colour codes,
// the width is the length, found without the grapheme segmenter or the emoji
// regex that string-width builds on first use (tens of milliseconds of ICU
// set-up at start). Anything else goes to string-width itself.
// test/fast-width.test.ts checks every character of the set against both
// string-width versions Ink uses, and random mixed strings.

/** Characters one column wide in string-width 7 and 8 alike, none of them joining a neighbour into one grapheme (© and ® are not: string-width 7 counts them as emoji). */
export const oneColumnClass =
	'\\u0020-\\u007E\\u00A1-\\u00A8\\u00AA-\\u00AC\\u00AF-\\u024F\\u0400-\\u045F\\u2010-\\u2027\\u2030-\\u203B\\u20A0-\\u20C0\\u2190-\\u2193\\u2200-\\u22FF\\u2500-\\u259F\\u25A0-\\u25A9\\u25AC-\\u25B5\\u25B7-\\u25BF\\u25C1-\\u25FA\\u2605-\\u2606';
const oneColumn = new RegExp(`^[${oneColumnClass}]*$`);
const colourCode = /\u001B\[[0-9;]*m/g;

/** The width when the fast path knows it, else -1. */
export const oneColumnWidth = (text, options) => {
	if (typeof text !== 'string' || options !== undefined) return -1;
	const plain = text.includes('\u001B') ? text.replace(colourCode, '') : text;
	return oneColumn.test(plain) ? plain.length : -1;
};
