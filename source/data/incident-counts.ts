import type {Round} from './schema.js';
import {groupBy} from './group-by.js';
import {kindRank} from './originators.js';
import {compareText} from './text-order.js';
import {foldClaims, type OriginatorClaim} from './originator-claims.js';

/*
 * Counts of single incidents (one strike, one rocket hit: scope "incident")
 * of a population, up to a day. Before anyone publishes a total, they are all
 * a briefer has: "3 civilians killed in Kiryat Malakhi, says UN OCHA". They
 * are never added up, across incidents or across originators; each stays the
 * claim it was, with its originator and its date.
 */

/** One claim per (day, originator, subgroup, count), relays folded; the most recent first, then firm before weak sources, then the kind of body. */
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
	// Relays of one count fold into one claim; two different counts of one originator on one day may be two
	// incidents, so they stay apart (folding them would print a range, as if the originator disputed itself).
	const groups = groupBy(figures, (figure) =>
		[figure.date, figure.claimant, figure.subgroup ?? '', figure.qualifier, figure.value, figure.valueHigh ?? ''].join('\u0000'),
	);
	return [...groups.values()]
		.map((claims) => foldClaims(round, claims, date))
		.sort(
			(a, b) =>
				(a.asOf < b.asOf ? 1 : a.asOf > b.asOf ? -1 : 0) ||
				// A count resting only on a blog or a repost never leads one that does not.
				Number(a.weak) - Number(b.weak) ||
				kindRank(a.originator.kind) - kindRank(b.originator.kind) ||
				b.relays - a.relays ||
				compareText(a.originator.name, b.originator.name),
		);
};
