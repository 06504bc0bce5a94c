import {Text} from '../render/primitives.js';
import type {ListLine} from './panes/types.js';
import {ScrollList} from './ScrollList.js';
import {wrap} from './text.js';

/*
 * The screen-reader layout (INK_SCREEN_READER=true): a pane read aloud is one
 * fact per line, in the order that gives it meaning, with no box drawing or
 * bordered tables (a reader would hear "box drawings light vertical"). Panes
 * build their linear lines with these helpers and draw them with LinearList,
 * so every pane reads the same way.
 */

/** A heading line ("Day 2, round A, Tue 11 May"). */
export const linearHeading = (key: string, text: string): ListLine => ({key, text, style: 'heading'});

/** A fact, wrapped to the width: continuation lines are indented so a line never starts a new fact by accident. */
export const linearFact = (key: string, text: string, width: number, indent = 0, style?: ListLine['style']): ListLine[] =>
	wrap(text, Math.max(8, width - indent - 2)).map((line, index) => ({
		key: `${key}-${index}`,
		text: `${' '.repeat(indent)}${index === 0 ? '' : '  '}${line}`,
		style,
	}));

/** Linear lines on screen, scrolled; in an export, all of them. */
export const LinearList = ({lines, offset, height, whole}: {lines: ListLine[]; offset: number; height: number; whole: boolean}) =>
	whole ? (
		<>
			{lines.map((line) => (
				<Text key={line.key} bold={line.style === 'heading'} dimColor={line.style === 'muted'}>
					{line.text}
				</Text>
			))}
		</>
	) : (
		<ScrollList lines={lines} offset={offset} height={height} />
	);

/** Box-drawing characters no linear line may contain. */
export const boxDrawing = /[\u2500-\u257F]/;
