import {Box, Text} from 'ink';
import {formatDate} from '../../data/calendar.js';
import {ScrollList, maxOffset} from '../ScrollList.js';
import {fit, keep, truncate, wrap, wrapKept} from '../text.js';
import {printMarks} from '../../view/cite.js';
import type {PaneViewProps} from '../../panes/types.js';
import {columnHeads, columnKeys, type ColumnKey, type CompareModel, type CompareSide} from '../../panes/compare/model.js';
import type {ListLine} from './types.js';

type Column = {key: ColumnKey; width: number};
const allColumns: Column[] = columnKeys.map((key) => ({key, width: key === 'milestones' ? 4 : 7}));
// Narrow screens drop strikes, then rockets; the counts and milestones stay.
const columnsFor = (width: number): Column[] => {
	const fits = (columns: Column[]) => 4 + 2 * (3 + columns.reduce((sum, column) => sum + column.width + 1, 0)) <= width;
	for (const drop of [[], ['strikes'], ['strikes', 'rockets']]) {
		const kept = allColumns.filter((column) => !drop.includes(column.key));
		if (fits(kept)) return kept;
	}
	return allColumns.filter((column) => column.key === 'killed1' || column.key === 'milestones');
};

const align = (column: Column) => (column.key === 'milestones' ? 'left' : 'right');

const tableLines = (model: CompareModel, width: number): {head: string; lines: ListLine[]} => {
	const columns = columnsFor(width);
	const side = (day: CompareSide | undefined) => columns.map((column) => fit(day ? day.cells[column.key].text : '', column.width, align(column))).join(' ');
	const heads = columns.map((column) => fit(columnHeads[column.key], column.width, align(column))).join(' ');
	const head = `${fit('Day', 4)} │ A ${heads} │ B ${heads}`;
	const lines = model.rows.map((row) => ({
		key: String(row.day),
		text: `${row.selected ? '▸' : ' '}${fit(String(row.day), 3, 'right')} │   ${side(row.a)} │   ${side(row.b)}`,
		style: row.selected ? ('heading' as const) : undefined,
	}));
	return {head, lines};
};

/** An export: each day's two rounds on lines of their own, every cell with its sources; nothing is dropped for width. */
const wholeLines = (model: CompareModel, width: number): string[] =>
	model.rows.flatMap((row) =>
		(['A', 'B'] as const).flatMap((label) => {
			const side = label === 'A' ? row.a : row.b;
			if (!side) return [];
			const cells = columnKeys.flatMap((key) => {
				const {text, marks} = side.cells[key];
				if (key === 'milestones') return text ? [`milestones${keep}${text}`] : [];
				return [[columnHeads[key], ...(text === '·' ? ['no', 'report'] : [text]), ...(marks.length ? [printMarks(marks)] : [])].join(keep)];
			});
			const lead = label === 'A' ? `Day ${String(row.day).padStart(3)} ` : ' '.repeat(8);
			return wrapKept(`${label} ${formatDate(side.date).slice(0, -5)}: ${cells.join(' · ')}`, width - 8).map((line, index) => `${index === 0 ? lead : ' '.repeat(10)}${line}`);
		}),
	);

// Title, two legends and the column heads above; two headline lines and the signs below.
const listHeight = (height: number) => Math.max(1, height - 7);
export const compareListMax = (model: CompareModel, {width, height}: {width: number; height: number}): number => maxOffset(tableLines(model, width).lines.length, listHeight(height));

export const ComparePane = ({model, state, width, height, whole}: PaneViewProps<CompareModel>) => {
	const {a, b} = model;
	if (model.alone) return <Text dimColor>Open a second round (sitrep --data FILE) to compare.</Text>;
	const {head, lines} = tableLines(model, width);
	const title = `A ${a.shortTitle} · B ${b.shortTitle} · by day of hostilities (day 1 = each round's first day)`;
	// On screen each line is cut to the width; an export wraps it, and carries the headline's sources.
	const block = (text: string, key: string, style: {bold?: boolean; dimColor?: boolean}) =>
		(whole ? wrap(text, width) : [truncate(text, width)]).map((line, index) => (
			<Text key={`${key}-${index}`} wrap="truncate-end" {...style}>
				{line}
			</Text>
		));
	return (
		<Box flexDirection="column">
			{block(title, 'title', {bold: true})}
			{model.legends.map((legend, index) => block(legend, `legend-${index}`, {dimColor: true}))}
			{whole ? (
				<>
					{block('Killed¹ ² are cumulative (each claimant\'s latest count as of the day); rockets and strikes are daily. Round B\'s sources are marked [B n].', 'note', {dimColor: true})}
					{wholeLines(model, width).map((line, index) => (
						<Text key={`w-${index}`}>{line}</Text>
					))}
				</>
			) : (
				<>
					<Text bold wrap="truncate-end">
						{truncate(head, width)}
					</Text>
					<ScrollList lines={lines.map((line) => ({...line, text: truncate(line.text, width)}))} offset={state.scroll.compare} height={listHeight(height)} />
				</>
			)}
			{model.headlines.map((each, index) => block(whole ? `${each.text} ${printMarks(each.marks)}` : each.text, `headline-${index}`, {}))}
			{block(model.signs, 'signs', {dimColor: true})}
		</Box>
	);
};
