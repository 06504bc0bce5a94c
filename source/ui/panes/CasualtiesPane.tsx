import {Box, Text} from 'ink';
import {Table, type CellProps} from '@alcalzone/ink-table';
import {createContext, useContext, type PropsWithChildren} from 'react';
import {formatDate} from '../../data/calendar.js';
import {fit, keep, truncate, widthOf, wrap, wrapKept} from '../text.js';
import {maxOffset} from '../ScrollList.js';
import {printMarks} from '../../view/cite.js';
import type {PaneViewProps} from '../../panes/types.js';
import {LinearList, linearFact, linearHeading} from '../linear.js';
import {detailKeyLines} from '../KeyLines.js';
import {groupLabel, type CasualtiesModel, type CasualtyRow, type RangeCell} from '../../panes/casualties/model.js';

const shortDate = (date: string) => formatDate(date).slice(0, -5);

// ink-table sizes columns by String.length, which is not display width once a
// claimant is written in CJK, emoji or combining marks. So the free-text column
// is handed to the table as placeholders of exactly its width ("#12   …"), and
// the cell draws the real text, fitted by display width, in their place.
const FreeText = createContext<string[]>([]);
const placeholder = (index: number, width: number) => `#${index}`.padEnd(width);

const Cell = ({children, column}: CellProps) => {
	const texts = useContext(FreeText);
	const given = String(children ?? '');
	if (column !== 2) return <Text bold={column < 2} dimColor={column === 3}>{given}</Text>;
	const index = Number(/#(\d+)/.exec(given)?.[1]);
	const text = texts[index] ?? '';
	// Group headings (population · subgroup) are the unindented entries of the column.
	return <Text bold={!text.startsWith(' ')}>{` ${fit(text, given.length - 2)} `}</Text>;
};
const Header = ({children}: PropsWithChildren) => <Text bold>{children}</Text>;
// No rule between rows: one line per claim keeps the tally on one screen.
const Skeleton = ({children}: PropsWithChildren) => (/^[─┌┐└┘├┤┬┴┼]*$/.test(String(children ?? '')) ? null : <Text dimColor>{children}</Text>);

const columnsFor = (width: number) => {
	// Four columns, their separators and padding take 13 columns of chrome.
	const killed = 9;
	const wounded = 9;
	const asOf = 7;
	return {killed, wounded, claimant: Math.max(16, width - 13 - killed - wounded - asOf), asOf};
};

/** "  Claimant ? [3][12]": the claimant is cut before its source marks are. */
const claimantCell = (row: CasualtyRow, width: number): string => {
	const marks = printMarks(row.marks);
	const caveat = row.caveat ? ' ?' : '';
	return `  ${truncate(row.claimant, Math.max(4, width - 3 - widthOf(marks) - caveat.length))}${caveat} ${marks}`;
};

type TableLine = {heading?: string; row?: CasualtyRow};

/** Each population × subgroup gets a heading line, then one line per claimant. */
const tableLines = (model: CasualtiesModel): TableLine[] =>
	model.groups.flatMap((group): TableLine[] => [{heading: `${groupLabel(group)}${group.contested ? '  ≠' : ''}`}, ...group.rows.map((row) => ({row}))]);

const rangeCell = (cell: RangeCell, marked: boolean, cite: boolean, glue = ' ') =>
	`${marked && cell.selected ? '▸' : ''}D${cell.dayNumber}${glue}${cell.text ?? 'none'}${cite && cell.marks.length ? `${glue}${printMarks(cell.marks)}` : ''}`;

/** On screen: the days around the selected one that fit on a line. In an export: every day, wrapped, with its sources. */
const rangeLines = (model: CasualtiesModel, width: number, whole: boolean): string[] =>
	model.ranges.flatMap(({population, cells}) => {
		const label = `${truncate(population, 22)}: `;
		if (whole) return wrapKept(`${population}: ${cells.map((cell) => rangeCell(cell, false, true, keep)).join(' · ')}`, width);
		const dayIndex = Math.max(0, cells.findIndex((cell) => cell.selected));
		const cell = (index: number) => rangeCell(cells[index]!, true, false);
		let from = dayIndex;
		let to = dayIndex;
		let text = cell(dayIndex);
		for (;;) {
			const grown = to + 1 < cells.length ? `${text} · ${cell(to + 1)}` : undefined;
			if (grown && widthOf(label + grown) <= width) {
				text = grown;
				to++;
			}
			const earlier = from > 0 ? `${cell(from - 1)} · ${text}` : undefined;
			if (earlier && widthOf(label + earlier) <= width) {
				text = earlier;
				from--;
			} else if (!grown || widthOf(label + grown) > width) break;
		}
		return [truncate(label + text, width)];
	});

const tableHeight = (model: CasualtiesModel, height: number) => Math.max(1, height - 2 - 1 - (model.ranges.length > 0 ? 1 + model.ranges.length : 0));

export const casualtiesListMax = (model: CasualtiesModel, {width, height}: {width: number; height: number}): number =>
	maxOffset(tableLines(model).length, tableHeight(model, height - detailKeyLines(model.keyLines, width, height, false).length));

export const CasualtiesPane = ({model, state, width, height: fullHeight, linear, whole}: PaneViewProps<CasualtiesModel>) => {
	// The key figures come first; the table has what they leave.
	const keyBlock = detailKeyLines(model.keyLines, width, fullHeight, whole);
	const paneHeight = fullHeight - keyBlock.length;
	const lines = tableLines(model);
	const height = whole ? lines.length : tableHeight(model, paneHeight);
	const offset = Math.min(state.scroll.casualties, maxOffset(lines.length, height));
	const visible = lines.slice(offset, offset + height);
	const columns = columnsFor(width);
	const keys = {
		killed: fit('Killed', columns.killed, 'right'),
		wounded: fit('Wounded', columns.wounded, 'right'),
		claimant: fit('Who says so', columns.claimant),
		asOf: fit('As of', columns.asOf),
	};
	const freeText: string[] = [];
	const free = (text: string) => placeholder(freeText.push(text) - 1, columns.claimant);
	const data = visible.map(({heading, row}) => {
		if (heading !== undefined)
			return {[keys.killed]: fit('', columns.killed), [keys.wounded]: fit('', columns.wounded), [keys.claimant]: free(heading), [keys.asOf]: fit('', columns.asOf)};
		return {
			[keys.killed]: fit(row!.killed, columns.killed, 'right'),
			[keys.wounded]: fit(row!.wounded, columns.wounded, 'right'),
			[keys.claimant]: free(claimantCell(row!, columns.claimant)),
			[keys.asOf]: fit(`${shortDate(row!.asOf)}${row!.later ? '†' : ''}`, columns.asOf),
		};
	});
	const title = `As of Day ${model.dayNumber} · ${formatDate(model.date)}: each claimant's latest cumulative count  (≠ claims differ · ? weak source · † published later)`;
	const rangeTitle = 'Killed, cumulative: lowest–highest of the counts published each day (a spread, not an average)';
	const more = lines.length - offset - visible.length;
	// An export is whole: titles wrap instead of being cut, and nothing is scrolled.
	const titled = (text: string) => (whole ? wrap(text, width) : [truncate(text, width)]);
	return (
		<Box flexDirection="column">
			{keyBlock.map((line, index) => (
				<Text key={`k-${index}`} wrap="truncate-end">
					{line}
				</Text>
			))}
			{titled(title).map((line, index) => (
				<Text key={`t-${index}`} bold wrap="truncate-end">
					{line}
				</Text>
			))}
			{lines.length === 0 ? (
				<Text dimColor>No cumulative casualty figure reported up to this day.</Text>
			) : linear ? (
				// Screen reader: each claim on its own line, wrapped rather than cut, so its sources are never lost.
				<LinearList
					lines={visible.flatMap(({heading, row}, index) =>
						heading !== undefined
							? [linearHeading(`h-${index}`, heading)]
							: linearFact(`r-${index}`, `${row!.claimant}: killed ${row!.killed || 'no report'}, wounded ${row!.wounded || 'no report'}, as of ${shortDate(row!.asOf)} ${printMarks(row!.marks)}`, width, 2),
					)}
					offset={0}
					height={height}
					whole
				/>
			) : (
				<FreeText.Provider value={freeText}>
					<Table
						data={data}
						columns={[{key: keys.killed, align: 'right'}, {key: keys.wounded, align: 'right'}, {key: keys.claimant}, {key: keys.asOf}]}
						cell={Cell}
						header={Header}
						skeleton={Skeleton}
					/>
				</FreeText.Provider>
			)}
			{whole ? null : (
				<Text dimColor wrap="truncate-end">
					{more > 0 ? `  ↓ ${more} more lines (↓/j to scroll)` : ' '}
				</Text>
			)}
			{model.ranges.length > 0
				? titled(rangeTitle).map((line, index) => (
						<Text key={`rt-${index}`} bold wrap="truncate-end">
							{line}
						</Text>
					))
				: null}
			{rangeLines(model, width, whole).map((line, index) => (
				<Text key={`r-${index}`} wrap="truncate-end">
					{line}
				</Text>
			))}
		</Box>
	);
};
