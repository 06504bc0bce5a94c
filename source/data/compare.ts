import type {ClaimantKind, Figure, InitiativeStatus, Qualifier, Round} from './schema.js';
import {daysOf, dayNumberOf, daysBetween} from './calendar.js';
import {latestClaimsAsOf} from './claims.js';
import {kindRank, originatorOf} from './originators.js';
import {mainPopulations} from './casualties.js';
import {chartableQuantities, dayRows, type DayFigure} from './escalation.js';
import {compareDates} from './calendar.js';

/*
 * Two rounds on one axis: day of hostilities (day 1 = each round's start,
 * lead-up days ≤ 0). Killed per side come from one chosen originator per side
 * and round (ranked by kind, then coverage; the second round follows the
 * first's kind, so the same kind of body is compared); nothing is combined
 * across originators.
 */

export const milestones = ['mediation', 'truce-claim', 'agreement', 'in-force'] as const;
export type Milestone = (typeof milestones)[number];

export const milestoneLabels: Record<Milestone, {code: string; label: string}> = {
	mediation: {code: 'M', label: 'first mediation contact'},
	'truce-claim': {code: 'T', label: 'first public truce claim'},
	agreement: {code: 'A', label: 'agreement'},
	'in-force': {code: 'C', label: 'ceasefire in force'},
};

const statusesOf: Record<Milestone, InitiativeStatus[]> = {
	mediation: ['talks', 'proposed'],
	'truce-claim': ['claimed', 'agreed-in-principle'],
	agreement: ['agreed'],
	'in-force': ['in-force'],
};

export type MilestoneDate = {date: string; day: number; initiative: string};

/**
 * The first dated step of each milestone, across the round's initiatives.
 * Mediation and agreement count only initiatives that have mediators: talks
 * between two parties alone are not mediation.
 */
export const milestonesOf = (round: Round): Record<Milestone, MilestoneDate | undefined> => {
	const found = {} as Record<Milestone, MilestoneDate | undefined>;
	for (const milestone of milestones) {
		let first: MilestoneDate | undefined;
		for (const initiative of round.initiatives) {
			if ((milestone === 'mediation' || milestone === 'agreement') && !(initiative.mediators?.length)) continue;
			const step = initiative.history.find((each) => statusesOf[milestone].includes(each.status));
			if (step && (!first || step.date < first.date)) first = {date: step.date, day: dayNumberOf(round, step.date), initiative: initiative.title};
		}
		found[milestone] = first;
	}
	return found;
};

const isWholeCount = (figure: Figure, population: string) =>
	figure.metric === 'killed' && figure.population === population && !figure.subgroup && figure.scope === 'cumulative' && !figure.since;

/**
 * Originators of a population's whole-population death count (their ids):
 * by kind first (health authorities, UN, military before media), so the same
 * rank picks the same kind of body in two rounds; then those whose last count
 * is latest (a count that stopped early says little about the end), then
 * those covering more days. Relays are folded: one originator, one series.
 */
export const killedClaimants = (round: Round, population: string): string[] => {
	const seen = new Map<string, {last: string; days: Set<string>}>();
	for (const figure of round.figures)
		if (isWholeCount(figure, population)) {
			const entry = seen.get(figure.claimant) ?? {last: '', days: new Set<string>()};
			entry.days.add(figure.date);
			if (figure.date > entry.last) entry.last = figure.date;
			seen.set(figure.claimant, entry);
		}
	const kind = (id: string) => kindRank(originatorOf(round, {claimant: id}).kind);
	return [...seen]
		.sort((a, b) => kind(a[0]) - kind(b[0]) || compareDates(b[1].last, a[1].last) || b[1].days.size - a[1].days.size)
		.map(([claimant]) => claimant);
};

/**
 * A side of the comparison: whose dead, counted by whom (`originator` the id,
 * `claimant` its display name, `kind` its kind of body); `runningTotal` when
 * the counts are an originator's daily figures added up. `comparable` is
 * false when the other round has no originator of the same kind for this
 * side: each round then shows its own best count, and no rate is compared.
 */
export type Side = {
	population: string;
	originator?: string | undefined;
	claimant?: string | undefined;
	kind?: ClaimantKind | undefined;
	runningTotal?: boolean;
	comparable: boolean;
};

/**
 * One originator's count as of a day: the low end and, where its relays
 * differ on the latest day, the high end (a range, never the higher picked).
 * `carried` when the count is dated before the day it is shown on.
 */
export type Count = {
	value: number;
	qualifier: Qualifier;
	valueHigh?: number | undefined;
	qualifierHigh?: Qualifier | undefined;
	/** The day the count is as of. */
	date: string;
	sources: string[];
	carried: boolean;
};

