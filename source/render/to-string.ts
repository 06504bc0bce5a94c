import type {ReactNode} from 'react';
import {hostTree} from './nodes.js';
import {layout} from './layout.js';
import {paint} from './paint.js';
import {Unsupported} from './text.js';

/*
 * A string renderer for static frames: the same React components, the same
 * bytes as Ink's renderToString(element, {columns}), without Ink, Yoga or a
 * terminal. It draws the Box/Text subset the dashboard uses and declines
 * (returns undefined, before any output) anything else.
 */

/** Why the last declined frame was declined (tests count and name them). */
export let lastDecline: string | undefined;

/** The frame as Ink would draw it, or undefined when Ink must draw it. */
export const renderStaticFrame = (element: ReactNode, {columns}: {columns: number}): string | undefined => {
	lastDecline = undefined;
	const {root, unsupported} = hostTree(element);
	if (unsupported !== undefined) {
		lastDecline = unsupported;
		return undefined;
	}
	try {
		return paint(layout(root, columns));
	} catch (error) {
		if (!(error instanceof Unsupported)) throw error;
		lastDecline = error.message;
		return undefined;
	}
};
