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

/**
 * Characters one column wide in string-width 7 and 8 alike, none of them joining a neighbour into one grapheme
 * (© and ® are not: string-width 7 counts them as emoji; nor are the arrows and dingbats that can be emoji,
 * such as ↔ and ✔). Arrows such as ↳ and the marks ✓ ✗ are in: sitrep's own signs.
 */
export const oneColumnClass =
	'\\u0020-\\u007E\\u00A1-\\u00A8\\u00AA-\\u00AC\\u00AF-\\u024F\\u0400-\\u045F\\u2010-\\u2027\\u2030-\\u203B\\u20A0-\\u20C0\\u2190-\\u2193\\u219A-\\u21A8\\u21AB-\\u21FF\\u2200-\\u22FF\\u2500-\\u259F\\u25A0-\\u25A9\\u25AC-\\u25B5\\u25B7-\\u25BF\\u25C1-\\u25FA\\u2605-\\u2606\\u2713\\u2715\\u2717';
/**
 * For string-width 8 (sitrep's own and Ink's), also ↔, diplomacy's "talks" sign: 8 counts a character that can
 * be an emoji as one only with VS16 after it, while 7 (wrap-ansi's) counts ↔ alone as two columns.
 */
export const oneColumnClass8 = `${oneColumnClass}\\u2194`;
const colourCode = /\u001B\[[0-9;]*m/g;

const widthFor = (oneColumn) => (text, options) => {
	if (typeof text !== 'string' || options !== undefined) return -1;
	const plain = text.includes('\u001B') ? text.replace(colourCode, '') : text;
	return oneColumn.test(plain) ? plain.length : -1;
};

/** The width when the fast path knows it, else -1 (string-width 7 and 8). */
export const oneColumnWidth = widthFor(new RegExp(`^[${oneColumnClass}]*$`));
/** The same for string-width 8 only. */
export const oneColumnWidth8 = widthFor(new RegExp(`^[${oneColumnClass8}]*$`));
