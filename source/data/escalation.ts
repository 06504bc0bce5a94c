import {keptPer} from './kept.js';
import type {Event, Qualifier, Round} from './schema.js';
import {seriesByClaimant, type ClaimantSeries, type Quantity} from './claims.js';
import type {Figure} from './schema.js';
import {daysOf, type Day} from './calendar.js';
import {chartRank, metricInfo} from './metrics.js';
import {anyInferred, labelOf, originatorOf, viasOf} from './originators.js';

/*
 * The escalation chart: for one quantity, each day's figures. Each claimant's
 * figure for the day is kept; the chart draws the one from the claimant who
 * covers the most days and says how many others there are, so no figure is
 * dropped or merged.
 */

/** `claimant` is the display name ("IDF (via Haaretz)"); `originator` the id the figures give. */
export type DayFigure = {
	claimant: string;
	originator: string;
	via: string[];
	value: number;
	qualifier: Qualifier;
	derived: boolean;
	sources: string[];
};
export type DayRow = {day: Day; figures: DayFigure[]};


// Kept per round (its figures) and window: the Escalation and Compare panes both ask, on every visit.
const quantityLists = keptPer<readonly Figure[], Quantity[]>();

/** Whole-population quantities with at least one daily figure, in the order `m` cycles through them. Shared: do not change it. */
export const chartableQuantities = (round: Round): Quantity[] =>
	quantityLists(round.figures, [round.start, round.end, round.leadUpFrom ?? '', round.aftermathUntil ?? ''].join(' '), () =>
		findChartable(round),
	);

const findChartable = (round: Round): Quantity[] => {
	const groups = new Map<string, {quantity: Quantity; figures: Figure[]; days: Set<string>}>();
	for (const figure of round.figures) {
		if (figure.subgroup || figure.scope === 'incident' || !metricInfo(figure.metric).chartable) continue;
		const key = `${figure.metric}\u0000${figure.population}`;
		let group = groups.get(key);
		if (!group) {
			group = {quantity: {metric: figure.metric, population: figure.population}, figures: [], days: new Set()};
			groups.set(key, group);
		}
		group.figures.push(figure);
		group.days.add(figure.date);
	}
	// A daily claim makes a quantity chartable at once; otherwise a claimant's cumulative figures must yield a daily value.
	const chartable = (group: {quantity: Quantity; figures: Figure[]}) =>
		group.figures.some((figure) => figure.scope === 'daily') ||
		seriesByClaimant(round, group.quantity, group.figures).some((series) => series.points.some((point) => point.kind !== 'no-report'));
	return [...groups.values()]
		.filter(chartable)
		.sort((a, b) => chartRank(a.quantity.metric) - chartRank(b.quantity.metric) || b.days.size - a.days.size)
		.map((group) => group.quantity);
};

/** For each day of the round, every claimant's figure for the quantity on that day, best-covering claimant first. */
export const dayRows = (round: Round, quantity: Quantity): DayRow[] => {
	const series: ClaimantSeries[] = seriesByClaimant(round, quantity);
	return daysOf(round).map((day, index) => ({
		day,
		figures: series.flatMap(({claimant, points}): DayFigure[] => {
			const point = points[index];
			if (!point || point.kind === 'no-report') return [];
			const claims = point.kind === 'reported' ? point.claims : point.from.filter((figure): figure is Figure => figure !== undefined);
			const via = viasOf(claims);
			return [
				{
					claimant: labelOf(originatorOf(round, {claimant}).name, via, anyInferred(claims)),
					originator: claimant,
					via,
					value: point.value,
					qualifier: point.qualifier,
					derived: point.kind === 'derived',
					sources: [...new Set(claims.flatMap((figure) => figure.sources))],
				},
			];
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
