import {Box, Text} from '../../render/primitives.js';
import {formatDate} from '../../data/calendar.js';
import {maxOffset} from '../ScrollList.js';
import {fit, keep, truncate, wrap, wrapKept} from '../text.js';
import {printMarks} from '../../view/cite.js';
import type {PaneViewProps} from '../../panes/types.js';
import {
	cellWords,
	columnHeads,
	columnKeys,
	rateHead,
	rateText,
	type ColumnKey,
	type CompareCell,
	type CompareModel,
	type CompareRow,
	type CompareSide,
} from '../../panes/compare/model.js';
import type {ListLine} from './types.js';
import {milestoneLabels, milestones} from '../../data/compare.js';
import {LinearList, linearFact, linearHeading} from '../linear.js';

type Column = {key: ColumnKey; width: number};
const widths: Record<ColumnKey, number> = {killed1: 10, killed2: 10, rockets: 7, strikes: 7, milestones: 4};
const allColumns: Column[] = columnKeys.map((key) => ({key, width: widths[key]}));
const sideWidth = (columns: Column[]) => columns.reduce((sum, column) => sum + column.width + 1, 0) - 1;
// Narrow screens drop strikes, then rockets; the counts and milestones stay.
const columnsFor = (width: number): Column[] => {
	const fits = (columns: Column[]) => 5 + 2 * (3 + sideWidth(columns)) <= width;
	for (const drop of [[], ['strikes'], ['strikes', 'rockets']]) {
		const kept = allColumns.filter((column) => !drop.includes(column.key));
		if (fits(kept)) return kept;
	}
	return allColumns.filter((column) => column.key === 'killed1' || column.key === 'milestones');
};

const align = (column: Column) => (column.key === 'milestones' ? 'left' : 'right');

// "Palestinians in Gaza" → "Gaza": the column's short name; the legend gives the whole.
const shortPopulation = (population: string) => population.split(' in ').at(-1)!.replace(/^the /, '');

/** Two head lines: "A killed, cumulative  daily" over "¹ Gaza ² Israel rockets strikes MTAC". */
const headLines = (model: CompareModel, columns: Column[]): [string, string] => {
	const killed = columns.filter((column) => column.key.startsWith('killed'));
	const daily = columns.filter((column) => column.key === 'rockets' || column.key === 'strikes');
	const group = (label: string) => {
		const killedWidth = sideWidth(killed);
		const dailyWidth = daily.length ? sideWidth(daily) : 0;
		const rest = sideWidth(columns) - killedWidth - (daily.length ? dailyWidth + 1 : 0) - 1;
		return `${fit(`${label} killed, cumulative`, killedWidth)}${daily.length ? ` ${fit('daily', dailyWidth, 'right')}` : ''} ${' '.repeat(Math.max(0, rest))}`;
	};
	const names = (side: 'a' | 'b') => {
		const populations = model.populations[side];
		return columns
			.map((column) => {
				if (column.key === 'killed1') return fit(`¹ ${shortPopulation(populations[0] ?? '')}`, column.width, 'right');
				if (column.key === 'killed2') return fit(`² ${shortPopulation(populations[1] ?? '')}`, column.width, 'right');
				return fit(column.key === 'milestones' ? 'MTAC' : column.key, column.width, align(column));
			})
			.join(' ');
	};
	return [`${fit('', 4)} │ ${group('A')} │ ${group('B')}`, `${fit('Day', 4)} │ ${names('a')} │ ${names('b')}`];
};

type Segment = {text: string; dim?: boolean};

const rowSegments = (row: CompareRow, columns: Column[]): Segment[] => {
	const side = (day: CompareSide | undefined): Segment[] =>
		columns.flatMap((column, index) => {
			const cell = day?.cells[column.key];
			return [...(index ? [{text: ' '}] : []), {text: fit(cell?.text ?? '', column.width, align(column)), dim: cell?.asOf !== undefined}];
		});
	const segments = [
		{text: `${row.selected ? '▸' : ' '}${fit(String(row.day), 3, 'right')} │ `},
		...side(row.a),
		{text: ' │ '},
		...side(row.b),
	];
	// Neighbours drawn alike are one text: the same characters and styles on screen, a fraction of the elements to draw.
	const runs: Segment[] = [];
	for (const segment of segments) {
		const last = runs.at(-1);
		if (last && Boolean(last.dim) === Boolean(segment.dim)) last.text += segment.text;
		else runs.push({...segment});
	}
	return runs;
};

const cellSentence = (cell: CompareCell, what: string) =>
	`${what}: ${cell.text === '·' ? 'no report' : cell.asOf ? `${cell.text.slice(1)}, carried forward from ${formatDate(cell.asOf).slice(0, -5)}` : cell.text}${cell.marks.length ? ` ${printMarks(cell.marks)}` : ''}`;

