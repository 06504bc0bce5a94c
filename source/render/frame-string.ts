import type {ReactNode} from 'react';
import {renderStaticFrame} from './to-string.js';

/*
 * Every static frame (snapshots, exports, the brief footer's trial renders)
 * goes through here: the string renderer when it can draw the frame, else
 * Ink's renderToString, which gives the same bytes. Ink is loaded only when
 * a frame needs it (a dynamic import, so a frame the string renderer draws
 * never loads Ink nor compiles Yoga's wasm); a synchronous caller that meets
 * such a frame before Ink is loaded gets InkNeeded, and withInk retries.
 */

type InkRender = (element: ReactNode, options: {columns: number}) => string;

let inkRender: InkRender | undefined;

/** Thrown by frameString when a frame needs Ink and Ink is not loaded yet. */
export class InkNeeded extends Error {
	constructor() {
		super('this frame needs Ink: await loadInk() first');
	}
}

/** Ink's renderToString, from a module that has Ink loaded anyway (the interactive app). */
export const provideInk = (render: InkRender): void => {
	inkRender ??= render;
};

/** Loads Ink for the frames the string renderer declines. */
export const loadInk = async (): Promise<void> => {
	inkRender ??= (await import('ink')).renderToString;
};

/** The frame `columns` wide, as Ink's renderToString draws it. */
export const frameString = (element: ReactNode, columns: number): string => {
	const fast = renderStaticFrame(element, {columns});
	if (fast !== undefined) return fast;
	if (!inkRender) throw new InkNeeded();
	return inkRender(element, {columns});
};

/** Runs `draw` (pure: it may run twice), loading Ink first when one of its frames needs it. */
export const withInk = async <T>(draw: () => T): Promise<T> => {
	try {
		return draw();
	} catch (error) {
		if (!(error instanceof InkNeeded)) throw error;
		await loadInk();
		return draw();
	}
};
