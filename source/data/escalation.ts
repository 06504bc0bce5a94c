import type {Event, Qualifier, Round} from './schema.js';
import {claimantsOf, dailySeries, type Quantity} from './claims.js';
import {daysOf, type Day} from './calendar.js';

/*
 * The escalation chart: for one quantity, each day's figures. Each claimant's
 * figure for the day is kept; the chart draws the one from the claimant who
 * covers the most days and says how many others there are, so no figure is
 * dropped or merged.
 */

export type DayFigure = {claimant: string; value: number; qualifier: Qualifier; derived: boolean};
export type DayRow = {day: Day; figures: DayFigure[]};

// The order a reader expects to cycle through; anything else follows by coverage.
const preferredMetrics = ['rockets-fired', 'targets-struck', 'airstrikes', 'killed', 'wounded', 'rockets-intercepted'];

/** Whole-population quantities with at least one daily figure, in the order `m` cycles through them. */
export const chartableQuantities = (round: Round): Quantity[] => {
	const seen = new Map<string, Quantity & {days: Set<string>}>();
	for (const figure of round.figures) {
		if (figure.subgroup || figure.scope === 'incident') continue;
		const key = `${figure.metric}\u0000${figure.population}`;
		const entry = seen.get(key) ?? {metric: figure.metric, population: figure.population, days: new Set<string>()};
		entry.days.add(figure.date);
		seen.set(key, entry);
	}
	const rank = (metric: string) => {
		const index = preferredMetrics.indexOf(metric);
		return index === -1 ? preferredMetrics.length : index;
	};
	return [...seen.values()]
		.filter((entry) => dayRows(round, entry).some((row) => row.figures.length > 0))
		.sort((a, b) => rank(a.metric) - rank(b.metric) || b.days.size - a.days.size)
		.map(({metric, population}) => ({metric, population}));
};

/** For each day of the round, every claimant's figure for the quantity on that day, best-covering claimant first. */
export const dayRows = (round: Round, quantity: Quantity): DayRow[] => {
	const claimants = claimantsOf(round, quantity);
	const series = claimants.map((claimant) => ({claimant, points: dailySeries(round, quantity, claimant)}));
	return daysOf(round).map((day, index) => ({
		day,
		figures: series.flatMap(({claimant, points}): DayFigure[] => {
			const point = points[index];
			if (!point || point.kind === 'no-report') return [];
			return [{claimant, value: point.value, qualifier: point.qualifier, derived: point.kind === 'derived'}];
		}),
	}));
};

/** Events whose text mentions every word of the filter, case-insensitively. */
export const matchingEvents = (events: readonly Event[], filter: string): Event[] => {
	const words = filter.toLocaleLowerCase().split(/\s+/).filter(Boolean);
	if (words.length === 0) return [...events];
	return events.filter((event) => {
		const text = [event.summary, event.place ?? '', ...event.actors, event.kind].join(' ').toLocaleLowerCase();
		return words.every((word) => text.includes(word));
	});
};