export type RoundOnDay = {
	date: string;
	/** Per side: the chosen originator's latest cumulative count as of the day. */
	killed: Array<Count | undefined>;
	rockets?: DayFigure | undefined;
	strikes?: DayFigure | undefined;
	milestones: Milestone[];
};

export type ComparisonRow = {day: number; a?: RoundOnDay | undefined; b?: RoundOnDay | undefined};

/**
 * Killed per day of hostilities, from the count at the end of hostilities:
 * the originator's latest count as of the last day of hostilities, if dated
 * that day or the day before, divided by the days of hostilities it covers.
 * An older count, or none, gives no rate (`stale` keeps what there was).
 */
export type Rate = {
	population: string;
	originator?: string | undefined;
	claimant?: string | undefined;
	final?: Count | undefined;
	/** The day of hostilities the count is as of (the divisor). */
	days?: number | undefined;
	perDay?: number | undefined;
	perDayHigh?: number | undefined;
	/** A count too old to stand for the end of hostilities. */
	stale?: Count | undefined;
};

export type Headline = {
	/** Day of hostilities on which the ceasefire came into force, if one did. */
	daysToCeasefire?: number | undefined;
	hostilityDays: number;
	killedPerDay: Rate[];
};

/** Which pair of originators each side compares, and how many comparable pairs there are (what `c` cycles). */
export type SidePairing = {population: [string, string]; pair: number; pairs: number; comparable: boolean};

export type Comparison = {
	a: {round: Round; sides: Side[]; headline: Headline};
	b: {round: Round; sides: Side[]; headline: Headline};
	pairings: SidePairing[];
	rows: ComparisonRow[];
};

const isWholeDaily = (figure: Figure, population: string) => figure.metric === 'killed' && figure.population === population && !figure.subgroup && figure.scope === 'daily';

type Candidates = {population: string; ids: string[]; runningTotal: boolean};

/*
 * Each side's population and its originators, best first. Rounds with only
 * daily death counts (ACLED exports) are compared on one originator's running
 * total of its own daily counts, said so in the legend: adding up one
 * originator's days is not combining originators.
 */
const candidatesOf = (round: Round): Candidates[] => {
	const populations = mainPopulations(round).slice(0, 2);
	if (populations.length > 0) return populations.map((population) => ({population, ids: killedClaimants(round, population), runningTotal: false}));
	const daily = [...new Set(round.figures.filter((figure) => figure.metric === 'killed' && !figure.subgroup && figure.scope === 'daily').map((figure) => figure.population))];
	return daily.slice(0, 2).map((population) => ({
		population,
		ids: [...new Set(round.figures.filter((figure) => isWholeDaily(figure, population)).map((figure) => figure.claimant))],
		runningTotal: true,
	}));
};

type Pair = {a: string; b: string; kind: ClaimantKind};

/*
 * Comparable pairs: one per kind of body both rounds have for the side (the
 * Gaza health authority in both, the UN in both), the same body where both
 * rounds have it, else each round's best of that kind. Never a ministry on
 * one side and a UN preliminary count on the other.
 */
const pairsOf = (a: Round, left: Candidates, b: Round, right: Candidates): Pair[] => {
	const kindIn = (round: Round) => (id: string) => originatorOf(round, {claimant: id}).kind;
	const kinds = [...new Set(left.ids.map(kindIn(a)))].filter((kind) => right.ids.some((id) => kindIn(b)(id) === kind));
	return kinds
		.sort((x, y) => kindRank(x) - kindRank(y))
		.map((kind) => {
			const mine = left.ids.filter((id) => kindIn(a)(id) === kind);
			const theirs = right.ids.filter((id) => kindIn(b)(id) === kind);
			const same = mine.find((id) => theirs.includes(id));
			return {a: same ?? mine[0]!, b: same ?? theirs[0]!, kind};
		});
};

const sideOf = (round: Round, candidates: Candidates, originator: string | undefined, comparable: boolean): Side => {
	const found = originator === undefined ? undefined : originatorOf(round, {claimant: originator});
	return {population: candidates.population, originator, claimant: found?.name, kind: found?.kind, ...(candidates.runningTotal ? {runningTotal: true} : {}), comparable};
};

const runningTotal = (round: Round, date: string, side: Side): Count | undefined => {
	const days = round.figures.filter((figure) => isWholeDaily(figure, side.population) && figure.claimant === side.originator && figure.date <= date);
	if (days.length === 0) return undefined;
	const asOf = days.reduce((latest, figure) => (figure.date > latest ? figure.date : latest), '');
	return {
		value: days.reduce((sum, figure) => sum + figure.value, 0),
		qualifier: days.every((figure) => figure.qualifier === 'exact') ? 'exact' : 'about',
		date: asOf,
		sources: [...new Set(days.flatMap((figure) => figure.sources))],
		carried: asOf < date,
	};
};

