import {Box, Text} from '../render/primitives.js';
import type {Round} from '../data/schema.js';
import {formatDate, type Day} from '../data/calendar.js';
import {fit, truncate, widthOf} from './text.js';

const phaseLabel = {'lead-up': 'lead-up', hostilities: '', aftermath: 'aftermath'} as const;

/** The days of hostilities: "14–21 Nov 2012" when both ends share month and year. */
export const roundDates = (round: Pick<Round, 'start' | 'end'>): string => {
	const [start, end] = [formatDate(round.start), formatDate(round.end)];
	return start.slice(start.indexOf(' ')) === end.slice(end.indexOf(' ')) ? `${start.split(' ')[0]}–${end}` : `${start} – ${end}`;
};

/*
 * The left side is the round's title and the dates of its hostilities; the
 * right, the selected day. On lead-up and aftermath days the right side is
 * longer, and the title gives way, never the dates: they are what places a
 * lead-up day (Day -3) against the round. The long title falls back to the
 * short one when too little of it would show.
 */
export const headerLeft = (round: Pick<Round, 'title' | 'shortTitle' | 'start' | 'end'>, width: number): string => {
	const dates = roundDates(round);
	const room = width - widthOf(dates) - 3;
	if (widthOf(round.title) <= room) return `${round.title} · ${dates}`;
	const title = room >= Math.max(24, widthOf(round.shortTitle) + 8) ? truncate(round.title, room) : round.shortTitle;
	return widthOf(title) <= room ? `${title} · ${dates}` : truncate(dates, width);
};

/** Round title, its dates and the selected day: "Day 7 · Tue 20 Nov 2012". */
export const Header = ({round, day, width}: {round: Round; day: Day; width: number}) => {
	const phase = phaseLabel[day.phase];
	const right = `${phase ? `${phase} · ` : ''}Day ${day.number} · ${day.weekday} ${formatDate(day.date)}`;
	const leftWidth = Math.max(0, width - widthOf(right) - 2);
	return (
		<Box>
			<Text bold wrap="truncate-end">
				{fit(headerLeft(round, leftWidth), leftWidth)}
			</Text>
			<Text wrap="truncate-end">{'  '}</Text>
			<Text bold inverse={phase !== ''} wrap="truncate-end">
				{right}
			</Text>
		</Box>
	);
};
