import {Box, Text} from '../../render/primitives.js';
import {formatDate} from '../../data/calendar.js';
import {fit, truncate, widthOf, wrap} from '../text.js';
import {glyphs, palette} from '../palette.js';
import {printMarks} from '../../view/cite.js';
import {statusSigns} from '../../view/signs.js';
import type {PaneViewProps} from '../../panes/types.js';
import {
	actorsText,
	dayItemText,
	statusWords,
	stepText,
	todayHeading,
	type DiplomacyModel,
	type DiplomacyRow,
} from '../../panes/diplomacy/model.js';
import type {ListLine} from './types.js';
import {LinearList, linearFact, linearHeading} from '../linear.js';

const shortDate = (date: string) => formatDate(date).slice(0, -5);

const toneColour = {progress: palette.progress, setback: palette.warning, unconfirmed: palette.unconfirmed, neutral: undefined} as const;
const colourOf = (row: DiplomacyRow) => (row.status ? toneColour[statusSigns[row.status].tone] : undefined);

export const diplomacyListMax = (model: DiplomacyModel): number => Math.max(0, model.rows.length - 1);

const bullets = (key: string, texts: string[], width: number): ListLine[] =>
	texts.flatMap((text, index) =>
		wrap(text, width - 2).map((line, lineIndex) => ({key: `${key}-${index}-${lineIndex}`, text: `${lineIndex === 0 ? '•' : ' '} ${line}`})),
	);

const stepLines = (row: DiplomacyRow, date: string, width: number): ListLine[] =>
	row.steps.length
		? bullets(
				row.id,
				row.steps.map((step) => stepText(step, printMarks)),
				width,
			)
		: [
				{
					key: `${row.id}-none`,
					text: `No step yet by ${formatDate(date)}; the first is on ${row.firstStep ? formatDate(row.firstStep) : 'no date'}.`,
				},
			];

const todayLines = (model: DiplomacyModel, width: number): ListLine[] => [
	...wrap(todayHeading(model), width).map((text, index) => ({key: `today-${index}`, text, style: 'heading' as const})),
	...bullets(
		'item',
		model.today.map((item) => dayItemText(item, printMarks)),
		width,
	),
];

type Columns = {title: number; status: number; since: number; by: number; actors: number};

/*
 * Columns take the width there is: the title and who took the step first,
 * then actors. From 120 columns a cell wraps (up to three lines on screen)
 * instead of being cut; narrower screens keep one line per initiative and
 * leave the actors to the export and the history.
 */
const columnsFor = (model: DiplomacyModel, width: number): Columns => {
	const status = Math.max(...model.rows.map((row) => widthOf(statusWords(row))), widthOf(`Status ${shortDate(model.date)}`));
	const since = 6;
	const rest = width - 2 - status - since - 4;
	const longest = (texts: string[]) => Math.max(0, ...texts.map(widthOf));
	const titleMax = longest(model.rows.map((row) => row.title));
	const byMax = Math.max(2, longest(model.rows.map((row) => row.by.join(', '))));
	if (width < 120) {
		const title = Math.max(16, Math.min(titleMax, Math.floor(rest * 0.55)));
		return {title, status, since, by: rest - title, actors: 0};
	}
	const title = Math.min(titleMax, Math.floor(rest * 0.4));
	const by = Math.min(byMax, Math.floor(rest * 0.3));
	return {title, status, since, by, actors: Math.max(0, rest - title - by - 1)};
};

/** One initiative's table lines: cells wrapped to their columns (cut to `maxLines`), status and date on the first. */
const rowLines = (row: DiplomacyRow, columns: Columns, maxLines: number): string[] => {
	const cell = (text: string, width: number) => {
		if (width <= 0) return [];
		const lines = wrap(text, width);
		return lines.length > maxLines ? [...lines.slice(0, maxLines - 1), truncate(lines.slice(maxLines - 1).join(' '), width)] : lines;
	};
	const titles = cell(row.title, columns.title);
	const by = cell(row.by.join(', '), columns.by);
	const actors = cell(actorsText(row), columns.actors);
	const count = Math.max(1, titles.length, by.length, actors.length);
	return Array.from({length: count}, (_, index) =>
		[
			fit(titles[index] ?? '', columns.title),
			fit(index === 0 ? statusWords(row) : '', columns.status),
			fit(index === 0 && row.since ? shortDate(row.since) : '', columns.since),
			fit(by[index] ?? '', columns.by),
			...(columns.actors > 0 ? [actors[index] ?? ''] : []),
		]
			.join(' ')
			.trimEnd(),
	);
};

