import type {Figure, Round} from './schema.js';
import {tallyAsOf} from './tally.js';
import {compareDates, daysOf, type Day} from './calendar.js';
import {anyInferred, labelOf, originatorOf, viasOf} from './originators.js';
import {compareText} from './text-order.js';

/*
 * The casualty table as read on screen: one line per claimant (and date)
 * within each population × subgroup, so a claimant's killed and wounded of one
 * day sit on one line and different claimants' figures sit on separate lines,
 * side by side, never combined.
 */

export type CasualtyLine = {
	population: string;
	subgroup?: string | undefined;
	/** Display name: the originator, its inferred mark and the outlets that relayed it ("Gaza Ministry of Health (via AFP)"). */
	claimant: string;
	/** The originator's id (`figure.claimant`). */
	originator: string;
	/** Outlets that relayed the line's figures; how many figures are folded into it. */
	via: string[];
	relays: number;
	/** Dated the selected day; an older line must say its as-of date. */
	current: boolean;
	killed: Figure[];
	wounded: Figure[];
	/** The day every figure on the line is as of. */
	asOf: string;
	/** First line of its population × subgroup: where the group's label is shown. */
	firstOfGroup: boolean;
	/** The group's claimants do not all say the same. */
	contested: boolean;
};

const sameClaim = (a: Figure[], b: Figure[]) =>
	a.length === b.length && a.every((figure, index) => figure.value === b[index]!.value && figure.qualifier === b[index]!.qualifier);

export const casualtyLines = (round: Round, date: string): CasualtyLine[] => {
	// The most-counted populations first: in the bundled rounds, Palestinians in Gaza before Israelis.
	const rank = new Map(mainPopulations(round).map((population, index) => [population, index]));
	const rows = tallyAsOf(round, date);
	const order = (population: string) => rank.get(population) ?? rank.size;
	const sorted = rows.map((row, index) => ({row, index})).sort((a, b) => order(a.row.population) - order(b.row.population) || a.index - b.index);
	return sorted.flatMap(({row}) => {
		// A claimant's killed and wounded share a line only when they are as of the same day, so a line's date is true of both.
		const all = [...(row.cells['killed'] ?? []), ...(row.cells['wounded'] ?? [])];
		const keys = [...new Set(all.map((figure) => `${figure.claimant}\u0000${figure.date}`))];
		// One line per originator and day: its relays through different outlets are folded into it.
		const lines = keys.map((key) => {
			const [originator, asOf] = key.split('\u0000') as [string, string];
			const mine = (metric: string) => (row.cells[metric] ?? []).filter((figure) => figure.claimant === originator && figure.date === asOf);
			const folded = [...mine('killed'), ...mine('wounded')];
			const via = viasOf(folded);
			const claimant = labelOf(originatorOf(round, {claimant: originator}).name, via, anyInferred(folded));
			const relays = Math.max(mine('killed').length, mine('wounded').length);
			const line = {population: row.population, subgroup: row.subgroup, claimant, originator, via, relays};
			return {...line, killed: mine('killed'), wounded: mine('wounded'), asOf, current: asOf === date};
		});
		lines.sort((a, b) => compareDates(b.asOf, a.asOf) || compareText(a.claimant, b.claimant));
		const killedClaims = lines.filter((line) => line.killed.length > 0);
		const woundedClaims = lines.filter((line) => line.wounded.length > 0);
		const contested =
			killedClaims.some((line) => !sameClaim(line.killed, killedClaims[0]!.killed)) ||
			woundedClaims.some((line) => !sameClaim(line.wounded, woundedClaims[0]!.wounded));
		return lines.map((line, index) => ({...line, firstOfGroup: index === 0, contested}));
	});
};

export type CumulativeRange = {day: Day; low?: Figure; high?: Figure; claimants: number};

/*
 * The spread of the cumulative death counts published on each day for one
 * whole population: lowest and highest, and how many claimants. A range shows
 * the disagreement without choosing between the claims; a day on which nobody
 * published a count has none.
 */
export const cumulativeRanges = (round: Round, population: string, metric = 'killed'): CumulativeRange[] =>
	daysOf(round).map((day) => {
		const claims = round.figures.filter(
			(figure) =>
				figure.date === day.date &&
				figure.scope === 'cumulative' &&
				figure.metric === metric &&
				figure.population === population &&
				!figure.subgroup &&
				!figure.since,
		);
		if (claims.length === 0) return {day, claimants: 0};
		const sorted = [...claims].sort((a, b) => a.value - b.value);
		return {day, low: sorted[0], high: sorted.at(-1), claimants: new Set(claims.map((figure) => figure.claimant)).size};
	});

/** Populations with a whole-population death count, most claimed first: the "main populations". */
export const mainPopulations = (round: Round): string[] => {
	const counts = new Map<string, number>();
	for (const figure of round.figures)
		if (figure.metric === 'killed' && !figure.subgroup && figure.scope === 'cumulative') counts.set(figure.population, (counts.get(figure.population) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1]).map(([population]) => population);
};
