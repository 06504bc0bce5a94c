/** SGR sequences (colour, bold, dim …), the only escapes Ink writes into a frame. */
// Global: for replace and matchAll, not test (a global regex keeps its lastIndex).
export const sgrPattern = /\u001B\[[0-9;]*m/g;

/** A frame's text without its SGR sequences. */
export const stripSgr = (text: string): string => text.replace(sgrPattern, '');
