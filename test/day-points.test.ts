import {test} from 'node:test';
import assert from 'node:assert/strict';
import {claimantPointsOn, quantityGroups, seriesByClaimant, type SeriesPoint} from '../source/data/claims.js';
import {daysOf} from '../source/data/calendar.js';
import {qualifiers, type Figure, type Round} from '../source/data/schema.js';
import {claim, makeRound, rounds} from './helpers.js';

/*
 * The opening screen asks for each claimant's point of one day (its "today"
 * count) without working out whole series; the answer must be the one the
 * series give, claimant for claimant, on every day and for every quantity.
 */
const byClaimant = (points: SeriesPoint[], claimantOf: (point: SeriesPoint) => string) =>
	new Map(points.map((point) => [claimantOf(point), point]));

const assertSameAsSeries = (round: Round) => {
	let compared = 0;
	for (const {figures} of quantityGroups(round.figures).values()) {
		const quantity = figures[0]!;
		const series = seriesByClaimant(round, quantity);
		daysOf(round).forEach((day, index) => {
			const expected = new Map(
				series.filter(({points}) => points[index]!.kind !== 'no-report').map(({claimant, points}) => [claimant, points[index]!]),
			);
			const found = claimantPointsOn(round, quantity, day.date);
			// Each point names its claimant through its claims.
			const claimantOf = (point: SeriesPoint) =>
				point.kind === 'reported' ? point.claims[0]!.claimant : point.kind === 'derived' ? point.from[1].claimant : '';
			assert.equal(found.length, expected.size, `${round.id} ${quantity.metric}/${quantity.population} ${day.date}`);
			assert.deepEqual(byClaimant(found, claimantOf), expected, `${round.id} ${quantity.metric}/${quantity.population} ${day.date}`);
			compared += found.length;
		});
	}
	return compared;
};

test("a claimant's point of one day is its series' point, for every quantity and day of the shipped rounds", () => {
	for (const round of rounds) assert.ok(assertSameAsSeries(round) > 50, `${round.id} has points to compare`);
});

// Seeded, so a failure can be replayed.
const randomFrom = (seed: number) => () => {
	seed = (seed + 0x6d2b79f5) >>> 0;
	let t = seed;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

test('the same on generated rounds: baselines, same-day relays, ranges, times, qualifiers, daily and cumulative mixed', () => {
	for (let seed = 1; seed <= 25; seed++) {
		const random = randomFrom(seed);
		const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
		const dates = daysOf(makeRound()).map((day) => day.date);
		const figures: Figure[] = Array.from({length: 40 + Math.floor(random() * 60)}, () => {
			const date = pick(dates);
			const cumulative = random() < 0.6;
			const value = Math.floor(random() * 40);
			return claim({
				date,
				value,
				claimant: pick(['Ministry', 'UN', 'Army']),
				population: pick(['P', 'Q']),
				qualifier: pick(qualifiers),
				scope: cumulative ? 'cumulative' : pick(['daily', 'daily', 'incident'] as const),
				...(random() < 0.2 ? {subgroup: 'children'} : {}),
				...(random() < 0.15 ? {valueHigh: value + Math.floor(random() * 5)} : {}),
				...(random() < 0.2 ? {time: pick(['08:00', '12:30', '19:45'])} : {}),
				...(cumulative && random() < 0.25 ? {since: pick(dates.filter((each) => each <= date))} : {}),
			});
		});
		assertSameAsSeries(makeRound({figures}));
	}
});

test('a day outside the round has no points', () => {
	const round = makeRound({figures: [claim({date: '2030-01-11', value: 3, claimant: 'UN', scope: 'daily'})]});
	assert.deepEqual(claimantPointsOn(round, {metric: 'killed', population: 'P'}, '2030-02-01'), []);
	assert.equal(claimantPointsOn(round, {metric: 'killed', population: 'P'}, '2030-01-11').length, 1);
});
