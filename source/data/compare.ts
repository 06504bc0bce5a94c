import type {ClaimantKind, Figure, InitiativeStatus, Round} from './schema.js';
import {daysOf, dayNumberOf, daysBetween} from './calendar.js';
import {latestClaimsAsOf} from './claims.js';
import {kindRank, originatorOf} from './originators.js';
import {mainPopulations} from './casualties.js';
import {chartableQuantities, dayRows, type DayFigure} from './escalation.js';

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
		.sort((a, b) => kind(a[0]) - kind(b[0]) || b[1].last.localeCompare(a[1].last) || b[1].days.size - a[1].days.size)
		.map(([claimant]) => claimant);
};

/**
 * A side of the comparison: whose dead, counted by whom (`originator` the id,
 * `claimant` its display name, `kind` its kind of body); `runningTotal` when
 * the counts are an originator's daily figures added up.
 */
export type Side = {population: string; originator?: string | undefined; claimant?: string | undefined; kind?: ClaimantKind | undefined; runningTotal?: boolean};

export type RoundOnDay = {
	date: string;
	/** Per side: the chosen claimant's latest cumulative count as of the day. */
	killed: Array<Figure | undefined>;
	rockets?: DayFigure | undefined;
	strikes?: DayFigure | undefined;
	milestones: Milestone[];
};

export type ComparisonRow = {day: number; a?: RoundOnDay | undefined; b?: RoundOnDay | undefined};

export type Headline = {
	/** Day of hostilities on which the ceasefire came into force, if one did. */
	daysToCeasefire?: number | undefined;
	hostilityDays: number;
	/** Per side: the chosen claimant's last count in the round's window (aftermath included) ÷ days of hostilities. */
	killedPerDay: Array<{population: string; originator?: string | undefined; claimant?: string | undefined; final?: Figure | undefined; perDay?: number | undefined}>;
};

export type Comparison = {a: {round: Round; sides: Side[]; headline: Headline}; b: {round: Round; sides: Side[]; headline: Headline}; rows: ComparisonRow[]};

const isWholeDaily = (figure: Figure, population: string) => figure.metric === 'killed' && figure.population === population && !figure.subgroup && figure.scope === 'daily';

/*
 * Rounds with only daily death counts (ACLED exports) are compared on one
 * claimant's running total of its own daily counts, said so in the legend:
 * adding up one claimant's days is not combining claimants.
 */
const sideOf = (round: Round, population: string, originator: string | undefined, runningTotal = false): Side => {
	const found = originator === undefined ? undefined : originatorOf(round, {claimant: originator});
	return {population, originator, claimant: found?.name, kind: found?.kind, ...(runningTotal ? {runningTotal} : {})};
};

/*
 * The originator at a rank; when the other round's side has a kind, the
 * originators of that kind come first, so both rounds compare the same kind
 * of body (the Gaza health authority in both) wherever each has one.
 */
const pick = (round: Round, candidates: string[], rank: number, kind?: ClaimantKind): string | undefined => {
	if (candidates.length === 0) return undefined;
	const same = kind === undefined ? [] : candidates.filter((id) => originatorOf(round, {claimant: id}).kind === kind);
	const pool = same.length ? same : candidates;
	return pool[rank % pool.length];
};

const dailyOnlySides = (round: Round, claimantRank: number, kinds: ReadonlyArray<ClaimantKind | undefined>): Side[] => {
	const populations = [...new Set(round.figures.filter((figure) => figure.metric === 'killed' && !figure.subgroup && figure.scope === 'daily').map((figure) => figure.population))].slice(0, 2);
	return populations.map((population, index) => {
		const claimants = [...new Set(round.figures.filter((figure) => isWholeDaily(figure, population)).map((figure) => figure.claimant))];
		return sideOf(round, population, pick(round, claimants, claimantRank, kinds[index]), true);
	});
};