// "AC" → "A agreement, C ceasefire in force"
const milestoneWords = (codes: string) =>
	milestones
		.filter((milestone) => codes.includes(milestoneLabels[milestone].code))
		.map((milestone) => `${milestoneLabels[milestone].code} ${milestoneLabels[milestone].label}`)
		.join(', ');

/** The screen-reader layout: who counted, the rates, then each day and round, one figure per line. */
const linearLines = (model: CompareModel, width: number): ListLine[] => {
	const lines: ListLine[] = [
		linearHeading(
			'title',
			`Compare: A ${model.a.shortTitle} and B ${model.b.shortTitle}, by day of hostilities (day 1 is each round's first day)`,
		),
	];
	model.legends.forEach((legend, index) => lines.push(...linearFact(`legend-${index}`, legend, width)));
	model.rates.forEach((line, index) => lines.push(...linearFact(`rate-${index}`, rateText(line, printMarks), width)));
	lines.push(...linearFact('ceasefire', model.ceasefire, width));
	for (const row of model.rows)
		for (const label of ['A', 'B'] as const) {
			const side = label === 'A' ? row.a : row.b;
			if (!side) continue;
			const populations = label === 'A' ? model.populations.a : model.populations.b;
			lines.push(
				linearHeading(
					`d-${row.day}-${label}`,
					`Day ${row.day}, round ${label}, ${formatDate(side.date)}${row.selected && label === 'A' ? ' (selected day)' : ''}`,
				),
			);
			const facts: Array<[ColumnKey, string]> = [
				['killed1', `${populations[0] ?? ''} killed, cumulative`],
				['killed2', `${populations[1] ?? ''} killed, cumulative`],
				['rockets', 'rockets that day'],
				['strikes', 'strikes that day'],
			];
			for (const [key, what] of [...facts.slice(0, Math.min(2, populations.length)), ...facts.slice(2)])
				lines.push(...linearFact(`d-${row.day}-${label}-${key}`, cellSentence(side.cells[key], what), width, 2));
			if (side.cells.milestones.text)
				lines.push(...linearFact(`d-${row.day}-${label}-m`, `milestone: ${milestoneWords(side.cells.milestones.text)}`, width, 2));
		}
	lines.push(...linearFact('signs', model.signs, width, 0, 'muted'));
	return lines;
};

/** An export: each day's two rounds on lines of their own, every cell with its sources; nothing is dropped for width. */
const wholeLines = (model: CompareModel, width: number): string[] =>
	model.rows.flatMap((row) =>
		(['A', 'B'] as const).flatMap((label) => {
			const side = label === 'A' ? row.a : row.b;
			if (!side) return [];
			const cells = columnKeys.flatMap((key) => {
				const cell = side.cells[key];
				if (key === 'milestones') return cell.text ? [`milestones${keep}${cell.text}`] : [];
				return [
					[
						columnHeads[key].replace(', ', ' '),
						...(cell.text === '·' ? ['no', 'report'] : [cellWords(cell).replaceAll(' ', keep)]),
						...(cell.marks.length ? [printMarks(cell.marks)] : []),
					].join(keep),
				];
			});
			// The day number leads the row's first line, whichever round has it.
			const lead = label === 'A' || !row.a ? `Day ${String(row.day).padStart(3)} ` : ' '.repeat(8);
			return wrapKept(`${label} ${formatDate(side.date).slice(0, -5)}: ${cells.join(' · ')}`, width - 8).map(
				(line, index) => `${index === 0 ? lead : ' '.repeat(10)}${line}`,
			);
		}),
	);

const title = (model: CompareModel) =>
	`A ${model.a.shortTitle} · B ${model.b.shortTitle} · by day of hostilities (day 1 = each round's first day)`;

/** Above the table: title, who counted on each side, the rates and the ceasefire days, wrapped (never cut: they are the answer). */
const topLines = (model: CompareModel, width: number): ListLine[] => [
	{key: 'title', text: truncate(title(model), width), style: 'heading'},
	...model.legends.flatMap((legend, index) =>
		wrapKept(
			legend.replace(/ \u00B7 pair (\d+) of (\d+) \(c: next\)/, (match) => match.replace(/(?<=pair.*) /g, keep)),
			width,
		).map((text, line) => ({key: `legend-${index}-${line}`, text, style: 'muted' as const})),
	),
	...model.rates.flatMap((line, index) =>
		wrapKept(rateText(line, printMarks, keep), width).map((text, each) => ({key: `rate-${index}-${each}`, text})),
	),
	...wrap(model.ceasefire, width).map((text, index) => ({key: `cf-${index}`, text})),
];

/*
 * The top lines at a height: whole where they leave the table three rows; on a
 * short screen one line each, cut (the help and exports have them whole), as
 * lines taller than the pane would be drawn over each other.
 */
