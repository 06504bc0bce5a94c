import {test} from 'node:test';
import assert from 'node:assert/strict';
import {compareRounds, killedClaimants, milestonesOf} from '../source/data/compare.js';
import {bundledRoundFiles, byRecency, openCatalog} from '../source/data/catalog.js';
import type {Round} from '../source/data/schema.js';
import {makeRound, claim} from './helpers.js';

const rounds = byRecency(openCatalog(bundledRoundFiles('data')).rounds);
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
	assert.deepEqual(comparison.a.sides[0], {
		population: 'P',
		originator: 'mohb',
		claimant: 'mohb Ministry of Health',
		kind: 'health-authority',
		comparable: true,
	});
	assert.deepEqual(comparison.b.sides[0], {
		population: 'P',
		originator: 'moh',
		claimant: 'moh Ministry of Health',
		kind: 'health-authority',
		comparable: true,
	});
	const media = compareRounds(b, a, 1);
	assert.deepEqual([media.a.sides[0]!.claimant, media.b.sides[0]!.claimant], ['Press', 'Press']);
});

test("two rounds on one day axis, each day carrying the chosen originator's latest count, marked when carried forward", () => {
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
		"never the other claimant's 99, never a zero for no report",
	);
	assert.deepEqual(
		comparison.rows.map((row) => row.a?.killed[0]?.carried),
		[undefined, false, true, false, true],
		"day 2 repeats day 1's 10 and says so; day 4 repeats day 3's 25",
	);
	assert.deepEqual(
		comparison.rows.map((row) => row.b?.killed[0]?.value),
		[undefined, undefined, 7, 7, 7],
	);
	const rate = comparison.a.headline.killedPerDay[0]!;
	assert.deepEqual([rate.final?.value, rate.days, rate.perDay], [25, 3, 25 / 3]);
	assert.equal(comparison.b.headline.hostilityDays, 2);
});

test('the bundled rounds: days to ceasefire and killed per day of hostilities', () => {
	const comparison = compareRounds(round('gaza-2021'), round('gaza-2012'));
	assert.equal(comparison.a.headline.daysToCeasefire, 12);
	assert.equal(comparison.b.headline.daysToCeasefire, 8);
	assert.equal(comparison.rows[0]!.day, -3);
	assert.equal(comparison.rows.at(-1)!.day, 13);
	for (const side of [comparison.a, comparison.b])
		for (const each of side.headline.killedPerDay) if (each.final) assert.equal(each.perDay, each.final.value / each.days!);
	// The Gaza health ministry in both rounds, counted at the end of hostilities, not the later 254 (2021) or OCHA's 140 (2012).
	assert.deepEqual([comparison.a.sides[0]!.originator, comparison.b.sides[0]!.originator], ['gaza-moh', 'gaza-moh']);
	const [a, b] = [comparison.a.headline.killedPerDay[0]!, comparison.b.headline.killedPerDay[0]!];
	assert.deepEqual([a.final?.date, a.final?.value, a.final?.valueHigh, a.days], ['2021-05-21', 232, 243, 12]);
	assert.deepEqual([b.final?.date, b.final?.value, b.days], ['2012-11-21', 150, 8]);
	// Israeli dead: the same kind of body in both rounds (government), never MDA in one and officials in the other.
	assert.equal(comparison.a.sides[1]!.kind, comparison.b.sides[1]!.kind);
	for (let rank = 0; rank < 6; rank++) {
		const cycled = compareRounds(round('gaza-2021'), round('gaza-2012'), rank);
		for (const index of [0, 1])
			assert.equal(cycled.a.sides[index]!.kind, cycled.b.sides[index]!.kind, `c pressed ${rank} times, side ${index + 1}`);
	}
});

