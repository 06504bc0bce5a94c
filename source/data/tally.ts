import {keptPer} from './kept.js';
import type {Figure, Round} from './schema.js';
import {latestClaimsAsOf} from './claims.js';
import {compareDates} from './calendar.js';
import {compareText} from './text-order.js';

type Mentions = {order: Map<string, number>; populationOrder: Map<string, number>};
const mentionCache = keptPer<readonly Figure[], Mentions>();

/** Where each population × subgroup is first mentioned: the rows' order. Worked out once per round. */
const firstMentions = (figures: readonly Figure[], metrics: readonly string[]): Mentions =>
	mentionCache(figures, metrics.join('\u0000'), () => {
	const wanted = new Set(metrics);
	const order = new Map<string, number>();
	figures.forEach((figure, index) => {
		const key = `${figure.population}\u0000${figure.subgroup ?? ''}`;
		if (wanted.has(figure.metric) && !order.has(key)) order.set(key, index);
	});
	const populationOrder = new Map<string, number>();
	for (const [key, index] of order) {
		const population = key.split('\u0000')[0]!;
		if (!populationOrder.has(population)) populationOrder.set(population, index);
	}
	return {order, populationOrder};
	});

export type TallyRow = {
	population: string;
	subgroup?: string | undefined;
	/** Per metric, the latest cumulative claim of every claimant: alternatives, never combined. */
	cells: Record<string, Figure[]>;
};

/*
 * Casualty tally as of a day: one row per population × subgroup, in the order
 * the dataset first mentions them (whole population before its subgroups).
 * Only cumulative claims count here; a daily claim is about one day and is
 * never added to a running total.
 */
export const tallyAsOf = (
	round: Pick<Round, 'start' | 'figures'>,
	date: string,
	metrics: readonly string[] = ['killed', 'wounded'],
): TallyRow[] => {
	const wanted = new Set(metrics);
	const {order, populationOrder} = firstMentions(round.figures, metrics);

	const rows = new Map<string, TallyRow>();
	for (const claim of latestClaimsAsOf(round, date)) {
		if (claim.scope !== 'cumulative' || !wanted.has(claim.metric)) continue;
		const key = `${claim.population}\u0000${claim.subgroup ?? ''}`;
		let row = rows.get(key);
		if (!row) {
			row = {population: claim.population, subgroup: claim.subgroup, cells: {}};
			rows.set(key, row);
		}
		(row.cells[claim.metric] ??= []).push(claim);
	}
	for (const row of rows.values())
		for (const claims of Object.values(row.cells)) claims.sort((a, b) => compareDates(b.date, a.date) || compareText(a.claimant, b.claimant));

	const rank = (row: TallyRow) =>
		[
			populationOrder.get(row.population) ?? 0,
			row.subgroup === undefined ? -1 : (order.get(`${row.population}\u0000${row.subgroup}`) ?? 0),
		] as const;
	return [...rows.values()].sort((a, b) => {
		const [pa, sa] = rank(a);
		const [pb, sb] = rank(b);
		return pa - pb || sa - sb;
	});
};
