import type {Claimant, Figure, Qualifier, Round} from './schema.js';
import {baselineOf, latestClaimsAsOf, quantityKey, seriesByClaimant, type Quantity, type SeriesPoint} from './claims.js';
import {groupBy} from './group-by.js';
import {anyInferred, isWeakSource, labelOf, originatorOf, viasOf} from './originators.js';

/*
 * Claims per originator. The originator is who counted; the outlets that
 * relayed its count are provenance. So an originator's latest figures of one
 * day, whatever outlet carried them, are ONE claim: the same value through
 * several outlets is that value with its relays counted, and relays that
 * differ (232 via Reuters, ≥230 via Haaretz) are a range of that
 * originator, never two claimants. Different originators are never combined.
 *
 * Totals published after the day they cover (`reported` later than `date`)
 * count as of their `date`: sitrep briefs on the round in hindsight, and the
 * figure says what was true on that day. They carry `publishedLater` so a
 * reader is told the count was not public then.
 */

/** A value with its qualifier: "≥230" is {value: 230, qualifier: 'at-least'}. */
export type Bound = {value: number; qualifier: Qualifier};

export type OriginatorClaim = {
	originator: Claimant;
	/** "Gaza Ministry of Health (via AFP, Reuters)", inferred mark included. */
	label: string;
	metric: string;
	population: string;
	subgroup?: string | undefined;
	scope: Figure['scope'];
	/** The day a cumulative count counts from (its `since`, or the round's start). */
	since?: string | undefined;
	/** The low end: the lowest relay, or the figure's `value` when it is a range. */
	value: number;
	qualifier: Qualifier;
	/** The high end, when relays differ or a figure gives a range; unset for one value. */
	valueHigh?: number | undefined;
	qualifierHigh?: Qualifier | undefined;
	/** The day the count is as of. */
	asOf: string;
	/** Dated the selected day. An older count (asOf earlier) is never current. */
	current: boolean;
	/** The latest publication date of the folded figures, where later than `asOf` (the † mark). */
	publishedLater?: string | undefined;
	/** A daily value worked out from the originator's consecutive cumulative counts, not reported as such. */
	derived: boolean;
	/** The outlets that relayed it, in order of first mention; empty when reported first-hand. */
	via: string[];
	/** How many figures are folded into this claim. */
	relays: number;
	/** The originator is the dataset author's reading of a vague attribution. */
	inferred: boolean;
	/** Every folded figure rests on a caveat or on blog/repost pages only. */
	weak: boolean;
	/** Source ids, in order of first mention. */
	sources: string[];
	/** The figures behind it (for a derived value: the two cumulative counts, the earlier first). */
	claims: Figure[];
};

const highOf = (figure: Figure): Bound => ({value: figure.valueHigh ?? figure.value, qualifier: figure.qualifier});

/** Folds one originator's figures of one quantity and day into one claim (a range where they differ). */
export const foldClaims = (
	round: Pick<Round, 'start' | 'figures' | 'claimants' | 'sources'>,
	claims: readonly Figure[],
	selected: string,
	derived?: Bound,
): OriginatorClaim => {
	const first = claims[0]!;
	const low = claims.reduce((min, figure) => (figure.value < min.value ? figure : min));
	const high = claims.reduce((max, figure) => (highOf(figure).value > highOf(max).value ? figure : max));
	const asOf = claims.reduce((latest, figure) => (figure.date > latest ? figure.date : latest), '');
	const published = claims.reduce((latest, figure) => (figure.reported && figure.reported > latest ? figure.reported : latest), '');
	const originator = originatorOf(round, first);
	const via = viasOf(claims);
	const inferred = anyInferred(claims);
	const ranged = !derived && highOf(high).value > low.value;
	return {
		originator,
		label: labelOf(originator.name, via, inferred),
		metric: first.metric,
		population: first.population,
		subgroup: first.subgroup,
		scope: derived ? 'daily' : first.scope,
		since: first.scope === 'cumulative' && !derived ? baselineOf(round, first) : undefined,
		value: derived ? derived.value : low.value,
		qualifier: derived ? derived.qualifier : low.qualifier,
		valueHigh: ranged ? highOf(high).value : undefined,
		qualifierHigh: ranged ? high.qualifier : undefined,
		asOf,
		current: asOf === selected,
		publishedLater: published > asOf ? published : undefined,
		derived: derived !== undefined,
		via,
		relays: derived ? 1 : claims.length,
		inferred,
		weak: claims.every((figure) => isWeakSource(round, figure)),
		sources: [...new Set(claims.flatMap((figure) => figure.sources))],
		claims: [...claims],
	};
};

/**
 * The latest claim of every originator as of a day, relays folded in: one
 * per (metric, population, subgroup, scope, baseline, originator).
 * Cumulative counts dated on or before the day (older ones have `current`
 * false), daily counts of that very day. Incident figures are not tallies.
 */
export const originatorClaimsAsOf = (
	round: Pick<Round, 'start' | 'figures' | 'claimants' | 'sources'>,
	date: string,
	wanted: (figure: Figure) => boolean = () => true,
): OriginatorClaim[] => {
	const latest = latestClaimsAsOf(round, date).filter(wanted);
	const groups = groupBy(latest, (figure) =>
		[quantityKey(figure), figure.scope, figure.scope === 'cumulative' ? baselineOf(round, figure) : '', figure.claimant].join('\u0000'),
	);
	return [...groups.values()].map((claims) => foldClaims(round, claims, date));
};

/** A claim for one quantity, as of a day: `originatorClaimsAsOf` narrowed to it. */
export const originatorClaimsOf = (
	round: Pick<Round, 'start' | 'figures' | 'claimants' | 'sources'>,
	date: string,
	quantity: Quantity,
	scope: Figure['scope'] = 'cumulative',
): OriginatorClaim[] =>
	originatorClaimsAsOf(
		round,
		date,
		(figure) =>
			figure.scope === scope &&
			figure.metric === quantity.metric &&
			figure.population === quantity.population &&
			(figure.subgroup ?? '') === (quantity.subgroup ?? ''),
	);

export type OriginatorSeries = {originator: Claimant; label: string; points: SeriesPoint[]};

/*
 * One series per originator, continuous wherever it reported through any
 * outlet: a daily count as reported, else the difference of its own
 * consecutive cumulative counts (marked derived, never negative), else "no
 * report", never 0. Best-covering originators first.
 */
export const originatorSeries = (
	round: Pick<Round, 'start' | 'end' | 'leadUpFrom' | 'aftermathUntil' | 'figures' | 'claimants'>,
	quantity: Quantity,
): OriginatorSeries[] =>
	seriesByClaimant(round, quantity).map(({claimant, points}) => {
		const originator = originatorOf(round, {claimant});
		const used = points.flatMap((point) =>
			point.kind === 'reported' ? point.claims : point.kind === 'derived' ? point.from.filter((figure) => figure !== undefined) : [],
		);
		return {originator, label: labelOf(originator.name, [], anyInferred(used)), points};
	});

/** The day's point of a series as a claim (relays folded), or undefined for "no report". */
export const claimOfPoint = (
	round: Pick<Round, 'start' | 'figures' | 'claimants' | 'sources'>,
	point: SeriesPoint,
): OriginatorClaim | undefined => {
	if (point.kind === 'no-report') return undefined;
	if (point.kind === 'reported') return foldClaims(round, point.claims, point.day.date);
	const from = point.from.filter((figure): figure is Figure => figure !== undefined);
	return foldClaims(round, from, point.day.date, {value: point.value, qualifier: point.qualifier});
};
