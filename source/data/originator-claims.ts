import {keptPer} from './kept.js';
import type {Claimant, Figure, Qualifier, Round} from './schema.js';
import {baselineOf, latestClaimsAsOf, latestClaimsOf, quantityKey, seriesByClaimant, type Quantity, type SeriesPoint} from './claims.js';
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

type Folded = {
	/** The group's figures, in the order of the day's latest claims, and their positions there. */
	figures: Figure[];
	positions: number[];
	/** The group folded as it is, once asked for. */
	claim?: OriginatorClaim;
};

// The day's latest claims grouped per originator and quantity, once per round
// (its figures) and day: panes ask for them per quantity, day after day.
const foldCaches = keptPer<readonly Figure[], Folded[]>();
const foldedOn = (round: Pick<Round, 'start' | 'figures'>, date: string): Folded[] =>
	foldCaches(round.figures, `${round.start}\u0000${date}`, () => {
		const byGroup = new Map<string, Folded>();
		latestClaimsAsOf(round, date).forEach((figure, position) => {
			const group = [quantityKey(figure), figure.scope, figure.scope === 'cumulative' ? baselineOf(round, figure) : '', figure.claimant].join('\u0000');
			const found = byGroup.get(group);
			if (found) {
				found.figures.push(figure);
				found.positions.push(position);
			} else byGroup.set(group, {figures: [figure], positions: [position]});
		});
		return [...byGroup.values()];
	});

/**
 * The latest claim of every originator as of a day, relays folded in: one
 * per (metric, population, subgroup, scope, baseline, originator).
 * Cumulative counts dated on or before the day (older ones have `current`
 * false), daily counts of that very day. Incident figures are not tallies.
 * The claims are shared between callers: do not change them.
 */
export const originatorClaimsAsOf = (
	round: Pick<Round, 'start' | 'figures' | 'claimants' | 'sources'>,
	date: string,
	wanted: (figure: Figure) => boolean = () => true,
): OriginatorClaim[] => {
	// In the order of each group's first wanted figure among the day's latest claims.
	const found: Array<{at: number; claim: OriginatorClaim}> = [];
	let ordered = true;
	for (const group of foldedOn(round, date)) {
		const kept = group.figures.filter(wanted);
		if (kept.length === 0) continue;
		if (kept.length === group.figures.length) {
			group.claim ??= foldClaims(round, group.figures, date);
			found.push({at: group.positions[0]!, claim: group.claim});
		} else found.push({at: group.positions[group.figures.indexOf(kept[0]!)]!, claim: foldClaims(round, kept, date)});
		if (found.length > 1 && found.at(-2)!.at > found.at(-1)!.at) ordered = false;
	}
	if (!ordered) found.sort((a, b) => a.at - b.at);
	return found.map((each) => each.claim);
};

/** A claim for one quantity, as of a day: `originatorClaimsAsOf` narrowed to it (looked up, not filtered). */
export const originatorClaimsOf = (
	round: Pick<Round, 'start' | 'figures' | 'claimants' | 'sources'>,
	date: string,
	quantity: Quantity,
	scope: Figure['scope'] = 'cumulative',
): OriginatorClaim[] => latestClaimsOf(round, date, quantity, scope).map((claims) => foldKept(round, claims, date));

// A count carried forward day after day is the same list of figures, folded the same way (current or not): kept per list.
const kept = new WeakMap<readonly Figure[], {current?: OriginatorClaim; older?: OriginatorClaim}>();
const foldKept = (round: Pick<Round, 'start' | 'figures' | 'claimants' | 'sources'>, claims: readonly Figure[], date: string): OriginatorClaim => {
	let slots = kept.get(claims);
	if (!slots) {
		slots = {};
		kept.set(claims, slots);
	}
	const asOf = claims.reduce((latest, figure) => (figure.date > latest ? figure.date : latest), '');
	const slot = asOf === date ? 'current' : 'older';
	return (slots[slot] ??= foldClaims(round, claims, date));
};

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
