import {Box, Text} from 'ink';
import {formatDate} from '../../data/calendar.js';
import {fit, truncate, wrap} from '../text.js';
import {glyphs} from '../palette.js';
import {printMarks} from '../../view/cite.js';
import type {PaneViewProps} from '../../panes/types.js';
import {actorsText, type DiplomacyModel, type DiplomacyRow} from '../../panes/diplomacy/model.js';

const shortDate = (date: string) => formatDate(date).slice(0, -5);

// The one status longer than its column, shortened where it is tabulated; the history spells it out.
const statusLabel = (status: string) => (status === 'agreed-in-principle' ? 'in principle' : status);

export const diplomacyListMax = (model: DiplomacyModel): number => Math.max(0, model.rows.length - 1);

const stepLines = (row: DiplomacyRow, date: string, width: number) =>
	row.steps.length
		? row.steps.flatMap((step, index) =>
				wrap(`${shortDate(step.date)}${step.time ? ` ${step.time}` : ''} ${step.status}: ${step.note} ${printMarks(step.marks)}`, width - 2).map((line, lineIndex) => ({
					key: `${row.id}-${index}-${lineIndex}`,
					text: `${lineIndex === 0 ? '•' : ' '} ${line}`,
				})),
			)
		: [{key: `${row.id}-none`, text: `No step yet by ${formatDate(date)}; the first is on ${row.firstStep ? formatDate(row.firstStep) : 'no date'}.`}];

export const DiplomacyPane = ({model, state, width, height, whole}: PaneViewProps<DiplomacyModel>) => {
	const {rows, date} = model;
	if (rows.length === 0) return <Text dimColor>No diplomatic initiatives recorded for this round.</Text>;
	const statusWidth = 13;
	const sinceWidth = 6;
	const titleWidth = Math.max(20, Math.min(48, Math.floor((width - statusWidth - sinceWidth - 5) * 0.6)));
	const actorsWidth = Math.max(0, width - 2 - titleWidth - statusWidth - sinceWidth - 3);
	const selection = Math.min(state.selection, rows.length - 1);
	// The table takes what it needs, up to two thirds; the selected initiative's steps so far fill the rest. An export shows all.
	const tableHeight = whole ? rows.length : Math.max(1, Math.min(rows.length, Math.floor((height - 1) * 0.66)));
	const first = Math.max(0, Math.min(selection - tableHeight + 1, rows.length - tableHeight));
	const chosen = rows[selection]!;
	const detailHeight = Math.max(0, height - 1 - tableHeight - 2);
	// The latest steps matter most: show the end of the list.
	const lines = stepLines(chosen, date, width);
	const shown = lines.slice(Math.max(0, lines.length - detailHeight));
	const tableRow = (row: DiplomacyRow, marker: string) =>
		`${marker} ${fit(row.title, titleWidth)} ${fit(row.status ? statusLabel(row.status) : '— not yet', statusWidth)} ${fit(row.since ? shortDate(row.since) : '', sinceWidth)} ${fit(actorsText(row), actorsWidth)}`;
	const head = `  ${fit('Initiative', titleWidth)} ${fit(`Status ${shortDate(date)}`, statusWidth)} ${fit('Since', sinceWidth)} ${fit('Actors · mediators', actorsWidth)}`;
	if (whole)
		// An export: every initiative, titles and actors wrapped rather than cut, then each one's steps so far.
		return (
			<Box flexDirection="column">
				<Text bold>{head}</Text>
				{rows.flatMap((row) => {
					const status = `${fit(row.status ? statusLabel(row.status) : '— not yet', statusWidth)} ${fit(row.since ? shortDate(row.since) : '', sinceWidth)} `;
					const titles = wrap(row.title, titleWidth);
					const actors = wrap(actorsText(row), Math.max(1, actorsWidth));
					return Array.from({length: Math.max(titles.length, actors.length, 1)}, (_, index) => (
						<Text key={`${row.id}-${index}`}>{`  ${fit(titles[index] ?? '', titleWidth)} ${index === 0 ? status : ' '.repeat(statusWidth + sinceWidth + 2)}${actors[index] ?? ''}`.trimEnd()}</Text>
					));
				})}
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
	return (
		<Box flexDirection="column">
			<Text bold wrap="truncate-end">
				{head}
			</Text>
			{rows.slice(first, first + tableHeight).map((row, index) => {
				const isSelected = first + index === selection;
				return (
					<Text key={row.id} wrap="truncate-end" inverse={isSelected} bold={isSelected}>
						{tableRow(row, isSelected ? glyphs.selected : ' ')}
					</Text>
				);
			})}
			<Text> </Text>
			<Text bold wrap="truncate-end">
				{truncate(`${chosen.title}: steps up to ${shortDate(date)} (Enter: full history and statements)`, width)}
			</Text>
			{shown.map((line) => (
				<Text key={line.key} wrap="truncate-end">
					{truncate(line.text, width)}
				</Text>
			))}
		</Box>
	);
};