const sidesOf = (round: Round, claimantRank: number, kinds: ReadonlyArray<ClaimantKind | undefined> = []): Side[] => {
	const populations = mainPopulations(round).slice(0, 2);
	if (populations.length === 0) return dailyOnlySides(round, claimantRank, kinds);
	return populations.map((population, index) => sideOf(round, population, pick(round, killedClaimants(round, population), claimantRank, kinds[index])));
};

const runningTotal = (round: Round, date: string, side: Side): Figure | undefined => {
	const days = round.figures.filter((figure) => isWholeDaily(figure, side.population) && figure.claimant === side.originator && figure.date <= date);
	if (days.length === 0) return undefined;
	return {
		id: `running-total-${date}`,
		metric: 'killed',
		population: side.population,
		value: days.reduce((sum, figure) => sum + figure.value, 0),
		qualifier: days.every((figure) => figure.qualifier === 'exact') ? 'exact' : 'about',
		scope: 'cumulative',
		date: days.reduce((latest, figure) => (figure.date > latest ? figure.date : latest), ''),
		claimant: side.originator!,
		sources: [...new Set(days.flatMap((figure) => figure.sources))],
		note: 'running total of this claimant\'s daily counts',
	};
};

// The claimant's latest count as of the day; of two on that latest day, the later-dated, then the higher.
const latestBy = (round: Round, date: string, side: Side): Figure | undefined =>
	side.originator === undefined
		? undefined
		: side.runningTotal
			? runningTotal(round, date, side)
			: latestClaimsAsOf(round, date)
				.filter((figure) => isWholeCount(figure, side.population) && figure.claimant === side.originator)
				.sort((a, b) => b.date.localeCompare(a.date) || b.value - a.value)[0];

const quantity = (round: Round, metrics: string[]) => chartableQuantities(round).find((each) => metrics.includes(each.metric));

const perRound = (round: Round, claimantRank: number, kinds?: ReadonlyArray<ClaimantKind | undefined>) => {
	const sides = sidesOf(round, claimantRank, kinds);
	const reached = milestonesOf(round);
	const rockets = quantity(round, ['rockets-fired']);
	const strikes = quantity(round, ['targets-struck', 'airstrikes']);
	const rocketRows = rockets ? dayRows(round, rockets) : [];
	const strikeRows = strikes ? dayRows(round, strikes) : [];
	const byDay = new Map<number, RoundOnDay>();
	daysOf(round).forEach((day, index) => {
		byDay.set(day.number, {
			date: day.date,
			killed: sides.map((side) => latestBy(round, day.date, side)),
			rockets: rocketRows[index]?.figures[0],
			strikes: strikeRows[index]?.figures[0],
			milestones: milestones.filter((milestone) => reached[milestone]?.date === day.date),
		});
	});
	const hostilityDays = daysBetween(round.start, round.end) + 1;
	const headline: Headline = {
		daysToCeasefire: reached['in-force']?.day,
		hostilityDays,
		killedPerDay: sides.map((side) => {
			const final = latestBy(round, daysOf(round).at(-1)!.date, side);
			return {population: side.population, originator: side.originator, claimant: side.claimant, final, perDay: final ? final.value / hostilityDays : undefined};
		}),
	};
	return {sides, byDay, headline};
};

export const compareRounds = (a: Round, b: Round, claimantRank = 0): Comparison => {
	const left = perRound(a, claimantRank);
	// The second round follows the first's kind of originator per side: like is compared with like.
	const right = perRound(b, claimantRank, left.sides.map((side) => side.kind));
	const numbers = [...left.byDay.keys(), ...right.byDay.keys()];
	const first = Math.min(...numbers);
	const last = Math.max(...numbers);
	const rows: ComparisonRow[] = [];
	for (let day = first; day <= last; day++) rows.push({day, a: left.byDay.get(day), b: right.byDay.get(day)});
	return {a: {round: a, sides: left.sides, headline: left.headline}, b: {round: b, sides: right.sides, headline: right.headline}, rows};
};
