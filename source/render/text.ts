import widestLine from 'widest-line';
import wrapAnsi from 'wrap-ansi';
import cliTruncate from 'cli-truncate';
import type {HostNode} from './nodes.js';

/*
 * Ink's text handling for one <Text>, with the same helpers Ink uses
 * (widest-line, wrap-ansi, cli-truncate), so widths and cuts match by construction.
 */

/** Raised when a frame needs something this renderer does not do: Ink draws it instead. */
export class Unsupported extends Error {}

// Text that sanitising would leave as it is: no escape or C1 control except SGR colour codes.
const plainOrSgr = /^(?:[^\u001B\u0080-\u009F]|\u001B\[[\d:;]*m)*$/;
const hasControl = /[\u001B\u0080-\u009F]/;

/** Ink's squashTextNodes: the text of a <Text> with nested texts' styles applied. */
export const squash = (node: HostNode): string => {
	let text = '';
	for (const [index, child] of node.children.entries()) {
		let piece = '';
		if (child.name === '#text') piece = child.value;
		else if (child.name === 'ink-text' || child.name === 'ink-virtual-text') {
			piece = squash(child);
			if (piece.length > 0 && child.transform) piece = child.transform(piece, index);
		}
		text += piece;
	}
	// Ink strips escape sequences other than SGR here; a frame that has any is left to Ink.
	if (hasControl.test(text) && !plainOrSgr.test(text)) throw new Unsupported('escape sequences in text');
	return text;
};

/** Ink's measureText: widest line and line count ('' takes no line). */
export const measure = (text: string): {width: number; height: number} =>
	text.length === 0 ? {width: 0, height: 0} : {width: widestLine(text), height: text.split('\n').length};

const wrapped = new Map<string, string>();

/** Ink's wrapText: wrap (hard, untrimmed) or truncate to `width`. */
export const wrapText = (text: string, width: number, wrap: string): string => {
	const key = `${wrap}\u0000${width}\u0000${text}`;
	let result = wrapped.get(key);
	if (result === undefined) {
		if (wrap === 'wrap') result = wrapAnsi(text, width, {trim: false, hard: true});
		else if (wrap === 'truncate' || wrap === 'truncate-end') result = cliTruncate(text, width, {position: 'end'});
		else if (wrap === 'truncate-middle') result = cliTruncate(text, width, {position: 'middle'});
		else if (wrap === 'truncate-start') result = cliTruncate(text, width, {position: 'start'});
		else throw new Unsupported(`wrap="${wrap}"`);
		if (wrapped.size > 20_000) wrapped.clear();
		wrapped.set(key, result);
	}
	return result;
};

/** Ink's measureTextNode: the size Yoga gets for a text laid out `width` wide. */
export const measureAt = (text: string, width: number, wrap: string): {width: number; height: number} => {
	const size = measure(text);
	return size.width <= width ? size : measure(wrapText(text, width, wrap));
};
