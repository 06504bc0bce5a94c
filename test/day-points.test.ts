import {test} from 'node:test';
import assert from 'node:assert/strict';
import {claimantPointsOn, latestClaimsAsOf, quantityGroups, seriesByClaimant, type SeriesPoint} from '../source/data/claims.js';
import {daysOf} from '../source/data/calendar.js';
import {keyFigures} from '../source/data/key-figures.js';
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

test('figures whose texts join to one quantity key are all kept (none dropped), as the key groups them', () => {
	// Loading removes control characters from every text, so only a round built in code can do this.
	const first = claim({date: '2030-01-12', value: 5, claimant: 'a', population: 'P\u0000x', subgroup: 'c'});
	const second = claim({date: '2030-01-12', value: 7, claimant: 'a', population: 'P', subgroup: 'x\u0000c'});
	const round = makeRound({
		figures: [first, second, claim({date: '2030-01-13', value: 9, claimant: 'a', population: 'P\u0000x', subgroup: 'c'})],
	});
	assert.deepEqual(
		[...quantityGroups(round.figures).values()].map(({figures}) => figures.map((figure) => figure.value)),
		[[5, 7, 9]],
	);
	assert.deepEqual(
		latestClaimsAsOf(round, '2030-01-12').map((figure) => figure.value),
		[5, 7],
	);
});

test("the same figures in a round that starts later: each figure's baseline, and so the day's point, follows that round's start", () => {
	const figures = [
		claim({date: '2030-01-12', value: 5, claimant: 'a', metric: 'rockets-fired'}),
		claim({date: '2030-01-13', value: 9, claimant: 'a', metric: 'rockets-fired', since: '2030-01-11'}),
		claim({date: '2030-01-13', value: 20, claimant: 'a', metric: 'rockets-fired'}),
	];
	const early = makeRound({figures});
	const later = {...early, start: '2030-01-12'};
	for (const round of [early, later, early]) assertSameAsSeries(round);
	const quantity = {metric: 'rockets-fired', population: 'P'};
	// From the 12th, the 20 on the 13th follows the 5 on the 12th: 15 that day.
	assert.deepEqual(
		claimantPointsOn(later, quantity, '2030-01-13').map((point) => (point.kind === 'derived' ? point.value : point.kind)),
		[15],
	);
});

test('two originators the leading order cannot tell apart (one name and kind) keep the file order to date, and one fixed order for the day', () => {
	const claimants = [
		{id: 'moh-b', name: 'Ministry of Health', kind: 'health-authority' as const},
		{id: 'moh-a', name: 'Ministry of Health', kind: 'health-authority' as const},
	];
	const round = makeRound({
		claimants,
		figures: [
			claim({date: '2030-01-12', value: 10, claimant: 'moh-b'}),
			claim({date: '2030-01-12', value: 20, claimant: 'moh-a'}),
			claim({date: '2030-01-12', value: 3, claimant: 'moh-a', scope: 'daily'}),
			claim({date: '2030-01-12', value: 4, claimant: 'moh-b', scope: 'daily'}),
		],
	});
	const [line] = keyFigures(round, '2030-01-12');
	assert.deepEqual(
		line!.toDate.leading.map((each) => `${each.originator.id} ${each.value}`),
		['moh-b 10', 'moh-a 20'],
	);
	assert.deepEqual(
		line!.today!.leading.map((each) => `${each.originator.id} ${each.value}`),
		['moh-a 3', 'moh-b 4'],
	);
});
