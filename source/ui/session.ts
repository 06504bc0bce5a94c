import type {Round} from '../data/schema.js';
import {initialState, type NavState, type Pane, type RoundShape} from '../state/navigation.js';
import {derived} from './derived.js';

export const shapeOf = (round: Round): RoundShape => {
	const days = derived.days(round);
	const end = days.findIndex((day) => day.date === round.end);
	return {id: round.id, dayCount: days.length, defaultDay: end === -1 ? days.length - 1 : end, initiativeCount: round.initiatives.length};
};

/** Where a session opens: the chosen round (or the first, the most recent), its last day of hostilities, the Overview pane. */
export const openingState = (
	rounds: Round[],
	options: {roundId?: string | undefined; pane?: Pane; day?: number; brief?: boolean; vsId?: string | undefined} = {},
): NavState => {
	const index = Math.max(
		0,
		rounds.findIndex((round) => round.id === options.roundId),
	);
	const vs = rounds.findIndex((round) => round.id === options.vsId);
	return initialState(rounds.map(shapeOf), {
		round: index,
		...(options.pane ? {pane: options.pane} : {}),
		...(options.day === undefined ? {} : {day: options.day}),
		...(vs === -1 ? {} : {vs}),
		brief: options.brief ?? false,
	});
};
