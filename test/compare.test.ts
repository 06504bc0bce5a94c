import {test} from 'node:test';
import assert from 'node:assert/strict';
import {compareRounds, killedClaimants, milestonesOf} from '../source/data/compare.js';
import type {Round} from '../source/data/schema.js';
import {makeRound, claim, rounds} from './helpers.js';

const round = (id: string): Round => rounds.find((each) => each.id === id)!;

test('milestones of the bundled rounds, by day of hostilities', () => {
	const days = (id: string) => Object.fromEntries(Object.entries(milestonesOf(round(id))).map(([name, found]) => [name, found?.day]));
	// 2012: Egypt mediating from 11 Nov; Taha's premature claim 20 Nov; agreed and in force 21 Nov (day 8).
	assert.deepEqual(days('gaza-2012'), {mediation: -2, 'truce-claim': 7, agreement: 8, 'in-force': 8});
	// 2021: US call 9 May (day 0); Egyptian "agreed in principle" 19 May; cabinet 20 May; in force 21 May 02:00 (day 12).
	assert.deepEqual(days('gaza-2021'), {mediation: 0, 'truce-claim': 10, agreement: 11, 'in-force': 12});
});

test('talks without a mediator are not mediation', () => {
	const bilateral = makeRound({
		initiatives: [
			{id: 'i', title: 'Direct', actors: ['A', 'B'], history: [{date: '2030-01-11', status: 'talks', note: 'n', sources: ['src']}]},
		],
	});
	assert.equal(milestonesOf(bilateral).mediation, undefined);
	const mediated = makeRound({
		initiatives: [
			{
				id: 'i',
				title: 'Mediated',
				actors: ['A', 'B'],
				mediators: ['C'],
				history: [{date: '2030-01-11', status: 'talks', note: 'n', sources: ['src']}],
			},
		],
	});
	assert.equal(milestonesOf(mediated).mediation?.day, 1);
});

test('originators are ranked by kind, then by how late their last count is; relays through several outlets are one originator', () => {
	const sample = makeRound({
		claimants: [
			{id: 'early', name: 'Early Ministry', kind: 'health-authority'},
			{id: 'late', name: 'Late Daily', kind: 'media'},
			{id: 'later', name: 'Later Agency', kind: 'un-agency'},
		],
		figures: [
			claim({date: '2030-01-10', value: 1, claimant: 'early', via: 'X'}),
			claim({date: '2030-01-11', value: 2, claimant: 'early', via: 'Y'}),
			claim({date: '2030-01-13', value: 9, claimant: 'late'}),
			claim({date: '2030-01-12', value: 8, claimant: 'later'}),
		],
	});
	assert.deepEqual(killedClaimants(sample, 'P'), ['early', 'later', 'late']);
	const legacy = makeRound({
		figures: [
			claim({date: '2030-01-10', value: 1, claimant: 'Early'}),
			claim({date: '2030-01-11', value: 2, claimant: 'Early'}),
			claim({date: '2030-01-12', value: 3, claimant: 'Early (via Y)'}),
			claim({date: '2030-01-13', value: 9, claimant: 'Late'}),
		],
	});
	assert.deepEqual(killedClaimants(legacy, 'P'), ['Late', 'Early (via Y)', 'Early'], 'legacy: each text its own originator, latest first');
});

