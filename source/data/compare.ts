import type {Figure, InitiativeStatus, Round} from './schema.js';
import {compareDates, daysOf, dayNumberOf, daysBetween} from './calendar.js';
import {latestClaimsAsOf} from './claims.js';
import {mainPopulations} from './casualties.js';
import {chartableQuantities, dayRows, type DayFigure} from './escalation.js';

/*
 * Two rounds on one axis: day of hostilities (day 1 = each round's start,
 * lead-up days ≤ 0). Killed per side come from one chosen claimant per side
 * and round (chosen by rank of coverage, so "the best-covered count" means the
 * same thing in both); nothing is combined across claimants.
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

/*
 * A claimant as the comparison follows it: "Gaza health ministry (via AFP)"
 * and "Gaza health ministry (via Reuters)" are one claimant reported by two
 * outlets, so their counts form one series. Different claimants stay apart.
 */
export const claimantBase = (claimant: string): string => claimant.replace(/\s*\((?:via|quoted by|cited by)\b[^)]*\)\s*$/i, '').trim() || claimant;

const isWholeCount = (figure: Figure, population: string) =>
	figure.metric === 'killed' && figure.population === population && !figure.subgroup && figure.scope === 'cumulative' && !figure.since;

/**
 * Claimants of a population's whole-population death count: those whose last
 * count is latest first (a count that stopped early says little about the
 * end), then those covering more days.
 */
export const killedClaimants = (round: Round, population: string): string[] => {
	const seen = new Map<string, {last: string; days: Set<string>}>();
	for (const figure of round.figures)
		if (isWholeCount(figure, population)) {
			const base = claimantBase(figure.claimant);
			const entry = seen.get(base) ?? {last: '', days: new Set<string>()};
			entry.days.add(figure.date);
			if (figure.date > entry.last) entry.last = figure.date;
			seen.set(base, entry);
		}
	return [...seen].sort((a, b) => compareDates(b[1].last, a[1].last) || b[1].days.size - a[1].days.size).map(([claimant]) => claimant);
};

/** A side of the comparison: whose dead, counted by whom; `runningTotal` when the counts are a claimant's daily figures added up. */
export type Side = {population: string; claimant?: string | undefined; runningTotal?: boolean};

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
	killedPerDay: Array<{population: string; claimant?: string | undefined; final?: Figure | undefined; perDay?: number | undefined}>;
};

export type Comparison = {a: {round: Round; sides: Side[]; headline: Headline}; b: {round: Round; sides: Side[]; headline: Headline}; rows: ComparisonRow[]};

const isWholeDaily = (figure: Figure, population: string) => figure.metric === 'killed' && figure.population === population && !figure.subgroup && figure.scope === 'daily';

/*
 * Rounds with only daily death counts (ACLED exports) are compared on one
 * claimant's running total of its own daily counts, said so in the legend:
 * adding up one claimant's days is not combining claimants.
 */
const dailyOnlySides = (round: Round, claimantRank: number): Side[] => {
	const populations = [...new Set(round.figures.filter((figure) => figure.metric === 'killed' && !figure.subgroup && figure.scope === 'daily').map((figure) => figure.population))].slice(0, 2);
	return populations.map((population) => {
		const claimants = [...new Set(round.figures.filter((figure) => isWholeDaily(figure, population)).map((figure) => figure.claimant))];
		return {population, claimant: claimants[claimantRank % claimants.length], runningTotal: true};
	});
};

const sidesOf = (round: Round, claimantRank: number): Side[] => {
	const populations = mainPopulations(round).slice(0, 2);
	if (populations.length === 0) return dailyOnlySides(round, claimantRank);
	return populations.map((population) => {
		const claimants = killedClaimants(round, population);
		return {population, claimant: claimants.length ? claimants[claimantRank % claimants.length] : undefined};
	});
};

const runningTotal = (round: Round, date: string, side: Side): Figure | undefined => {
	const days = round.figures.filter((figure) => isWholeDaily(figure, side.population) && figure.claimant === side.claimant && figure.date <= date);
	if (days.length === 0) return undefined;
	return {
		id: `running-total-${date}`,
		metric: 'killed',
		population: side.population,
		value: days.reduce((sum, figure) => sum + figure.value, 0),
		qualifier: days.every((figure) => figure.qualifier === 'exact') ? 'exact' : 'about',
		scope: 'cumulative',
		date: days.reduce((latest, figure) => (figure.date > latest ? figure.date : latest), ''),
		claimant: side.claimant!,
		sources: [...new Set(days.flatMap((figure) => figure.sources))],
		note: 'running total of this claimant\'s daily counts',
	};
};

// The claimant's latest count as of the day; of two on that latest day, the later-dated, then the higher.
const latestBy = (round: Round, date: string, side: Side): Figure | undefined =>
	side.claimant === undefined
		? undefined
		: side.runningTotal
			? runningTotal(round, date, side)
			: latestClaimsAsOf(round, date)
				.filter((figure) => isWholeCount(figure, side.population) && claimantBase(figure.claimant) === side.claimant)
				.sort((a, b) => compareDates(b.date, a.date) || b.value - a.value)[0];

const quantity = (round: Round, metrics: string[]) => chartableQuantities(round).find((each) => metrics.includes(each.metric));

const perRound = (round: Round, claimantRank: number) => {
	const sides = sidesOf(round, claimantRank);
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
			return {population: side.population, claimant: side.claimant, final, perDay: final ? final.value / hostilityDays : undefined};
		}),
	};
	return {sides, byDay, headline};
};

export const compareRounds = (a: Round, b: Round, claimantRank = 0): Comparison => {
	const left = perRound(a, claimantRank);
	const right = perRound(b, claimantRank);
	const numbers = [...left.byDay.keys(), ...right.byDay.keys()];
	const first = Math.min(...numbers);
	const last = Math.max(...numbers);
	const rows: ComparisonRow[] = [];
	for (let day = first; day <= last; day++) rows.push({day, a: left.byDay.get(day), b: right.byDay.get(day)});
	return {a: {round: a, sides: left.sides, headline: left.headline}, b: {round: b, sides: right.sides, headline: right.headline}, rows};
};
