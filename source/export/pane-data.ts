import type {Round} from '../data/schema.js';
import type {Day} from '../data/calendar.js';
import {selectedDay, type NavState} from '../state/navigation.js';
import {derived} from '../ui/derived.js';
import {tallyAsOf} from '../data/tally.js';
import {disagreementsAsOf} from '../data/claims.js';
import {initiativesOn, statementsAbout} from '../data/diplomacy.js';
import {matchingEvents} from '../data/escalation.js';
import {compareRounds, type Comparison} from '../data/compare.js';

/*
 * The data behind a pane, as the pane derives it: what `--export x.json`
 * writes. Everything is recomputed from the round by the same derivations, so
 * a briefing's numbers can be checked against the dataset.
 */

export type PaneData = {
	/** `timezone`: the zone of every `time` below (local HH:MM). */
	round: {id: string; title: string; timezone: string};
	pane: NavState['pane'];
	day: Day;
	[key: string]: unknown;
};

export const paneData = (round: Round, state: NavState, rounds: Round[] = [round]): PaneData => {
	const day = derived.days(round)[selectedDay(state)]!;
	const base = {round: {id: round.id, title: round.title, timezone: round.timezone}, pane: state.pane, day};
	switch (state.pane) {
		case 'escalation': {
			const quantities = derived.quantities(round);
			const measure = quantities.length > 0 ? quantities[state.metric % quantities.length] : undefined;
			return {
				...base,
				measure: measure ?? null,
				days: measure ? derived.dayRows(round, measure) : [],
				...(state.filter.text
					? {filter: state.filter.text, events: derived.days(round).flatMap((each) => matchingEvents(derived.events(round, each.date), state.filter.text))}
					: {events: derived.events(round, day.date)}),
			};
		}
		case 'casualties':
			return {...base, tally: tallyAsOf(round, day.date), disagreements: disagreementsAsOf(round, day.date)};
		case 'diplomacy':
			return {
				...base,
				initiatives: initiativesOn(round, day.date).map(({initiative, current}) => ({
					...initiative,
					status: current ?? null,
					statements: statementsAbout(round, initiative.id),
				})),
			};
		case 'sources':
			return {...base, sources: round.sources};
		case 'compare': {
			const other = rounds[state.compare.vs] ?? round;
			const comparison = compareRounds(round, other, state.compare.claimantRank);
			const summary = (side: Comparison['a']) => ({round: {id: side.round.id, title: side.round.title}, sides: side.sides, headline: side.headline});
			return {...base, a: summary(comparison.a), b: summary(comparison.b), rows: comparison.rows};
		}
	}
};