test('the second round compares the same kind of originator as the first, by display name', () => {
	const registry = (ministry: string): Round['claimants'] => [
		{id: 'press', name: 'Press', kind: 'media'},
		{id: ministry, name: `${ministry} Ministry of Health`, kind: 'health-authority'},
	];
	const a = makeRound({
		id: 'a',
		claimants: registry('moh'),
		figures: [
			claim({date: '2030-01-12', value: 10, claimant: 'moh', via: 'AFP'}),
			claim({date: '2030-01-13', value: 30, claimant: 'press'}),
		],
	});
	const b = makeRound({
		id: 'b',
		claimants: registry('mohb'),
		figures: [claim({date: '2030-01-12', value: 5, claimant: 'mohb'}), claim({date: '2030-01-13', value: 6, claimant: 'press'})],
	});
	const comparison = compareRounds(b, a);
	assert.deepEqual(comparison.a.sides[0], {population: 'P', originator: 'mohb', claimant: 'mohb Ministry of Health', kind: 'health-authority'});
	assert.deepEqual(comparison.b.sides[0], {population: 'P', originator: 'moh', claimant: 'moh Ministry of Health', kind: 'health-authority'});
	const media = compareRounds(b, a, 1);
	assert.deepEqual([media.a.sides[0]!.claimant, media.b.sides[0]!.claimant], ['Press', 'Press']);
});

test('two rounds on one day axis, each day carrying the chosen claimant\'s latest count', () => {
	const a = makeRound({
		id: 'a',
		figures: [
			claim({date: '2030-01-11', value: 10, claimant: 'M'}),
			claim({date: '2030-01-13', value: 25, claimant: 'M'}),
			claim({date: '2030-01-12', value: 99, claimant: 'Other'}),
		],
	});
	const b = makeRound({
		id: 'b',
		start: '2030-02-02',
		end: '2030-02-03',
		leadUpFrom: '2030-02-02',
		aftermathUntil: '2030-02-05',
		figures: [claim({date: '2030-02-03', value: 7, claimant: 'M'})],
	});
	const comparison = compareRounds(a, b);
	assert.deepEqual(
		comparison.rows.map((row) => row.day),
		[0, 1, 2, 3, 4],
	);
	assert.equal(comparison.a.sides[0]!.claimant, 'M');
	assert.deepEqual(
		comparison.rows.map((row) => row.a?.killed[0]?.value),
		[undefined, 10, 10, 25, 25],
		'never the other claimant\'s 99, never a zero for no report',
	);
	assert.deepEqual(
		comparison.rows.map((row) => row.b?.killed[0]?.value),
		[undefined, undefined, 7, 7, 7],
	);
	assert.deepEqual(comparison.a.headline.killedPerDay[0], {
		population: 'P',
		originator: 'M',
		claimant: 'M',
		final: comparison.rows[3]!.a!.killed[0],
		perDay: 25 / 3,
	});
	assert.equal(comparison.b.headline.hostilityDays, 2);
});

test('the bundled rounds: days to ceasefire and killed per day of hostilities', () => {
	const comparison = compareRounds(round('gaza-2021'), round('gaza-2012'));
	assert.equal(comparison.a.headline.daysToCeasefire, 12);
	assert.equal(comparison.b.headline.daysToCeasefire, 8);
	assert.equal(comparison.rows[0]!.day, -3);
	assert.equal(comparison.rows.at(-1)!.day, 13);
	for (const side of [comparison.a, comparison.b])
		for (const each of side.headline.killedPerDay) if (each.final) assert.equal(each.perDay, each.final.value / side.headline.hostilityDays);
});

test('rounds with only daily counts (ACLED) compare on one claimant\'s running total, said so', async () => {
	const {loadAcled} = await import('../source/data/acled.js');
	const result = await loadAcled('test/fixtures/acled-synthetic-sample.csv');
	assert.ok(result.ok);
	const examplia = result.rounds.find((each) => each.id === 'acled-examplia')!;
	const comparison = compareRounds(examplia, round('gaza-2012'));
	assert.deepEqual(comparison.a.sides, [{population: 'People in Examplia', originator: 'acled', claimant: 'ACLED', kind: 'research', runningTotal: true}]);
	assert.deepEqual(
		comparison.rows.filter((row) => row.a).map((row) => [row.day, row.a!.killed[0]?.value]),
		[
			[1, 3],
			[2, 8],
			[3, 8],
			[4, 8],
			[5, 8],
		],
	);
});
