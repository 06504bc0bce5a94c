import type {Round} from '../data/schema.js';
import {daysOf, formatDate} from '../data/calendar.js';

/** `--day 7`, `--day -2` (lead-up) or `--day 2012-11-20` → the index of that day in the round, or why not. */
export const resolveDay = (round: Round, value: string): {index: number} | {error: string} => {
	const days = daysOf(round);
	const range = `${round.id} runs from day ${days[0]!.number} (${formatDate(days[0]!.date)}) to day ${days.at(-1)!.number} (${formatDate(days.at(-1)!.date)})`;
	const trimmed = value.trim();
	const index = /^-?\d+$/.test(trimmed)
		? days.findIndex((day) => day.number === Number(trimmed))
		: /^\d{4}-\d{2}-\d{2}$/.test(trimmed)
			? days.findIndex((day) => day.date === trimmed)
			: undefined;
	if (index === undefined) return {error: `--day takes a day number or a date as YYYY-MM-DD, not "${value}"`};
	if (index === -1) return {error: `--day ${value} is outside the round: ${range}`};
	return {index};
};
