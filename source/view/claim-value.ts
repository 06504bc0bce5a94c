import type {Bound, OriginatorClaim} from '../data/originator-claims.js';
import {formatValue} from './text.js';
import {signs} from './signs.js';

/*
 * An originator's count as printed: one value, or its own range where its
 * relays differ ("230–232", "480–>800"), never a list of relays cut short.
 */

export const boundText = (bound: Bound): string => formatValue(bound.value, bound.qualifier);

export const claimValue = (claim: Pick<OriginatorClaim, 'value' | 'qualifier' | 'valueHigh' | 'qualifierHigh'>): string =>
	claim.valueHigh === undefined
		? formatValue(claim.value, claim.qualifier)
		: `${formatValue(claim.value, claim.qualifier)}–${formatValue(claim.valueHigh, claim.qualifierHigh ?? claim.qualifier)}`;

/** "↳2,800": a count shown on a later day than it is dated. */
export const carriedText = (text: string): string => `${signs.carriedForward.mark}${text}`;

/** The signs after a count: † published later, ? weak source, * is in the originator's name. */
export const claimFlags = (claim: Pick<OriginatorClaim, 'publishedLater' | 'weak'>): string =>
	`${claim.publishedLater ? signs.publishedLater.mark : ''}${claim.weak ? signs.weakSource.mark : ''}`;
