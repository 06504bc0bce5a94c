import {keptPer} from './kept.js';
import type {Figure, Qualifier, Round} from './schema.js';
import {addDays, compareDates, daysBetween, daysOf, windowOf, type Day} from './calendar.js';
import {groupBy} from './group-by.js';

/*
 * Figures are claims. Nothing here adds, averages or picks between claims of
 * different claimants: derivations only select (the latest per claimant) and
 * group (the claims that disagree), and a daily value is only derived from a
 * claimant's own consecutive cumulative figures, marked as derived.
 */

/** What is counted, independent of who counts it. */
export type Quantity = {metric: string; population: string; subgroup?: string | undefined};

export const quantityKey = (q: Quantity): string => `${q.metric}\u0000${q.population}\u0000${q.subgroup ?? ''}`;

export const sameQuantity = (figure: Figure, q: Quantity): boolean =>
	figure.metric === q.metric && figure.population === q.population && (figure.subgroup ?? '') === (q.subgroup ?? '');

// Cumulative figures that count from different days are different quantities.
export const baselineOf = (round: Pick<Round, 'start'>, figure: Figure): string => figure.since ?? round.start;

const claimKey = (round: Pick<Round, 'start'>, figure: Figure): string =>
	[quantityKey(figure), figure.scope, figure.scope === 'cumulative' ? baselineOf(round, figure) : figure.date, figure.claimant].join('\u0000');

/*
 * The latest of a claimant's claims about one quantity. Claims on the same
 * day are ordered by time only where both have one; claims that cannot be
 * ordered are all kept, so two versions from one claimant stay visible.
 */
const latestOf = (claims: Figure[]): Figure[] => {
	let latestDate = '';
	for (const claim of claims) if (claim.date > latestDate) latestDate = claim.date;
	const onLatestDay = claims.filter((claim) => claim.date === latestDate);
	const timed = onLatestDay.filter((claim) => claim.time);
	if (timed.length === 0) return onLatestDay;
	const latestTime = timed.reduce((max, claim) => (claim.time! > max ? claim.time! : max), '');
	return onLatestDay.filter((claim) => !claim.time || claim.time === latestTime);
};

type ClaimIndex = {
	/** Cumulative claims by claimant and quantity (baseline included), each list oldest first. */
	cumulative: Figure[][];
	/** Daily claims by the day they are about. */
	daily: Map<string, Figure[]>;
	/** The cumulative lists by quantity (`quantityKey`), in the same order. */
	cumulativeByQuantity: Map<string, Figure[][]>;
	/** latestClaimsAsOf's answers, by day asked (the index is the start's already). */
	asOf: Map<string, Figure[]>;
};

// Built once per round (its figures array): asking "as of day D" is then a
// binary search per claimant and quantity, not a pass over every figure.
// Built from the figures grouped by quantity, by claimant and baseline within
// each: no key text is made per figure.
// Per start too: a cumulative figure without `since` counts from the round's start.
const indexes = keptPer<readonly Figure[], ClaimIndex>();
type CumulativeList = {first: number; claims: Figure[]};
const byDate = (a: Figure, b: Figure): number => compareDates(a.date, b.date);

/** 2030-01-21 as 20300121: in the order of the texts, for dates written as the schema has them; NaN otherwise. */
const dateNumber = (date: string): number => {
	if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Number.NaN;
	let number = 0;
	for (let at = 0; at < 10; at++) {
		const digit = date.charCodeAt(at) - 48;
		if (at === 4 || at === 7) continue;
		if (digit < 0 || digit > 9) return Number.NaN;
		number = number * 10 + digit;
	}
	return number;
};

/*
 * Oldest first, and claims of one day in the round's order (a stable sort).
 * Sorted as numbers (date, then place), natively: a comparator over the date
 * texts costs several times as much on the 50,000 claims of a large round.
 */