const headOf = (model: DiplomacyModel, columns: Columns) =>
	`  ${[fit('Initiative', columns.title), fit(`Status ${shortDate(model.date)}`, columns.status), fit('Since', columns.since), fit('By (that step)', columns.by), ...(columns.actors > 0 ? ['Actors · mediators'] : [])].join(' ')}`;

/** The screen-reader layout: each initiative's facts on lines of their own, then the day's diplomacy, then the selected initiative's steps. */
const linearLines = (model: DiplomacyModel, selection: number, width: number): {lines: ListLine[]; starts: number[]} => {
	const lines: ListLine[] = [linearHeading('head', `Initiatives on Day ${model.dayNumber} · ${formatDate(model.date)}`)];
	const starts: number[] = [];
	model.rows.forEach((row, index) => {
		starts.push(lines.length);
		lines.push(linearHeading(`${row.id}-t`, `${index === selection ? `${glyphs.selected} ` : ''}${row.title}`));
		lines.push(
			...linearFact(
				`${row.id}-s`,
				`status: ${row.status ? `${statusWords(row)} since ${formatDate(row.since!)}` : 'not yet (no step so far)'}`,
				width,
				2,
			),
		);
		if (row.by.length && row.status)
			lines.push(...linearFact(`${row.id}-b`, `${row.status.replaceAll('-', ' ')} by: ${row.by.join(', ')}`, width, 2));
		lines.push(...linearFact(`${row.id}-a`, `actors: ${actorsText(row)}`, width, 2));
	});
	lines.push(linearHeading('today', todayHeading(model)));
	model.today.forEach((item) => lines.push(...linearFact(item.id, dayItemText(item, printMarks), width, 2)));
	const chosen = model.rows[selection];
	if (chosen) {
		lines.push(linearHeading('steps', `${chosen.title}: steps up to ${formatDate(model.date)}`));
		if (chosen.steps.length === 0) lines.push(...linearFact('none', 'no step yet', width, 2));
		chosen.steps.forEach((step, index) => lines.push(...linearFact(`step-${index}`, stepText(step, printMarks), width, 2)));
	}
	return {lines, starts};
};

