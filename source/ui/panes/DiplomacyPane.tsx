import {Box, Text} from 'ink';
import {formatDate} from '../../data/calendar.js';
import {clockTime} from '../../data/time.js';
import {initiativesOn} from '../../data/diplomacy.js';
import {selectedDay} from '../../state/navigation.js';
import {derived} from '../derived.js';
import {fit, truncate, wrap, sourceMarks} from '../text.js';
import {glyphs} from '../palette.js';
import type {PaneProps} from './types.js';

const shortDate = (date: string) => formatDate(date).slice(0, -5);

// The one status longer than its column, shortened where it is tabulated; the history spells it out.
const statusLabel = (status: string) => (status === 'agreed-in-principle' ? 'in principle' : status);

export const diplomacyListMax = ({round}: PaneProps): number => Math.max(0, round.initiatives.length - 1);

export const DiplomacyPane = ({round, state, width, height}: PaneProps) => {
	const day = derived.days(round)[selectedDay(state)];
	if (!day) return null;
	const rows = initiativesOn(round, day.date);
	if (rows.length === 0) return <Text dimColor>No diplomatic initiatives recorded for this round.</Text>;
	const statusWidth = 13;
	const sinceWidth = 6;
	const titleWidth = Math.max(20, Math.min(48, Math.floor((width - statusWidth - sinceWidth - 5) * 0.6)));
	const actorsWidth = Math.max(0, width - 2 - titleWidth - statusWidth - sinceWidth - 3);
	const selection = Math.min(state.selection, rows.length - 1);
	// The table takes what it needs, up to two thirds; the selected initiative's steps so far fill the rest.
	const tableHeight = Math.max(1, Math.min(rows.length, Math.floor((height - 1) * 0.66)));
	const first = Math.max(0, Math.min(selection - tableHeight + 1, rows.length - tableHeight));
	const chosen = rows[selection]!;
	const numbers = derived.footnotes(round);
	const steps = chosen.initiative.history.filter((step) => step.date <= day.date);
	const stepLines = steps.length
		? steps.flatMap((step, index) =>
				wrap(`${shortDate(step.date)}${step.time ? ` ${clockTime(round, step.date, step.time)}` : ''} ${step.status}: ${step.note} ${sourceMarks(step.sources, numbers)}`, width - 2).map(
					(line, lineIndex) => ({key: `${index}-${lineIndex}`, text: `${lineIndex === 0 ? '•' : ' '} ${line}`}),
				),
			)
		: [{key: 'none', text: `No step yet by ${formatDate(day.date)}; the first is on ${formatDate(chosen.initiative.history[0]!.date)}.`}];
	const detailHeight = Math.max(0, height - 1 - tableHeight - 2);
	// The latest steps matter most: show the end of the list.
	const shown = stepLines.slice(Math.max(0, stepLines.length - detailHeight));
	return (
		<Box flexDirection="column">
			<Text bold wrap="truncate-end">
				{`  ${fit('Initiative', titleWidth)} ${fit(`Status ${shortDate(day.date)}`, statusWidth)} ${fit('Since', sinceWidth)} ${fit('Actors · mediators', actorsWidth)}`}
			</Text>
			{rows.slice(first, first + tableHeight).map(({initiative, current}, index) => {
				const isSelected = first + index === selection;
				const mediators = (initiative.mediators ?? []).filter((mediator) => !initiative.actors.includes(mediator));
				const actors = [...initiative.actors, ...mediators.map((mediator) => `via ${mediator}`)].join(', ');
				return (
					<Text key={initiative.id} wrap="truncate-end" inverse={isSelected} bold={isSelected}>
						{`${isSelected ? glyphs.selected : ' '} ${fit(initiative.title, titleWidth)} ${fit(current ? statusLabel(current.status) : '— not yet', statusWidth)} ${fit(current ? shortDate(current.date) : '', sinceWidth)} ${fit(actors, actorsWidth)}`}
					</Text>
				);
			})}
			<Text> </Text>
			<Text bold wrap="truncate-end">
				{truncate(`${chosen.initiative.title}: steps up to ${shortDate(day.date)} (Enter: full history and statements)`, width)}
			</Text>
			{shown.map((line) => (
				<Text key={line.key} wrap="truncate-end">
					{truncate(line.text, width)}
				</Text>
			))}
		</Box>
	);
};