const sortByDate = (claims: Figure[]): void => {
	const count = claims.length;
	const keys = new Float64Array(count);
	let sorted = true;
	for (let at = 0; at < count; at++) {
		const date = dateNumber(claims[at]!.date);
		if (Number.isNaN(date)) {
			claims.sort(byDate);
			return;
		}
		keys[at] = date * count + at;
		if (at > 0 && keys[at]! < keys[at - 1]!) sorted = false;
	}
	if (sorted) return;
	keys.sort();
	const before = claims.slice();
	for (let at = 0; at < count; at++) claims[at] = before[keys[at]! % count]!;
};
const claimIndex = (round: Pick<Round, 'start' | 'figures'>): ClaimIndex =>
	indexes(round.figures, round.start, () => {
		const lists: CumulativeList[] = [];
		const cumulativeByQuantity = new Map<string, Figure[][]>();
		for (const [key, {figures, positions}] of quantityGroups(round.figures)) {
			// Lists in the order of their first claim in the round (positions rise within a group).
			const own: CumulativeList[] = [];
			const byClaimant = new Map<string, Map<string, CumulativeList>>();
			for (let at = 0; at < figures.length; at++) {
				const figure = figures[at]!;
				if (figure.scope !== 'cumulative') continue;
				let byBaseline = byClaimant.get(figure.claimant);
				if (!byBaseline) {
					byBaseline = new Map();
					byClaimant.set(figure.claimant, byBaseline);
				}
				const baseline = baselineOf(round, figure);
				let list = byBaseline.get(baseline);
				if (!list) {
					list = {first: positions[at]!, claims: []};
					byBaseline.set(baseline, list);
					own.push(list);
				}
				list.claims.push(figure);
			}
			for (const list of own) sortByDate(list.claims);
			if (own.length > 0) cumulativeByQuantity.set(key, own.map((list) => list.claims));
			lists.push(...own);
		}
		lists.sort((a, b) => a.first - b.first);
		return {
			cumulative: lists.map((list) => list.claims),
			cumulativeByQuantity,
			daily: groupBy(
				round.figures.filter((figure) => figure.scope === 'daily'),
				(figure) => figure.date,
			),
			asOf: new Map(),
		};
	});

/** Claims of a date-sorted list dated on or before `date`: the end of that prefix. */
const prefixEnd = (claims: Figure[], date: string): number => {
	let low = 0;
	let high = claims.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (claims[middle]!.date <= date) low = middle + 1;
		else high = middle;
	}
	return low;
};

/**
 * The latest claim per (metric, population, subgroup, claimant) as of a day:
 * cumulative claims dated on or before it, and daily claims of that very day.
 * Incident figures are not tallies and are left out.
 */
export const latestClaimsAsOf = (round: Pick<Round, 'start' | 'figures'>, date: string): readonly Figure[] => {
	const index = claimIndex(round);
	// Every pane asks for the day it shows, often several times per frame: kept per day.
	const kept = index.asOf.get(date);
	if (kept) return kept;
	const latest: Figure[] = [];
	for (const claims of index.cumulative) latest.push(...latestIn(claims, date));
	for (const claims of groupBy(index.daily.get(date) ?? [], (figure) => claimKey(round, figure)).values()) latest.push(...latestOf(claims));
	index.asOf.set(date, latest);
	return latest;
};

// Per list and cut: the days a count is carried forward get the very same list, so what is worked out from it can be kept.
const latestCuts = new WeakMap<Figure[], Map<number, Figure[]>>();

/** The latest claims of a cumulative list as of a day: those of its last day up to it, or none. */
const latestIn = (claims: Figure[], date: string): Figure[] => {
	const end = prefixEnd(claims, date);
	if (end === 0) return [];
	let cuts = latestCuts.get(claims);
	if (!cuts) {
		cuts = new Map();
		latestCuts.set(claims, cuts);
	}
	let latest = cuts.get(end);
	if (!latest) {
		const lastDate = claims[end - 1]!.date;
		let start = end - 1;
		while (start > 0 && claims[start - 1]!.date === lastDate) start--;
		latest = latestOf(claims.slice(start, end));
		cuts.set(end, latest);
	}
	return latest;
};

