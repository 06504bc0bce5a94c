import {existsSync} from 'node:fs';
import {extname, join, resolve} from 'node:path';
import {renderToString} from 'ink';
import chalk from 'chalk';
import type {Round} from '../data/schema.js';
import {selectedDay, type NavState} from '../state/navigation.js';
import {Dashboard, type FrameProps} from '../ui/Dashboard.js';
import {withBriefFooter} from '../ui/brief.js';
import {derived} from '../ui/derived.js';
import {plainText} from './cells.js';
import {frameSvg} from './svg.js';
import {svgToPng} from './png.js';
import {paneMarkdown} from './markdown.js';
import {paneData} from './pane-data.js';
import {writeFresh, writeReplacing} from './write-file.js';
import {cleanText} from '../data/clean-text.js';

/*
 * One frame of the dashboard, outside a session: the same component the app
 * draws, rendered once. Snapshots print it; exports write it in six forms.
 * Nothing here reads a clock, so the same inputs give the same bytes.
 */

export type FrameOptions = {width: number; height: number; brief: boolean; linear?: boolean};

export const exportExtensions = ['.txt', '.ansi', '.svg', '.png', '.md', '.json'] as const;

/*
 * Frames are always rendered in colour, whatever the terminal or NO_COLOR say
 * (Ink styles through chalk's shared instance): .ansi, .svg and .png need it,
 * and plain text is the same frame with the codes stripped.
 */
const inColour = <T,>(render: () => T): T => {
	const level = chalk.level;
	chalk.level = 1;
	try {
		return render();
	} finally {
		chalk.level = level;
	}
};

export const renderFrame = (rounds: Round[], state: NavState, {width, height, brief, linear}: FrameOptions): string =>
	inColour(() => {
		const props: FrameProps = {rounds, state: {...state, brief}, width, height, linear: linear ?? false};
		return renderToString(<Dashboard {...(brief ? withBriefFooter(props) : props)} />, {columns: width});
	});

/** The bytes of one export, chosen by the file's extension. */
export const exportBytes = async (file: string, rounds: Round[], state: NavState, options: FrameOptions): Promise<string | Buffer> => {
	const round = rounds[state.round]!;
	switch (extname(file).toLowerCase()) {
		case '.txt':
			return `${plainText(renderFrame(rounds, state, options))}\n`;
		case '.ansi':
			return `${renderFrame(rounds, state, options)}\n`;
		case '.svg':
			return frameSvg(renderFrame(rounds, state, options), options.width);
		case '.png':
			return svgToPng(frameSvg(renderFrame(rounds, state, options), options.width));
		case '.md':
			return paneMarkdown(round, state, rounds);
		case '.json':
			return `${JSON.stringify(paneData(round, state, rounds), null, 2)}\n`;
		default:
			throw new Error(`${file}: cannot export to "${extname(file) || 'no extension'}"; use one of ${exportExtensions.join(', ')}`);
	}
};

export const writeExport = async (file: string, rounds: Round[], state: NavState, options: FrameOptions): Promise<void> => {
	await writeReplacing(file, await exportBytes(file, rounds, state, options));
};

/** "sitrep-gaza-2012-casualties-day7" */
export const exportBaseName = (round: Round, state: NavState): string => `sitrep-${round.id}-${state.pane}-day${derived.days(round)[selectedDay(state)]?.number ?? 0}`;

/** A base name free for every extension: the name itself, or with -2, -3 … appended, so no file is overwritten. */
export const freeBase = (base: string, extensions: readonly string[], exists: (path: string) => boolean = existsSync): string => {
	for (let n = 1; ; n++) {
		const candidate = `${base}${n === 1 ? '' : `-${n}`}`;
		if (!extensions.some((extension) => exists(`${candidate}${extension}`))) return candidate;
	}
};

/**
 * The `e` key: the pane (never the help or history overlay over it) as SVG and PNG, brief, in a folder,
 * under a descriptive name no existing file has (created exclusively). Returns what to tell the user: the full path.
 */
export const exportPicture = async (folder: string, rounds: Round[], state: NavState, size: {width: number; height: number}): Promise<string> => {
	const pane: NavState = {...state, overlay: 'none', overlayScroll: 0};
	const files = [];
	for (const extension of ['.svg', '.png']) files.push({extension, bytes: await exportBytes(`frame${extension}`, rounds, pane, {...size, brief: true})});
	const base = await writeFresh(join(resolve(folder), exportBaseName(rounds[state.round]!, state)), files);
	return `exported ${cleanText(base)}.svg and .png`;
};
