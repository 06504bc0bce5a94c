// @ts-expect-error: sitrep's copy of Ink's output composer (plain ESM, no types), the one the bundle gives Ink.
import Output from '../../patches/ink-output.js';
import type {Transform} from './nodes.js';
import type {Placed} from './layout.js';
import {measure, wrapText} from './text.js';

/*
 * Ink's renderNodeToOutput for the laid-out tree, written into the same output
 * composer Ink uses (patches/ink-output.js, which the bundle gives Ink as well):
 * texts wrapped or cut to their box, styles applied per line, hidden overflow clipped.
 */

/** Ink's output composer, as patches/ink-output.js and stock Ink both shape it. */
export type Composer = {
	write(x: number, y: number, text: string, options: {transformers: Transform[]}): void;
	clip(clip: {x1?: number | undefined; x2?: number | undefined; y1?: number | undefined; y2?: number | undefined}): void;
	unclip(): void;
	get(): {output: string; height: number};
};

const paintNode = (placed: Placed, output: Composer, transformers: Transform[]) => {
	const {node} = placed;
	const inner = node.transform ? [node.transform, ...transformers] : transformers;
	if (node.name === 'ink-text') {
		let text = placed.text ?? '';
		if (text.length === 0) return;
		if (measure(text).width > placed.width) text = wrapText(text, placed.width, String(node.style['textWrap'] ?? 'wrap'));
		output.write(placed.x, placed.y, text, {transformers: inner});
		return;
	}
	const clipX = node.style['overflowX'] === 'hidden' || node.style['overflow'] === 'hidden';
	const clipY = node.style['overflowY'] === 'hidden' || node.style['overflow'] === 'hidden';
	const clipped = node.name === 'ink-box' && (clipX || clipY);
	if (clipped)
		output.clip({
			x1: clipX ? placed.x : undefined,
			x2: clipX ? placed.x + placed.width : undefined,
			y1: clipY ? placed.y : undefined,
			y2: clipY ? placed.y + placed.height : undefined,
		});
	for (const child of placed.children) paintNode(child, output, inner);
	if (clipped) output.unclip();
};

/** The laid-out tree as the string Ink's renderer gives for it. */
export const paint = (root: Placed): string => {
	const output = new Output({width: root.width, height: root.height}) as Composer;
	paintNode(root, output, []);
	return output.get().output;
};