/**
 * `latestClaimsAsOf` narrowed to one quantity and scope, each claimant's
 * claims (per baseline) as one list, in the order latestClaimsAsOf gives them:
 * looked up in the round's index rather than picked out of every claim.
 */
export const latestClaimsOf = (round: Pick<Round, 'start' | 'figures'>, date: string, quantity: Quantity, scope: Figure['scope']): Figure[][] => {
	const index = claimIndex(round);
	if (scope === 'cumulative')
		return (index.cumulativeByQuantity.get(quantityKey(quantity)) ?? []).map((claims) => latestIn(claims, date)).filter((claims) => claims.length > 0);
	if (scope !== 'daily') return [];
	const own = (index.daily.get(date) ?? []).filter((figure) => sameQuantity(figure, quantity));
	return [...groupBy(own, (figure) => figure.claimant).values()].map(latestOf);
};

export type Disagreement = {quantity: Quantity; scope: Figure['scope']; since?: string; claims: Figure[]};

const sameValue = (a: Figure, b: Figure): boolean => a.value === b.value && a.qualifier === b.qualifier;

/**
 * Groups of latest claims, as of a day, that are about the same quantity and
 * whose originators do not say the same thing. Each group keeps every claim
 * side by side.
 */
export const disagreementsAsOf = (round: Pick<Round, 'start' | 'figures'>, date: string): Disagreement[] => {
	const latest = latestClaimsAsOf(round, date);
	const byQuantity = groupBy(latest, (figure) =>
		[quantityKey(figure), figure.scope, figure.scope === 'cumulative' ? baselineOf(round, figure) : ''].join('\u0000'),
	);
	const disagreements: Disagreement[] = [];
	for (const claims of byQuantity.values()) {
		const [first] = claims;
		if (!first || claims.every((claim) => sameValue(claim, first))) continue;
		// One originator's relays that differ are its range, not a disagreement: it takes two originators to disagree.
		const saying = (own: Figure[]) => [...new Set(own.map((claim) => `${claim.qualifier} ${claim.value}`))].sort().join('|');
		const said = new Set([...groupBy(claims, (claim) => claim.claimant).values()].map(saying));
		if (said.size < 2) continue;
		disagreements.push({
			quantity: {metric: first.metric, population: first.population, subgroup: first.subgroup},
			scope: first.scope,
			...(first.scope === 'cumulative' ? {since: baselineOf(round, first)} : {}),
			claims,
		});
	}
	return disagreements;
};

export type SeriesPoint =
	| {day: Day; kind: 'reported'; claims: Figure[]; value: number; qualifier: Qualifier}
	| {day: Day; kind: 'derived'; value: number; qualifier: Qualifier; from: [Figure | undefined, Figure]}
	| {day: Day; kind: 'no-report'};

const derivable: ReadonlySet<Qualifier> = new Set(['exact', 'about']);

/*
 * The one cumulative count of a day. Relays of one count (the same value
 * through several outlets) are that count; relays that differ, or a range,
 * give no single value to subtract from.
 */
const singleCumulative = (onDate: Figure[]): Figure | undefined => {
	const onDay = latestOf(onDate);
	const [first] = onDay;
	if (!first || first.valueHigh !== undefined) return undefined;
	return onDay.every((figure) => figure.value === first.value && figure.qualifier === first.qualifier && figure.valueHigh === undefined) ? first : undefined;
};

/*
 * A claimant's point of one day. A daily claim is used as it is; failing
 * that, the difference between the claimant's cumulative figures of that day
 * and the day before (same baseline, one figure each, both exact or "about")
 * is marked derived. Anything else is "no report", never 0. `cumulativeOn`
 * gives the claimant's cumulative figures of one baseline (by its place in
 * `baselines`, in order of first mention) dated a day.
 */
