import type {Round} from '../data/schema.js';
import {cleanText} from '../data/clean-text.js';
import {err, out} from './terminal.js';
import type {NavState} from '../state/navigation.js';

/*
 * The non-interactive path: write the asked exports, then print the frame when
 * a snapshot was asked for or no export was (a pipe or file: `sitrep | less -R`).
 * Returns an error line instead of throwing, once the frame is written. `pageHeight`: the --height the
 * user gave, if any; .svg and .png exports taller than it come as numbered pages.
 */
export const outputFrame = async (
	rounds: Round[],
	state: NavState,
	options: {
		exports: string[];
		snapshot: boolean;
		size: {width: number; height: number};
		/** The size of the exports, when it differs from a snapshot's (the Overview's slide size). */
		exportSize?: {width: number; height: number} | undefined;
		brief?: boolean | undefined;
		colour: boolean;
		linear: boolean;
		pageHeight?: number | undefined;
	},
): Promise<string | undefined> => {
	const {renderFrameLoading, writeExport} = await import('../export/frame.js');
	const {plainText} = await import('../export/cells.js');
	for (const file of options.exports) {
		let written: string[];
		try {
			written = await writeExport(file, rounds, state, {
				...(options.exportSize ?? options.size),
				slide: options.exportSize !== undefined,
				brief: options.brief ?? true,
				linear: options.linear,
				pageHeight: options.pageHeight,
			});
		} catch (error) {
			return `--export ${file}: ${(error as Error).message}`;
		}
		// The name is the user's argument: cleaned like data before it reaches the terminal.
		for (const each of written) err(`sitrep: wrote ${cleanText(each)}\n`);
	}
	if (options.snapshot || options.exports.length === 0) {
		const frame = await renderFrameLoading(rounds, state, {
			...options.size,
			brief: options.brief ?? false,
			linear: options.linear,
			colour: options.colour,
		});
		// Written synchronously: once this returns the frame is the operating system's, so the caller may exit at once.
		out(`${options.colour ? frame : plainText(frame)}\n`);
	}
	return undefined;
};
