import type {Round} from './schema.js';
import {groupBy} from './group-by.js';
import {kindRank} from './originators.js';
import {foldClaims, type OriginatorClaim} from './originator-claims.js';

/*
 * Counts of single incidents (one strike, one rocket hit: scope "incident")
 * of a population, up to a day. Before anyone publishes a total, they are all
 * a briefer has: "3 civilians killed in Kiryat Malakhi, says UN OCHA". They
 * are never added up, across incidents or across originators; each stays the
 * claim it was, with its originator and its date.
 */

/** One claim per (day, originator, subgroup), relays folded; the most recent first, then the kind of body. */
export const incidentClaimsAsOf = (
	round: Pick<Round, 'start' | 'figures' | 'claimants' | 'sources'>,
	date: string,
	metric: string,
	population: string,
): OriginatorClaim[] => {
	// Since the round's start, as the key figures count; on a lead-up day, that day's own.
	const from = date < round.start ? date : round.start;
	const figures = round.figures.filter(
		(figure) =>
			figure.scope === 'incident' &&
			figure.metric === metric &&
			figure.population === population &&
			figure.date >= from &&
			figure.date <= date,
	);
	const groups = groupBy(figures, (figure) => [figure.date, figure.claimant, figure.subgroup ?? ''].join('\u0000'));
	return [...groups.values()]
		.map((claims) => foldClaims(round, claims, date))
		.sort(
			(a, b) =>
				(a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0) ||
				kindRank(a.originator.kind) - kindRank(b.originator.kind) ||
				b.relays - a.relays ||
				(a.originator.name < b.originator.name ? -1 : 1),
		);
};
