import {basename, dirname, extname, join, resolve} from 'node:path';
import chalk from 'chalk';
import type {Round} from '../data/schema.js';
import {selectedDay, type NavState} from '../state/navigation.js';
import {Dashboard, type FrameProps} from '../ui/Dashboard.js';
import {withBriefFooter, withWholeFooter} from '../ui/brief.js';
import {derived} from '../view/derived.js';
import {plainText} from './cells.js';
import {frameSvg} from './svg.js';
import {svgToPng} from './png.js';
import {paneMarkdown} from './markdown.js';
import {paneData} from './pane-data.js';
import {writeFresh, writeReplacing} from './write-file.js';
import {cleanText} from '../data/clean-text.js';
import {exportExtensions} from './formats.js';
import {frameString, withInk} from '../render/frame-string.js';

/*
 * One frame of the dashboard, outside a session: the same component the app
 * draws, rendered once. Snapshots print it; exports write it in six forms.
 * Nothing here reads a clock, so the same inputs give the same bytes.
 */

/**
 * `whole`: the whole pane, as tall as it needs (an export); `pageHeight`: an
 * explicit height for .svg and .png, which then come as numbered pages.
 */
export type FrameOptions = {
	width: number;
	height: number;
	brief: boolean;
	linear?: boolean;
	whole?: boolean;
	pageHeight?: number | undefined;
	/** The one-page brief: the screen at its size, sources footer inside it, instead of the whole pane. */
	slide?: boolean | undefined;
	/** false: drawn without styles, for plain text (a snapshot into a pipe or file); the same text, less work. */
	colour?: boolean | undefined;
};

/*
 * Frames are rendered in colour, whatever the terminal or NO_COLOR say (Ink
 * styles through chalk's shared instance): .ansi, .svg and .png need it. A
 * plain snapshot is drawn without styles: the text is the same as the coloured
 * frame's with its codes stripped (test/frame.test.tsx), at less cost.
 */
export const inColour = <T,>(render: () => T, colour = true): T => {
	const level = chalk.level;
	chalk.level = colour ? 1 : 0;
	try {
		return render();
	} finally {
		chalk.level = level;
	}
};

/**
 * The frame as a string. Drawn by the string renderer (source/render/) when it can, else by Ink, which must then be
 * loaded (InkNeeded otherwise): `renderFrameLoading` loads it when needed; tests `await loadInk()` once.
 */
export const renderFrame = (rounds: Round[], state: NavState, {width, height, brief, linear, whole, colour}: FrameOptions): string =>
	inColour(() => {
		const props: FrameProps = {rounds, state: {...state, brief}, width, height, linear: linear ?? false};
		return frameString(<Dashboard {...(whole ? withWholeFooter(props) : brief ? withBriefFooter(props) : props)} />, width);
	}, colour);

/** renderFrame, loading Ink first if this frame needs it (snapshots and exports). */
export const renderFrameLoading = (rounds: Round[], state: NavState, options: FrameOptions): Promise<string> =>
	withInk(() => renderFrame(rounds, state, options));

/*
 * What an export draws: a brief export is the whole pane (its height grows to
 * fit); --no-brief keeps the screen as it is, key hints and all.
 */
const exportFrame = (rounds: Round[], state: NavState, options: FrameOptions): Promise<string> =>
	renderFrameLoading(rounds, state, {...options, whole: options.brief && !options.slide});

/** A frame cut into pages of `rows` lines (the last may be shorter). */
const pagesOf = (frame: string, rows: number): string[] => {
	const lines = frame.split('\n');
	const size = Math.max(1, rows);
	return Array.from({length: Math.ceil(lines.length / size)}, (_, index) => lines.slice(index * size, (index + 1) * size).join('\n'));
};

/**
 * The files of one export: one, or for .svg and .png with an explicit page
 * height, numbered pages (name-1.png, name-2.png …) when the pane is taller.
 */
export const exportFiles = async (
	file: string,
	rounds: Round[],
	state: NavState,
	options: FrameOptions,
): Promise<Array<{file: string; bytes: string | Buffer}>> => {
	const extension = extname(file).toLowerCase();
	if (options.pageHeight !== undefined && options.brief && (extension === '.svg' || extension === '.png')) {
		// A page keeps one row free, as a screen of that height does.
		const pages = pagesOf(await exportFrame(rounds, state, options), options.pageHeight - 1);
		if (pages.length > 1) {
			const stem = join(dirname(file), basename(file, extname(file)));
			return Promise.all(
				pages.map(async (page, index) => {
					const svg = frameSvg(page, options.width);
					return {file: `${stem}-${index + 1}${extname(file)}`, bytes: extension === '.png' ? await svgToPng(svg) : svg};
				}),
			);
		}
	}
	return [{file, bytes: await exportBytes(file, rounds, state, options)}];
};

/** The bytes of one export, chosen by the file's extension. */
export const exportBytes = async (file: string, rounds: Round[], state: NavState, options: FrameOptions): Promise<string | Buffer> => {
	switch (extname(file).toLowerCase()) {
		case '.txt':
			// Text is always whole: a slide is a picture.
			return `${plainText(await exportFrame(rounds, state, {...options, slide: false}))}\n`;
		case '.ansi':
			return `${await exportFrame(rounds, state, {...options, slide: false})}\n`;
		case '.svg':
			return frameSvg(await exportFrame(rounds, state, options), options.width);
		case '.png':
			return svgToPng(frameSvg(await exportFrame(rounds, state, options), options.width));
		case '.md':
			return paneMarkdown(rounds, state);
		case '.json':
			return `${JSON.stringify(paneData(rounds, state), null, 2)}\n`;
		default:
			throw new Error(`${file}: cannot export to "${extname(file) || 'no extension'}"; use one of ${exportExtensions.join(', ')}`);
	}
};

/** Writes the export; returns the files written (several for a paged .svg or .png). */
export const writeExport = async (file: string, rounds: Round[], state: NavState, options: FrameOptions): Promise<string[]> => {
	const files = await exportFiles(file, rounds, state, options);
	for (const each of files) await writeReplacing(each.file, each.bytes);
	return files.map((each) => each.file);
};

/** "sitrep-gaza-2012-casualties-day7" */
export const exportBaseName = (round: Round, state: NavState): string =>
	`sitrep-${round.id}-${state.pane}-day${derived.days(round)[selectedDay(state)]?.number ?? 0}`;

/**
 * The `e` key: the pane (never the help or history overlay over it) as SVG and PNG, brief, in a folder,
 * under a descriptive name no existing file has (created exclusively). Returns what to tell the user: the full path.
 */
export const exportPicture = async (
	folder: string,
	rounds: Round[],
	state: NavState,
	size: {width: number; height: number},
): Promise<string> => {
	const pane: NavState = {...state, overlay: 'none', overlayScroll: 0};
	const files = [];
	for (const extension of ['.svg', '.png'])
		files.push({extension, bytes: await exportBytes(`frame${extension}`, rounds, pane, {...size, brief: true})});
	const base = await writeFresh(join(resolve(folder), exportBaseName(rounds[state.round]!, state)), files);
	return `exported ${cleanText(base)}.svg and .png`;
};