const topFor = (model: CompareModel, width: number, height: number): ListLine[] => {
	const full = topLines(model, width);
	if (full.length + 2 + 3 + 1 <= height) return full;
	const compact: ListLine[] = [
		full[0]!,
		...model.legends.map((legend, index) => ({key: `legend-${index}`, text: truncate(legend, width), style: 'muted' as const})),
		// The rates lead with their numbers: "¹ killed per day: A 19.3–20.3/day (232–243 in 12 days) [171] · B …".
		...model.rates.map((line, index) => ({
			key: `rate-${index}`,
			text: truncate(`${line.side} killed per day: ${rateText(line, printMarks).slice(rateHead(line).length + 1)}`, width),
		})),
		{key: 'cf', text: truncate(model.ceasefire, width)},
	];
	return compact.slice(0, Math.max(1, height - 2 - 1 - 1));
};

const tableHeight = (model: CompareModel, width: number, height: number) =>
	Math.max(1, height - topFor(model, width, height).length - 2 - 1);

/** The first row and the number of rows a window of the table from `start` shows, the last line saying how many more when cut. */
const windowAt = (rowCount: number, rowsHeight: number, start: number) => {
	const more = rowCount - start - rowsHeight;
	return {start, shown: more > 0 ? rowsHeight - 1 : Math.min(rowsHeight, rowCount - start), more};
};

/*
 * The windows of the day table that show the selected day: ↑↓ slide the table
 * among them (the first has the selected day at its foot, the days leading to
 * it above), ←→ move the day and the window with it. So the selected day is in
 * view when the pane opens and after every step, whatever the scroll was.
 */
const dayWindows = (model: CompareModel, rowsHeight: number) => {
	const selected = model.rows.findIndex((row) => row.selected);
	const last = Math.max(0, model.rows.length - rowsHeight);
	const all = Array.from({length: last + 1}, (_, start) => windowAt(model.rows.length, rowsHeight, start));
	const showing = all.filter((each) => selected >= each.start && selected < each.start + each.shown);
	return showing.length ? showing : all;
};

export const compareListMax = (model: CompareModel, {width, height, linear}: {width: number; height: number; linear: boolean}): number =>
	linear ? maxOffset(linearLines(model, width).length, height) : dayWindows(model, tableHeight(model, width, height)).length - 1;

export const ComparePane = ({model, state, width, height, linear, whole}: PaneViewProps<CompareModel>) => {
	if (model.alone) return <Text dimColor>Open a second round (sitrep --data FILE) to compare.</Text>;
	if (linear) return <LinearList lines={linearLines(model, width)} offset={state.scroll.compare} height={height} whole={whole} />;
	const top = whole ? topLines(model, width) : topFor(model, width, height);
	const columns = columnsFor(width);
	const signLines = whole ? wrap(model.signs, width) : [truncate(model.signs, width)];
	const rowsHeight = tableHeight(model, width, height);
	const windows = dayWindows(model, rowsHeight);
	const at = Math.max(0, Math.min(state.scroll.compare, windows.length - 1));
	const {start, shown, more} = windows[at]!;
	// ↓ slides on while the selected day stays in view; past that the later days come with the day (→).
	const moreText = `  ↓ ${more + 1} more days (${at < windows.length - 1 ? '↓/j to scroll, ' : ''}→ next day)`;
	const visible = model.rows.slice(start, start + shown);
	const [head1, head2] = headLines(model, columns);
	return (
		<Box flexDirection="column">
			{top.map((line) => (
				<Text key={line.key} wrap="truncate-end" bold={line.style === 'heading'} dimColor={line.style === 'muted'}>
					{line.text}
				</Text>
			))}
			{whole ? (
				<>
					{wrap(
						"Killed¹ ² are cumulative: each originator's latest count as of the day; ↳ a count carried forward from the day given. Rockets and strikes are daily. Round B's sources are marked [B n].",
						width,
					).map((line, index) => (
						<Text key={`note-${index}`} dimColor>
							{line}
						</Text>
					))}
					{wholeLines(model, width).map((line, index) => (
						<Text key={`w-${index}`}>{line}</Text>
					))}
				</>
			) : (
				<>
					<Text bold wrap="truncate-end">
						{truncate(head1, width)}
					</Text>
					<Text bold wrap="truncate-end">
						{truncate(head2, width)}
					</Text>
					{visible.map((row) => (
						<Text key={row.day} wrap="truncate-end" bold={row.selected} inverse={row.selected}>
							{rowSegments(row, columns).map((segment, index) => (
								<Text key={index} dimColor={segment.dim}>
									{segment.text}
								</Text>
							))}
						</Text>
					))}
					{more > 0 ? (
						<Text dimColor wrap="truncate-end">
							{moreText}
						</Text>
					) : null}
				</>
			)}
			{signLines.map((line, index) => (
				<Text key={`signs-${index}`} dimColor wrap="truncate-end">
					{line}
				</Text>
			))}
		</Box>
	);
};