/** The originator's latest count as of the day; where its relays differ that day, their range. */
export const countAsOf = (round: Round, date: string, side: Side): Count | undefined => {
	if (side.originator === undefined) return undefined;
	if (side.runningTotal) return runningTotal(round, date, side);
	const latest = latestClaimsAsOf(round, date).filter((figure) => isWholeCount(figure, side.population) && figure.claimant === side.originator);
	if (latest.length === 0) return undefined;
	const asOf = latest.reduce((last, figure) => (figure.date > last ? figure.date : last), '');
	const day = latest.filter((figure) => figure.date === asOf);
	const low = day.reduce((min, figure) => (figure.value < min.value ? figure : min));
	const high = day.reduce((max, figure) => ((figure.valueHigh ?? figure.value) > (max.valueHigh ?? max.value) ? figure : max));
	const top = high.valueHigh ?? high.value;
	return {
		value: low.value,
		qualifier: low.qualifier,
		...(top > low.value ? {valueHigh: top, qualifierHigh: high.qualifier} : {}),
		date: asOf,
		sources: [...new Set(day.flatMap((figure) => figure.sources))],
		carried: asOf < date,
	};
};

const quantity = (round: Round, metrics: string[]) => chartableQuantities(round).find((each) => metrics.includes(each.metric));

const rateOf = (round: Round, side: Side): Rate => {
	const base = {population: side.population, originator: side.originator, claimant: side.claimant};
	const final = countAsOf(round, round.end, side);
	if (!final) return base;
	// A count from more than a day before the end, or before day 1, does not stand for the end of hostilities.
	if (final.date < round.start || daysBetween(final.date, round.end) > 1) return {...base, stale: final};
	const days = dayNumberOf(round, final.date);
	return {...base, final, days, perDay: final.value / days, ...(final.valueHigh !== undefined ? {perDayHigh: final.valueHigh / days} : {})};
};

const perRound = (round: Round, sides: Side[]) => {
	const reached = milestonesOf(round);
	const rockets = quantity(round, ['rockets-fired']);
	const strikes = quantity(round, ['targets-struck', 'airstrikes']);
	const rocketRows = rockets ? dayRows(round, rockets) : [];
	const strikeRows = strikes ? dayRows(round, strikes) : [];
	const byDay = new Map<number, RoundOnDay>();
	daysOf(round).forEach((day, index) => {
		byDay.set(day.number, {
			date: day.date,
			killed: sides.map((side) => countAsOf(round, day.date, side)),
			rockets: rocketRows[index]?.figures[0],
			strikes: strikeRows[index]?.figures[0],
			milestones: milestones.filter((milestone) => reached[milestone]?.date === day.date),
		});
	});
	const headline: Headline = {
		daysToCeasefire: reached['in-force']?.day,
		hostilityDays: daysBetween(round.start, round.end) + 1,
		killedPerDay: sides.map((side) => (side.comparable ? rateOf(round, side) : {population: side.population, originator: side.originator, claimant: side.claimant})),
	};
	return {sides, byDay, headline};
};

/**
 * Two rounds side by side. Side by side (first population with first, second
 * with second), only originators of the same kind are compared: `pairRank`
 * (the `c` key) picks among those pairs, so it can never set a ministry
 * against a UN count. Without any same-kind pair a side is not comparable:
 * each round shows its own best originator, and no rate is worked out.
 */
export const compareRounds = (a: Round, b: Round, pairRank = 0): Comparison => {
	const left = candidatesOf(a);
	const right = candidatesOf(b);
	const sidesA: Side[] = [];
	const sidesB: Side[] = [];
	const pairings: SidePairing[] = [];
	// Sides both rounds have: a population only one round counts has nothing to be compared with.
	for (let index = 0; index < Math.min(left.length, right.length); index++) {
		const mine = left[index]!;
		const theirs = right[index]!;
		const pairs = pairsOf(a, mine, b, theirs);
		const pair = pairs.length ? pairs[pairRank % pairs.length] : undefined;
		sidesA.push(sideOf(a, mine, pair ? pair.a : mine.ids[0], pair !== undefined));
		sidesB.push(sideOf(b, theirs, pair ? pair.b : theirs.ids[0], pair !== undefined));
		pairings.push({population: [mine.population, theirs.population], pair: pairs.length ? pairRank % pairs.length : 0, pairs: pairs.length, comparable: pair !== undefined});
	}
	const first = perRound(a, sidesA);
	const second = perRound(b, sidesB);
	const numbers = [...first.byDay.keys(), ...second.byDay.keys()];
	const from = Math.min(...numbers);
	const to = Math.max(...numbers);
	const rows: ComparisonRow[] = [];
	for (let day = from; day <= to; day++) rows.push({day, a: first.byDay.get(day), b: second.byDay.get(day)});
	return {a: {round: a, sides: sidesA, headline: first.headline}, b: {round: b, sides: sidesB, headline: second.headline}, pairings, rows};
};
