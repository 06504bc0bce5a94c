import {Text} from '../../render/primitives.js';
import {keymap, keysLabel, paneLabel, type KeymapEntry} from '../../state/keymap.js';
import {allSigns} from '../../view/signs.js';
import {ScrollList, maxOffset} from '../ScrollList.js';
import {fit, widthOf, wrap} from '../text.js';
import type {ListLine} from './types.js';

/** "  ↓ j          Move down …", the text wrapped under itself so a narrow screen loses nothing (help scrolls). */
const entryLines = (key: string, label: string, text: string, labelWidth: number, width: number): ListLine[] => {
	const column = Math.max(labelWidth, widthOf(label));
	const indent = ' '.repeat(2 + column + 1);
	const lines = wrap(text, Math.max(10, width - indent.length));
	return lines.map((line, index) => ({key: `${key}-${index}`, text: index === 0 ? `  ${fit(label, column)} ${line}` : `${indent}${line}`}));
};

const keyLines = (entries: readonly KeymapEntry[], prefix: string, width: number): ListLine[] =>
	entries.flatMap((entry) =>
		entryLines(
			`${prefix}-${entry.action}`,
			keysLabel(entry),
			`${entry.help}${entry.panes ? ` (${entry.panes.map(paneLabel).join(', ')})` : ''}`,
			13,
			width,
		),
	);

const helpLines = (width: number): ListLine[] => [
	{key: 'h-browse', text: 'Keys', style: 'heading'},
	...keyLines(
		keymap.filter((entry) => entry.mode === 'browse'),
		'b',
		width,
	),
	{key: 'h-filter', text: 'While typing a filter', style: 'heading'},
	...keyLines(
		keymap.filter((entry) => entry.mode === 'filter'),
		'f',
		width,
	),
	{key: 'h-signs', text: 'Signs', style: 'heading'},
	...allSigns().flatMap((sign, index) => entryLines(`s-${index}`, sign.mark, sign.meaning, 4, width)),
];

/** The help overlay's lines, for tests and for the README: what a reader can scroll through. */
export const helpText = (width: number): string[] => helpLines(width).map((line) => line.text);

export const helpListMax = (width: number, height: number): number => maxOffset(helpLines(width).length, height - 1);

export const HelpOverlay = ({width, height, offset}: {width: number; height: number; offset: number}) => {
	const lines = helpLines(width);
	const room = Math.max(1, height - 1);
	// Say that there is more, and how to reach it, when help does not fit.
	const first = Math.max(0, Math.min(offset, lines.length - room));
	const last = first + room - (first + room < lines.length ? 1 : 0);
	const more = lines.length > room ? ` — ↑↓ PgUp PgDn scroll: lines ${first + 1}–${last} of ${lines.length}` : '';
	return (
		<>
			<Text bold inverse wrap="truncate-end">
				{fit(` Help — ? or Esc to close${more}`, width)}
			</Text>
			<ScrollList lines={lines} offset={offset} height={room} />
		</>
	);
};