test('a ministry is never compared with a UN count: the pair is the kind both rounds have', () => {
	const claimants: Round['claimants'] = [
		{id: 'moh', name: 'Ministry', kind: 'health-authority'},
		{id: 'ocha', name: 'OCHA', kind: 'un-agency'},
	];
	const a = makeRound({
		id: 'a',
		claimants,
		figures: [claim({date: '2030-01-13', value: 254, claimant: 'moh'}), claim({date: '2030-01-13', value: 200, claimant: 'ocha'})],
	});
	const b = makeRound({id: 'b', claimants, figures: [claim({date: '2030-01-13', value: 140, claimant: 'ocha'})]});
	const comparison = compareRounds(a, b);
	assert.deepEqual([comparison.a.sides[0]!.originator, comparison.b.sides[0]!.originator], ['ocha', 'ocha']);
	assert.deepEqual(comparison.pairings[0], {population: ['P', 'P'], pair: 0, pairs: 1, comparable: true});
	assert.equal(compareRounds(a, b, 1).a.sides[0]!.originator, 'ocha', 'c has only one comparable pair to offer');
});

test('no originator of the same kind in both rounds: shown, but no rate is worked out', () => {
	const a = makeRound({
		id: 'a',
		claimants: [{id: 'moh', name: 'Ministry', kind: 'health-authority'}],
		figures: [claim({date: '2030-01-13', value: 254, claimant: 'moh'})],
	});
	const b = makeRound({
		id: 'b',
		claimants: [{id: 'ocha', name: 'OCHA', kind: 'un-agency'}],
		figures: [claim({date: '2030-01-13', value: 140, claimant: 'ocha'})],
	});
	const comparison = compareRounds(a, b);
	assert.equal(comparison.pairings[0]!.comparable, false);
	assert.deepEqual(
		[comparison.a.sides[0]!.comparable, comparison.a.sides[0]!.originator, comparison.b.sides[0]!.originator],
		[false, 'moh', 'ocha'],
	);
	assert.equal(comparison.a.headline.killedPerDay[0]!.perDay, undefined);
	assert.equal(comparison.b.headline.killedPerDay[0]!.perDay, undefined);
});

test('the rate is the count at the end of hostilities, not a later total; a count too old gives none', () => {
	const later = makeRound({
		figures: [
			claim({date: '2030-01-13', value: 30, claimant: 'M'}),
			claim({date: '2030-01-14', value: 90, claimant: 'M', reported: '2030-02-01'}),
		],
	});
	const rate = compareRounds(later, later).a.headline.killedPerDay[0]!;
	assert.deepEqual([rate.final?.value, rate.days, rate.perDay], [30, 3, 10], 'the aftermath total of 90 is not the end of hostilities');
	const qualified = makeRound({figures: [claim({date: '2030-01-12', value: 20, qualifier: 'at-least', claimant: 'M'})]});
	const kept = compareRounds(qualified, qualified).a.headline.killedPerDay[0]!;
	assert.deepEqual(
		[kept.final?.qualifier, kept.days, kept.perDay],
		['at-least', 2, 10],
		'a count of the day before the end: its own days, its qualifier',
	);
	const old = makeRound({end: '2030-01-14', aftermathUntil: '2030-01-14', figures: [claim({date: '2030-01-11', value: 5, claimant: 'M'})]});
	const stale = compareRounds(old, old).a.headline.killedPerDay[0]!;
	assert.deepEqual([stale.perDay, stale.stale?.value], [undefined, 5]);
});

test("rounds with only daily counts (ACLED) compare on one claimant's running total, said so", async () => {
	const {loadAcled} = await import('../source/data/acled.js');
	const result = await loadAcled('test/fixtures/acled-synthetic-sample.csv');
	assert.ok(result.ok);
	const examplia = result.rounds.find((each) => each.id === 'acled-examplia')!;
	const comparison = compareRounds(examplia, round('gaza-2012'));
	assert.deepEqual(comparison.a.sides, [
		{population: 'People in Examplia', originator: 'acled', claimant: 'ACLED', kind: 'research', runningTotal: true, comparable: true},
	]);
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
