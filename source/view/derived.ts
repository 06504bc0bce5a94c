import type {Event, Round} from '../data/schema.js';
import {groupBy} from '../data/group-by.js';
import {keptPer} from '../data/kept.js';
import {chartableQuantities, dayRows, matchingEvents} from '../data/escalation.js';
import {casualtyLines, cumulativeRanges, mainPopulations} from '../data/casualties.js';
import {daysOf} from '../data/calendar.js';
import {footnoteNumbers} from '../data/footnotes.js';
import {eventsByKind} from '../data/events.js';
import {compareRounds} from '../data/compare.js';
import type {Quantity} from '../data/claims.js';
import {chartMeasures, measureSeries, type Measure} from '../data/measures.js';

/*
 * The derivations the panes draw from, computed once per round and argument
 * and kept: a keypress re-renders the frame, and must not recompute a round.
 */
const caches = keptPer<Round, unknown>();

/** The value kept for this round under this key, built the first time it is asked for. */
export const remember = <T>(round: Round, key: string, build: () => T): T => caches(round, key, build) as T;

const cached =
	<A extends unknown[], R>(name: string, compute: (round: Round, ...args: A) => R) =>
	(round: Round, ...args: A): R =>
		remember(round, `${name}\u0000${JSON.stringify(args)}`, () => compute(round, ...args));

// Events by day, indexed once: a day's events are then found without scanning the round.
const eventsByDate = cached('eventsByDate', (round) => groupBy(round.events, (event) => event.date));
// Except the first day asked, the opening screen's, picked out of the round: indexing a round of 100,000 events costs
// several times that, and waits until another day is asked for (after the first frame, or when the reader moves).
const firstDayAsked = new WeakMap<Round, {date: string; events: Event[]}>();
const eventsOfDay = (round: Round, date: string): Event[] => {
	const first = firstDayAsked.get(round);
	if (!first) {
		const events = round.events.filter((event) => event.date === date);
		firstDayAsked.set(round, {date, events});
		return events;
	}
	return first.date === date ? first.events : (eventsByDate(round).get(date) ?? []);
};

export const derived = {
	days: cached('days', (round) => daysOf(round)),
	footnotes: cached('footnotes', (round) => footnoteNumbers(round)),
	quantities: cached('quantities', (round) => chartableQuantities(round)),
	measures: cached('measures', (round) => chartMeasures(round)),
	measureSeries: cached('measureSeries', (round, measure: Measure) => measureSeries(round, measure)),
	dayRows: cached('dayRows', (round, quantity: Quantity) => dayRows(round, quantity)),
	events: eventsOfDay,
	eventsByKind: cached('eventsByKind', (round, date: string) => eventsByKind(eventsOfDay(round, date))),
	matchingEvents: cached('matchingEvents', (round, date: string, filter: string) => matchingEvents(eventsOfDay(round, date), filter)),
	casualtyLines: cached('casualtyLines', (round, date: string) => casualtyLines(round, date)),
	cumulativeRanges: cached('cumulativeRanges', (round, population: string) => cumulativeRanges(round, population)),
	mainPopulations: cached('mainPopulations', (round) => mainPopulations(round)),
	comparison: (a: Round, b: Round, claimantRank: number) =>
		remember(a, `comparison\u0000${b.id}\u0000${claimantRank}`, () => compareRounds(a, b, claimantRank)),
};
