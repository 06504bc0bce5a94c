import {Box, Text} from 'ink';
import type {Round} from '../data/schema.js';
import {formatDate, type Day} from '../data/calendar.js';
import {fit, widthOf} from './text.js';

const phaseLabel = {'lead-up': 'lead-up', hostilities: '', aftermath: 'aftermath'} as const;

const range = (round: Round) => {
	const [start, end] = [formatDate(round.start), formatDate(round.end)];
	// "14–21 Nov 2012" when both ends share month and year.
	return start.slice(start.indexOf(' ')) === end.slice(end.indexOf(' ')) ? `${start.split(' ')[0]}–${end}` : `${start} – ${end}`;
};

/** Round title, its dates and the selected day: "Day 7 · Tue 20 Nov 2012". */
export const Header = ({round, day, width}: {round: Round; day: Day; width: number}) => {
	const phase = phaseLabel[day.phase];
	const right = `${phase ? `${phase} · ` : ''}Day ${day.number} · ${day.weekday} ${formatDate(day.date)}`;
	const left = `${round.title} · ${range(round)}`;
	const leftWidth = Math.max(0, width - widthOf(right) - 2);
	return (
		<Box>
			<Text bold wrap="truncate-end">
				{fit(left, leftWidth)}
			</Text>
			<Text wrap="truncate-end">{'  '}</Text>
			<Text bold inverse={phase !== ''} wrap="truncate-end">
				{right}
			</Text>
		</Box>
	);
};