export const DiplomacyPane = ({model, state, width, height, linear, whole}: PaneViewProps<DiplomacyModel>) => {
	const {rows, date} = model;
	if (rows.length === 0 && model.today.length === 0) return <Text dimColor>No diplomatic initiatives recorded for this round.</Text>;
	const selection = Math.max(0, Math.min(state.selection, rows.length - 1));
	if (linear) {
		const {lines, starts} = linearLines(model, selection, width);
		// The list follows the selected initiative; the first keeps the heading above it in view.
		return <LinearList lines={lines} offset={selection > 0 ? (starts[selection] ?? 0) : 0} height={height} whole={whole} />;
	}
	const columns = columnsFor(model, width);
	const head = headOf(model, columns);
	const maxLines = whole ? Number.POSITIVE_INFINITY : width >= 120 ? 3 : 1;
	const tableRows = rows.map((row) => ({row, lines: rowLines(row, columns, maxLines)}));
	const drawRow = ({row, lines}: (typeof tableRows)[number], selected: boolean) =>
		lines.map((line, index) => (
			<Text key={`${row.id}-${index}`} wrap="truncate-end" inverse={selected} bold={selected}>
				{`${index === 0 && selected ? glyphs.selected : ' '} `}
				{index === 0 ? (
					<>
						{line.slice(0, columns.title + 1)}
						<Text color={colourOf(row)}>{line.slice(columns.title + 1, columns.title + 1 + columns.status)}</Text>
						{line.slice(columns.title + 1 + columns.status)}
					</>
				) : (
					line
				)}
			</Text>
		));
	if (whole)
		// An export: every initiative whole, the day's diplomacy, then each initiative's steps so far.
		return (
			<Box flexDirection="column">
				<Text bold>{head}</Text>
				{tableRows.flatMap((each) => drawRow(each, false))}
				<Text> </Text>
				{todayLines(model, width).map((line) => (
					<Text key={line.key} bold={line.style === 'heading'}>
						{line.text}
					</Text>
				))}
				{rows.flatMap((row) => [
					<Text key={`${row.id}-gap`}> </Text>,
					...wrap(`${row.title}: steps up to ${shortDate(date)}`, width).map((line, index) => (
						<Text key={`${row.id}-title-${index}`} bold>
							{line}
						</Text>
					)),
					...stepLines(row, date, width).map((line) => <Text key={line.key}>{line.text}</Text>),
				])}
			</Box>
		);
	// The table takes what it needs, up to half the pane, keeping the selected initiative in view.
	const budget = Math.max(
		1,
		Math.min(
			tableRows.reduce((sum, each) => sum + each.lines.length, 0),
			Math.floor((height - 1) * 0.5),
		),
	);
	let first = 0;
	const span = (from: number, to: number) => tableRows.slice(from, to + 1).reduce((sum, each) => sum + each.lines.length, 0);
	while (first < selection && span(first, selection) > budget) first++;
	const shownRows: typeof tableRows = [];
	let used = 0;
	for (const each of tableRows.slice(first)) {
		if (used + each.lines.length > budget && shownRows.length > 0) break;
		shownRows.push(each);
		used += each.lines.length;
	}
	const hidden = rows.length - first - shownRows.length;
	const chosen = rows[selection];
	const rest = Math.max(0, height - 1 - used - 1 - (hidden > 0 || first > 0 ? 1 : 0));
	// Below: the day's diplomacy first (up to half of what is left when there are steps), then the selected initiative's latest steps.
	const today = todayLines(model, width);
	const steps = chosen
		? [
				{
					key: 'steps-head',
					text: truncate(`${chosen.title}: steps up to ${shortDate(date)} (Enter: full history and statements)`, width),
					style: 'heading' as const,
				},
				...stepLines(chosen, date, width),
			]
		: [];
	// The steps get what they need up to half; the day's diplomacy the rest (a blank line between the two).
	const todayRoom = steps.length ? Math.max(2, rest - 1 - Math.min(steps.length, Math.floor(rest / 2))) : rest;
	const todayShown =
		today.length > todayRoom
			? [
					...today.slice(0, Math.max(1, todayRoom - 1)),
					{
						key: 'today-more',
						text: `  ↓ ${today.length - todayRoom + 1} more lines (events also on Escalation; an export has all)`,
						style: 'muted' as const,
					},
				]
			: today;
	const stepRoom = Math.max(0, rest - todayShown.length - 1);
	const stepsShown =
		steps.length > stepRoom ? [...steps.slice(0, 1), ...steps.slice(Math.max(1, steps.length - stepRoom + 1))].slice(0, stepRoom) : steps;
	return (
		<Box flexDirection="column">
			<Text bold wrap="truncate-end">
				{truncate(head, width)}
			</Text>
			{shownRows.flatMap((each) => drawRow(each, rows.indexOf(each.row) === selection))}
			{hidden > 0 || first > 0 ? (
				<Text
					dimColor
					wrap="truncate-end"
				>{`  ${first > 0 ? `↑ ${first} above ` : ''}${hidden > 0 ? `↓ ${hidden} more initiatives` : ''} (↑↓ select)`}</Text>
			) : null}
			<Text> </Text>
			{[...todayShown, {key: 'gap', text: ' '}, ...stepsShown].map((line) => (
				<Text key={line.key} wrap="truncate-end" bold={line.style === 'heading'} dimColor={line.style === 'muted'}>
					{truncate(line.text, width)}
				</Text>
			))}
		</Box>
	);
};