const pointOf = (
	day: Day,
	yesterdayDate: string,
	reported: Figure[] | undefined,
	baselines: readonly string[],
	cumulativeOn: (baseline: number, date: string) => Figure[],
): SeriesPoint => {
	if (reported && reported.length > 0) {
		// Several daily claims by one claimant for one day: the bar shows the highest, the claims list keeps all.
		const top = reported.reduce((max, claim) => (claim.value > max.value ? claim : max));
		return {day, kind: 'reported', claims: reported, value: top.value, qualifier: top.qualifier};
	}
	for (let at = 0; at < baselines.length; at++) {
		const today = singleCumulative(cumulativeOn(at, day.date));
		if (!today) continue;
		// Counted from this very day, the cumulative figure is the day's figure.
		if (baselines[at] === day.date) return {day, kind: 'derived', value: today.value, qualifier: today.qualifier, from: [undefined, today]};
		if (!derivable.has(today.qualifier)) continue;
		const yesterday = singleCumulative(cumulativeOn(at, yesterdayDate));
		if (!yesterday || !derivable.has(yesterday.qualifier) || yesterday.value > today.value) continue;
		const qualifier = today.qualifier === 'exact' && yesterday.qualifier === 'exact' ? 'exact' : 'about';
		return {day, kind: 'derived', value: today.value - yesterday.value, qualifier, from: [yesterday, today]};
	}
	return {day, kind: 'no-report'};
};

/* One claimant's point for each day, from its figures about one quantity (see pointOf). */
const seriesOf = (round: Pick<Round, 'start' | 'end' | 'leadUpFrom' | 'aftermathUntil'>, own: Figure[]): SeriesPoint[] => {
	// One pass: daily claims by day; cumulative ones by baseline (in order of first mention), then by the day they are dated,
	// so a day's count is looked up, not filtered out of them all.
	const daily = new Map<string, Figure[]>();
	const byBaseline = new Map<string, Map<string, Figure[]>>();
	for (const figure of own) {
		let byDate = daily;
		if (figure.scope === 'cumulative') {
			const baseline = baselineOf(round, figure);
			const known = byBaseline.get(baseline);
			if (known) byDate = known;
			else byBaseline.set(baseline, (byDate = new Map()));
		} else if (figure.scope !== 'daily') continue;
		const onDate = byDate.get(figure.date);
		if (onDate) onDate.push(figure);
		else byDate.set(figure.date, [figure]);
	}
	const baselines = [...byBaseline.keys()];
	const byDates = [...byBaseline.values()];
	const cumulativeOn = (at: number, date: string) => byDates[at]!.get(date) ?? [];
	return daysOf(round).map((day, index, days) =>
		pointOf(day, index > 0 ? days[index - 1]!.date : addDays(day.date, -1), daily.get(day.date), baselines, cumulativeOn),
	);
};

/**
 * Each claimant's point of one day for a quantity, as its series has it
 * (seriesByClaimant), but looked up in the round's claim index instead of
 * working out every day: what the opening screen needs before any series.
 * Claimants with no report that day are left out; those with cumulative
 * counts first, each group in order of first mention (callers sort).
 */
export const claimantPointsOn = (
	round: Pick<Round, 'start' | 'end' | 'leadUpFrom' | 'aftermathUntil' | 'figures'>,
	quantity: Quantity,
	date: string,
): SeriesPoint[] => {
	const {first} = windowOf(round);
	const day = daysOf(round)[daysBetween(first, date)];
	if (!day || day.date !== date) return [];
	const index = claimIndex(round);
	// The claimant's cumulative lists (one per baseline, oldest first), in order of first mention, as seriesOf has them.
	const listsBy = groupBy(index.cumulativeByQuantity.get(quantityKey(quantity)) ?? [], (claims) => claims[0]!.claimant);
	const reportedBy = groupBy(
		(index.daily.get(date) ?? []).filter((figure) => sameQuantity(figure, quantity)),
		(figure) => figure.claimant,
	);
	const claimants = new Set([...listsBy.keys(), ...reportedBy.keys()]);
	const yesterday = addDays(date, -1);
	const points: SeriesPoint[] = [];
	for (const claimant of claimants) {
		const lists = listsBy.get(claimant) ?? [];
		const baselines = lists.map((claims) => baselineOf(round, claims[0]!));
		const point = pointOf(day, yesterday, reportedBy.get(claimant), baselines, (at, on) => datedIn(lists[at]!, on));
		if (point.kind !== 'no-report') points.push(point);
	}
	return points;
};

