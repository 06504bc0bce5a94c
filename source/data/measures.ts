import type {Claimant, Figure, Round} from './schema.js';
import {daysOf, type Day} from './calendar.js';
import {baselineOf, type Quantity} from './claims.js';
import {groupBy} from './group-by.js';
import {chartRank, metricInfo} from './metrics.js';
import {kindRank, labelOf, originatorOf} from './originators.js';
import {claimOfPoint, originatorClaimsOf, originatorSeries, type OriginatorClaim} from './originator-claims.js';
import {compareText} from './text-order.js';

/*
 * What the escalation chart draws: a measure is a quantity (metric ×
 * population) read per day or to date, and each originator's series of it.
 * A series is one originator's own counts, through whatever outlet relayed
 * them, never a mix: a day this originator did not report is "no report"
 * even when another did. A running total is carried forward to the days
 * after its count, marked as such, never drawn as a new count.
 */

export type MeasureScope = 'daily' | 'cumulative';
export type Measure = Quantity & {scope: MeasureScope};

export type MeasurePoint = {
	day: Day;
	/** reported: a count dated that day; derived: worked out from two running totals; carried: an earlier running total. */
	kind: 'reported' | 'derived' | 'carried' | 'no-report';
	claim?: OriginatorClaim | undefined;
};

export type MeasureSeries = {
	originator: Claimant;
	/** The originator's name, with the inferred mark when any of its counts was attributed by inference. */
	label: string;
	/** Days with a count of its own (reported or derived): what "covers most days" counts. */
	coverage: number;
	points: MeasurePoint[];
};

type SeriesRound = Pick<Round, 'start' | 'end' | 'leadUpFrom' | 'aftermathUntil' | 'figures' | 'claimants' | 'sources'>;

const coverageOf = (points: MeasurePoint[]) => points.filter((point) => point.kind === 'reported' || point.kind === 'derived').length;

// Most days covered first; then bodies that count (health authority, UN, military) before those that relay; then by name.
const bestFirst = (a: MeasureSeries, b: MeasureSeries) =>
	b.coverage - a.coverage || kindRank(a.originator.kind) - kindRank(b.originator.kind) || compareText(a.originator.name, b.originator.name);

/** Per day: the originator's own daily count, or the change between two of its running totals (derived). */
const dailySeries = (round: SeriesRound, quantity: Quantity): MeasureSeries[] =>
	originatorSeries(round, quantity).map(({originator, label, points}) => {
		const shown = points.map((point): MeasurePoint => {
			const claim = claimOfPoint(round, point);
			return {day: point.day, kind: claim ? (point.kind === 'derived' ? 'derived' : 'reported') : 'no-report', claim};
		});
		return {originator, label, coverage: coverageOf(shown), points: shown};
	});

/** To date: the originator's running total counted from the round's start, as of each day; older totals carried forward. */
const cumulativeSeries = (round: SeriesRound, quantity: Quantity): MeasureSeries[] => {
	const counted = (figure: Figure) =>
		figure.scope === 'cumulative' &&
		figure.metric === quantity.metric &&
		figure.population === quantity.population &&
		(figure.subgroup ?? '') === (quantity.subgroup ?? '') &&
		baselineOf(round, figure) === round.start;
	const byOriginator = groupBy(round.figures.filter(counted), (figure) => figure.claimant);
	if (byOriginator.size === 0) return [];
	const days = daysOf(round);
	const asOfDay = days.map((day) => originatorClaimsOf(round, day.date, quantity, 'cumulative').filter((claim) => claim.since === round.start));
	return [...byOriginator].map(([id, figures]) => {
		const originator = originatorOf(round, {claimant: id});
		const points = days.map((day, index): MeasurePoint => {
			const claim = asOfDay[index]!.find((each) => each.originator.id === id);
			return {day, kind: claim ? (claim.current ? 'reported' : 'carried') : 'no-report', claim};
		});
		return {originator, label: labelOf(originator.name, [], figures.some((figure) => figure.attribution === 'inferred')), coverage: coverageOf(points), points};
	});
};

/** Every originator's series of a measure that has a count of its own on some day, the best-covering first. */
export const measureSeries = (round: SeriesRound, measure: Measure): MeasureSeries[] =>
	(measure.scope === 'daily' ? dailySeries(round, measure) : cumulativeSeries(round, measure)).filter((series) => series.coverage > 0).sort(bestFirst);

/*
 * The measures the chart cycles through: whole-population quantities of
 * chartable metrics, each per day and to date where some originator has a
 * count of it. In the metric table's chart order; within a quantity, the
 * reading whose best series covers more days first (so the 2021 rockets open
 * on the IDF's running totals, not on four partial daily counts).
 */
export const chartMeasures = (round: SeriesRound): Measure[] => {
	const quantities = groupBy(
		round.figures.filter((figure) => !figure.subgroup && figure.scope !== 'incident' && metricInfo(figure.metric).chartable),
		(figure) => `${figure.metric}\u0000${figure.population}`,
	);
	const candidates = [...quantities.values()].map((figures) => {
		const quantity = {metric: figures[0]!.metric, population: figures[0]!.population};
		const readings = (['daily', 'cumulative'] as const).map((scope) => ({
			measure: {...quantity, scope},
			best: measureSeries(round, {...quantity, scope})[0]?.coverage ?? 0,
		}));
		return {metric: quantity.metric, days: new Set(figures.map((figure) => figure.date)).size, readings: readings.filter((reading) => reading.best > 0).sort((a, b) => b.best - a.best)};
	});
	return candidates
		.filter((candidate) => candidate.readings.length > 0)
		.sort((a, b) => chartRank(a.metric) - chartRank(b.metric) || b.days - a.days)
		.flatMap((candidate) => candidate.readings.map((reading) => reading.measure));
};
