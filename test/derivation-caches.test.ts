import {test} from 'node:test';
import assert from 'node:assert/strict';
import {latestClaimsAsOf, quantityKey, seriesByClaimant} from '../source/data/claims.js';
import {originatorClaimsAsOf, originatorClaimsOf} from '../source/data/originator-claims.js';
import {keyFigures} from '../source/data/key-figures.js';
import {daysOf} from '../source/data/calendar.js';
import {chartableQuantities} from '../source/data/escalation.js';
import type {Figure} from '../source/data/schema.js';
import {makeRound, claim, rounds} from './helpers.js';

/*
 * The derivations keep their answers per round and per day (claims indexed
 * once, series and key-figure plans kept): a second round, or another day,
 * must get its own answer, never the one kept for the first.
 */

const killedIn = (value: number, date = '2030-01-12', claimant = 'A'): Figure => claim({date, value, claimant});

test('a second round with the same dates gets its own latest claims, series and key figures', () => {
	const first = makeRound({figures: [killedIn(5)]});
	const second = makeRound({figures: [killedIn(9)]});
	assert.deepEqual(
		latestClaimsAsOf(first, '2030-01-12').map((figure) => figure.value),
		[5],
	);
	assert.deepEqual(
		latestClaimsAsOf(second, '2030-01-12').map((figure) => figure.value),
		[9],
	);
	const valueOn = (round: typeof first) => originatorClaimsOf(round, '2030-01-12', {metric: 'killed', population: 'P'})[0]!.value;
	assert.equal(valueOn(first), 5);
	assert.equal(valueOn(second), 9);
	const toDate = (round: typeof first) => keyFigures(round, '2030-01-12', {metrics: ['killed']})[0]!.toDate.leading[0]!.value;
	assert.equal(toDate(first), 5);
	assert.equal(toDate(second), 9);
	const reported = (value: number) => makeRound({figures: [claim({date: '2030-01-12', value, claimant: 'A', scope: 'daily'})]});
	const onDay = (round: typeof first) => {
		const point = seriesByClaimant(round, {metric: 'killed', population: 'P'})[0]!.points.find((each) => each.day.date === '2030-01-12')!;
		return point.kind === 'reported' ? point.value : undefined;
	};
	assert.equal(onDay(reported(5)), 5);
	assert.equal(onDay(reported(9)), 9);
});

test('another day gets its own answer from the kept index: older counts carried, later ones not yet there', () => {
	const round = makeRound({figures: [killedIn(5, '2030-01-11'), killedIn(8, '2030-01-13')]});
	const on = (date: string) => keyFigures(round, date, {metrics: ['killed']})[0]!.toDate;
	assert.equal(on('2030-01-13').status, 'current');
	assert.equal(on('2030-01-13').leading[0]!.value, 8);
	assert.equal(on('2030-01-12').status, 'older');
	assert.equal(on('2030-01-12').leading[0]!.value, 5);
	assert.equal(on('2030-01-10').status, 'none');
	// Asked again, in another order: the same answers.
	assert.equal(on('2030-01-13').leading[0]!.value, 8);
	assert.equal(on('2030-01-11').leading[0]!.value, 5);
});

test('a round with another window gets its own days and series', () => {
	const short = makeRound({figures: [killedIn(5)]});
	const long = makeRound({figures: [killedIn(5)], aftermathUntil: '2030-01-20'});
	assert.equal(daysOf(short).length, 5);
	assert.equal(daysOf(long).length, 11);
	assert.equal(seriesByClaimant(short, {metric: 'killed', population: 'P'})[0]!.points.length, 5);
	assert.equal(seriesByClaimant(long, {metric: 'killed', population: 'P'})[0]!.points.length, 11);
	// Days are shared between callers: changing them is refused, not passed on to the next caller.
	assert.throws(() => {
		(daysOf(short) as unknown as Array<unknown>).push('x');
	}, TypeError);
});

test('the chartable quantities of a second round are its own', () => {
	const daily = (metric: string) => claim({date: '2030-01-12', value: 3, claimant: 'A', metric, scope: 'daily', population: 'from X'});
	const rockets = makeRound({figures: [daily('rockets-fired')]});
	const strikes = makeRound({figures: [daily('targets-struck')]});
	assert.deepEqual(
		chartableQuantities(rockets).map((quantity) => quantity.metric),
		['rockets-fired'],
	);
	assert.deepEqual(
		chartableQuantities(strikes).map((quantity) => quantity.metric),
		['targets-struck'],
	);
});

test('a quantity looked up in the index gives what picking it out of all the day’s claims gives, in the same order', () => {
	for (const round of rounds) {
		const quantities = [...new Map(round.figures.map((figure) => [quantityKey(figure), figure])).values()];
		for (const day of daysOf(round))
			for (const quantity of quantities)
				for (const scope of ['cumulative', 'daily', 'incident'] as const) {
					const picked = originatorClaimsAsOf(
						round,
						day.date,
						(figure) =>
							figure.scope === scope &&
							figure.metric === quantity.metric &&
							figure.population === quantity.population &&
							(figure.subgroup ?? '') === (quantity.subgroup ?? ''),
					);
					assert.deepEqual(
						originatorClaimsOf(round, day.date, quantity, scope),
						picked,
						`${round.id} ${day.date} ${quantityKey(quantity)} ${scope}`,
					);
				}
	}
});

test("a day's events are the round's events of that date, in file order, whichever day is asked first and in any order after", async () => {
	const {derived} = await import('../source/view/derived.js');
	for (const round of rounds) {
		const dates = daysOf(round).map((day) => day.date);
		// Fresh copies of the round: what is kept per round starts empty for each order asked.
		for (const order of [dates, [...dates].reverse(), [dates[3]!, dates[3]!, dates[0]!, dates[3]!]]) {
			const copy = {...round};
			for (const date of order)
				assert.deepEqual(
					derived.events(copy, date),
					round.events.filter((event) => event.date === date),
					`${round.id} ${date}`,
				);
		}
	}
});