/** The claims of a date-sorted list dated that day. */
const datedIn = (claims: Figure[], date: string): Figure[] => {
	const end = prefixEnd(claims, date);
	let start = end;
	while (start > 0 && claims[start - 1]!.date === date) start--;
	return claims.slice(start, end);
};

export type ClaimantSeries = {claimant: string; points: SeriesPoint[]};

/** A quantity's figures, in the round's order, and their positions in the round's figures. */
export type QuantityGroup = {figures: Figure[]; positions: number[]};

// A round's figures grouped by quantity, once per figures array: a quantity's
// figures are then looked up, not filtered out of every figure of the round.
const quantityIndexes = new WeakMap<readonly Figure[], Map<string, QuantityGroup>>();

/** The figures grouped by quantity (`quantityKey`), groups in order of first mention. Shared: do not change it. */
export const quantityGroups = (figures: readonly Figure[]): Map<string, QuantityGroup> => {
	let index = quantityIndexes.get(figures);
	if (!index) {
		index = new Map();
		// Found through the figure's own strings (metric, population, subgroup): no key text is made per figure, only per group.
		const byMetric = new Map<string, Map<string, Map<string, QuantityGroup>>>();
		for (let position = 0; position < figures.length; position++) {
			const figure = figures[position]!;
			let byPopulation = byMetric.get(figure.metric);
			if (!byPopulation) byMetric.set(figure.metric, (byPopulation = new Map()));
			let bySubgroup = byPopulation.get(figure.population);
			if (!bySubgroup) byPopulation.set(figure.population, (bySubgroup = new Map()));
			const subgroup = figure.subgroup ?? '';
			const group = bySubgroup.get(subgroup);
			if (group) {
				group.figures.push(figure);
				group.positions.push(position);
			} else {
				// Texts that join to one key (a NUL inside one, which loading removes) share its group, as they share the key.
				const key = quantityKey(figure);
				const known = index.get(key);
				if (known) {
					known.figures.push(figure);
					known.positions.push(position);
				} else index.set(key, {figures: [figure], positions: [position]});
				bySubgroup.set(subgroup, known ?? index.get(key)!);
			}
		}
		quantityIndexes.set(figures, index);
	}
	return index;
};
const figuresOf = (figures: readonly Figure[], quantity: Quantity): Figure[] => quantityGroups(figures).get(quantityKey(quantity))?.figures ?? [];

// Series kept per figures array, quantity and window: every pane and every
// day asks for the same few, and the answer does not depend on the day.
const seriesCaches = keptPer<readonly Figure[], ClaimantSeries[]>();

/** Every claimant's series for a quantity, those covering the most days first. Shared between callers: do not change it. */
export const seriesByClaimant = (
	round: Pick<Round, 'start' | 'end' | 'leadUpFrom' | 'aftermathUntil' | 'figures'>,
	quantity: Quantity,
	figures: readonly Figure[] = round.figures,
): ClaimantSeries[] => {
	const key = [quantityKey(quantity), round.start, round.end, round.leadUpFrom ?? '', round.aftermathUntil ?? ''].join('\u0000');
	return seriesCaches(figures, key, () => {
		const byClaimant = groupBy(figuresOf(figures, quantity), (figure) => figure.claimant);
		const all = [...byClaimant].map(([claimant, own]) => {
			const points = seriesOf(round, own);
			let coverage = 0;
			for (const point of points) if (point.kind !== 'no-report') coverage++;
			return {series: {claimant, points}, coverage};
		});
		// Stable sort: equal coverage keeps the order claimants first appear in.
		return all.sort((a, b) => b.coverage - a.coverage).map((each) => each.series);
	});
};
