import {Box, Text} from 'ink';
import {Table, type CellProps} from '@alcalzone/ink-table';
import {createContext, useContext, type PropsWithChildren} from 'react';
import type {Figure} from '../../data/schema.js';
import {formatDate} from '../../data/calendar.js';
import type {CasualtyLine} from '../../data/casualties.js';
import {selectedDay} from '../../state/navigation.js';
import {derived} from '../derived.js';
import {fit, formatFigure, formatValue, sourceMarks, truncate, widthOf} from '../text.js';
import {maxOffset} from '../ScrollList.js';
import type {PaneProps} from './types.js';

const shortDate = (date: string) => formatDate(date).slice(0, -5);

const figures = (claims: Figure[]) => claims.map(formatFigure).join('/');

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
const claimantCell = (claimant: string, claims: Figure[], numbers: ReadonlyMap<string, number>, width: number): string => {
	const marks = sourceMarks([...new Set(claims.flatMap((figure) => figure.sources))], numbers);
	const caveat = claims.some((figure) => figure.caveat) ? ' ?' : '';
	return `  ${truncate(claimant, Math.max(4, width - 3 - widthOf(marks) - caveat.length))}${caveat} ${marks}`;
};

type TableLine = {heading?: string; line?: CasualtyLine};

/** Each population × subgroup gets a heading line, then one line per claimant. */
const tableLines = (lines: CasualtyLine[]): TableLine[] =>
	lines.flatMap((line): TableLine[] => {
		const row: TableLine = {line};
		if (!line.firstOfGroup) return [row];
		const heading = `${line.population}${line.subgroup ? ` · ${line.subgroup}` : ''}${line.contested ? '  ≠' : ''}`;
		return [{heading}, row];
	});

const rangeLines = ({round, state, width}: PaneProps): string[] => {
	const days = derived.days(round);
	const dayIndex = selectedDay(state);
	return derived
		.mainPopulations(round)
		.slice(0, 2)
		.map((population) => {
			const ranges = derived.cumulativeRanges(round, population);
			const label = `${truncate(population, 22)}: `;
			const cell = (index: number) => {
				const range = ranges[index]!;
				const text = !range.low || !range.high ? 'none' : range.low === range.high || range.low.value === range.high.value ? formatFigure(range.low) : `${formatValue(range.low.value, range.low.qualifier)}–${formatFigure(range.high)}`;
				return `${index === dayIndex ? '▸' : ''}D${days[index]!.number} ${text}`;
			};
			// Show the days around the selected one that fit.
			let from = dayIndex;
			let to = dayIndex;
			let text = cell(dayIndex);
			for (;;) {
				const grown = to + 1 < days.length ? `${text} · ${cell(to + 1)}` : undefined;
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
			return truncate(label + text, width);
		});
};

const tableHeight = (props: PaneProps) => Math.max(1, props.height - 2 - 1 - (derived.mainPopulations(props.round).length > 0 ? 1 + Math.min(2, derived.mainPopulations(props.round).length) : 0));

export const casualtiesListMax = (props: PaneProps): number => {
	const day = derived.days(props.round)[selectedDay(props.state)];
	return day ? maxOffset(tableLines(derived.casualtyLines(props.round, day.date)).length, tableHeight(props)) : 0;
};

export const CasualtiesPane = (props: PaneProps) => {
	const {round, state, width, linear} = props;
	const day = derived.days(round)[selectedDay(state)];
	if (!day) return null;
	const lines = tableLines(derived.casualtyLines(round, day.date));
	const height = tableHeight(props);
	const offset = Math.min(state.scroll.casualties, maxOffset(lines.length, height));
	const visible = lines.slice(offset, offset + height);
	const columns = columnsFor(width);
	const numbers = derived.footnotes(round);
	const keys = {
		killed: fit('Killed', columns.killed, 'right'),
		wounded: fit('Wounded', columns.wounded, 'right'),
		claimant: fit('Who says so', columns.claimant),
		asOf: fit('As of', columns.asOf),
	};
	const freeText: string[] = [];
	const free = (text: string) => placeholder(freeText.push(text) - 1, columns.claimant);
	const data = visible.map(({heading, line}) => {
		if (heading !== undefined)
			return {[keys.killed]: fit('', columns.killed), [keys.wounded]: fit('', columns.wounded), [keys.claimant]: free(heading), [keys.asOf]: fit('', columns.asOf)};
		const claims = [...line!.killed, ...line!.wounded];
		return {
			[keys.killed]: fit(figures(line!.killed), columns.killed, 'right'),
			[keys.wounded]: fit(figures(line!.wounded), columns.wounded, 'right'),
			[keys.claimant]: free(claimantCell(line!.claimant, claims, numbers, columns.claimant)),
			[keys.asOf]: fit(`${shortDate(line!.asOf)}${claims.some((figure) => figure.reported && figure.reported > day.date) ? '†' : ''}`, columns.asOf),
		};
	});
	const title = `As of Day ${day.number} · ${formatDate(day.date)}: each claimant's latest cumulative count  (≠ claims differ · ? weak source · † published later)`;
	const more = lines.length - offset - visible.length;
	return (
		<Box flexDirection="column">
			<Text bold wrap="truncate-end">
				{truncate(title, width)}
			</Text>
			{lines.length === 0 ? (
				<Text dimColor>No cumulative casualty figure reported up to this day.</Text>
			) : linear ? (
				visible.map(({heading, line}, index) => (
					<Text key={index} wrap="truncate-end" bold={heading !== undefined}>
						{heading ??
							`  ${line!.claimant}: killed ${figures(line!.killed) || 'no report'}, wounded ${figures(line!.wounded) || 'no report'}, as of ${shortDate(line!.asOf)} ${sourceMarks([...new Set([...line!.killed, ...line!.wounded].flatMap((figure) => figure.sources))], numbers)}`}
					</Text>
				))
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
			<Text dimColor wrap="truncate-end">
				{more > 0 ? `  ↓ ${more} more lines (↓/j to scroll)` : ' '}
			</Text>
			{derived.mainPopulations(round).length > 0 ? (
				<Text bold wrap="truncate-end">
					{truncate('Killed, cumulative: lowest–highest of the counts published each day (a spread, not an average)', width)}
				</Text>
			) : null}
			{rangeLines(props).map((line, index) => (
				<Text key={`r-${index}`} wrap="truncate-end">
					{line}
				</Text>
			))}
		</Box>
	);
};
