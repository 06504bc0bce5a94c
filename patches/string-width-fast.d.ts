// Types for patches/string-width-fast.js, which sitrep's own code (source/view/text.ts) imports too.
export declare const oneColumnClass: string;
export declare const oneColumnClass8: string;
/** The width when the fast path knows it, else -1 (string-width 7 and 8). */
export declare const oneColumnWidth: (text: unknown, options?: unknown) => number;
/** The same for string-width 8 only. */
export declare const oneColumnWidth8: (text: unknown, options?: unknown) => number;
