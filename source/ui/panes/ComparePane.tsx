import {Box, Text} from 'ink';
import {milestoneLabels, milestones, type Comparison, type RoundOnDay} from '../../data/compare.js';
import type {Round} from '../../data/schema.js';
import {selectedDay} from '../../state/navigation.js';
import {derived} from '../derived.js';
import {ScrollList, maxOffset} from '../ScrollList.js';
import {fit, formatFigure, formatValue, truncate} from '../text.js';
import type {ListLine, PaneProps} from './types.js';

export const comparedRounds = ({round, rounds, state}: Pick<PaneProps, 'round' | 'rounds' | 'state'>): [Round, Round] => [round, rounds[state.compare.vs] ?? round];

type Column = {key: 'killed1' | 'killed2' | 'rockets' | 'strikes' | 'milestones'; head: string; width: number};
const allColumns: Column[] = [
	{key: 'killed1', head: 'killed¹', width: 7},
	{key: 'killed2', head: 'killed²', width: 7},
	{key: 'rockets', head: 'rockets', width: 7},
	{key: 'strikes', head: 'strikes', width: 7},
	{key: 'milestones', head: 'MTAC', width: 4},
];
// Narrow screens drop strikes, then rockets; the counts and milestones stay.
const columnsFor = (width: number): Column[] => {
	const fits = (columns: Column[]) => 4 + 2 * (3 + columns.reduce((sum, column) => sum + column.width + 1, 0)) <= width;
	for (const drop of [[], ['strikes'], ['strikes', 'rockets']]) {
		const kept = allColumns.filter((column) => !drop.includes(column.key));
		if (fits(kept)) return kept;
	}
	return allColumns.filter((column) => column.key === 'killed1' || column.key === 'milestones');
};

const cell = (day: RoundOnDay | undefined, column: Column): string => {
	if (!day) return '';
	switch (column.key) {
		case 'killed1':
			return day.killed[0] ? formatFigure(day.killed[0]) : '·';
		case 'killed2':
			return day.killed[1] ? formatFigure(day.killed[1]) : '·';
		case 'rockets':
			return day.rockets ? formatValue(day.rockets.value, day.rockets.qualifier) : '·';
		case 'strikes':
			return day.strikes ? formatValue(day.strikes.value, day.strikes.qualifier) : '·';
		case 'milestones':
			return day.milestones.map((milestone) => milestoneLabels[milestone].code).join('');
	}
};

const legend = (label: string, side: Comparison['a']) =>
	`${label} ${side.round.shortTitle}: ${side.sides.map((each, index) => `${index === 0 ? '¹' : '²'} ${each.population} by ${each.claimant ?? 'no claimant'}${each.runningTotal ? ' (running total of its daily counts)' : ''}`).join('; ') || 'no death counts'}`;

const headlineText = (label: string, side: Comparison['a']) => {
	const ceasefire = side.headline.daysToCeasefire === undefined ? 'no ceasefire recorded' : `ceasefire day ${side.headline.daysToCeasefire}`;
	const perDay = side.headline.killedPerDay
		.map((each, index) => `${index === 0 ? '¹' : '²'} ${each.final ? `${each.perDay!.toFixed(1)} (${formatFigure(each.final)}÷${side.headline.hostilityDays})` : 'no count'}`)
		.join(' ');
	return `${label}: ${ceasefire} · killed per day of hostilities ${perDay || 'no count'}`;
};

const tableLines = (props: PaneProps): {head: string; lines: ListLine[]} => {
	const [a, b] = comparedRounds(props);
	const comparison = derived.comparison(a, b, props.state.compare.claimantRank);
	const columns = columnsFor(props.width);
	const selected = derived.days(a)[selectedDay(props.state)]?.number;
	const side = (day: RoundOnDay | undefined) => columns.map((column) => fit(cell(day, column), column.width, column.key === 'milestones' ? 'left' : 'right')).join(' ');
	const head = `${fit('Day', 4)} │ A ${columns.map((column) => fit(column.head, column.width, column.key === 'milestones' ? 'left' : 'right')).join(' ')} │ B ${columns.map((column) => fit(column.head, column.width, column.key === 'milestones' ? 'left' : 'right')).join(' ')}`;
	const lines = comparison.rows.map((row) => ({
		key: String(row.day),
		text: `${row.day === selected ? '▸' : ' '}${fit(String(row.day), 3, 'right')} │   ${side(row.a)} │   ${side(row.b)}`,
		style: row.day === selected ? ('heading' as const) : undefined,
	}));
	return {head, lines};
};

// Title, two legends and the column heads above; two headline lines and the signs below.
const listHeight = (height: number) => Math.max(1, height - 7);
export const compareListMax = (props: PaneProps): number => maxOffset(tableLines(props).lines.length, listHeight(props.height));

export const ComparePane = (props: PaneProps) => {
	const {width, height, state, rounds} = props;
	const [a, b] = comparedRounds(props);
	if (rounds.length < 2) return <Text dimColor>Open a second round (sitrep --data FILE) to compare.</Text>;
	const comparison = derived.comparison(a, b, state.compare.claimantRank);
	const {head, lines} = tableLines(props);
	const footer = [headlineText('A', comparison.a), headlineText('B', comparison.b)];
	return (
		<Box flexDirection="column">
			<Text bold wrap="truncate-end">
				{truncate(`A ${a.shortTitle} · B ${b.shortTitle} · by day of hostilities (day 1 = each round's first day)`, width)}
			</Text>
			<Text dimColor wrap="truncate-end">
				{truncate(legend('A', comparison.a), width)}
			</Text>
			<Text dimColor wrap="truncate-end">
				{truncate(legend('B', comparison.b), width)}
			</Text>
			<Text bold wrap="truncate-end">
				{truncate(head, width)}
			</Text>
			<ScrollList lines={lines.map((line) => ({...line, text: truncate(line.text, width)}))} offset={state.scroll.compare} height={listHeight(height)} />
			{footer.map((line, index) => (
				<Text key={index} wrap="truncate-end">
					{truncate(line, width)}
				</Text>
			))}
			<Text dimColor wrap="truncate-end">
				{truncate(`· no report · ${milestones.map((milestone) => `${milestoneLabels[milestone].code} ${milestoneLabels[milestone].label}`).join(' · ')} · rockets and strikes: the best-covered claimant's daily figure`, width)}
			</Text>
		</Box>
	);
};
