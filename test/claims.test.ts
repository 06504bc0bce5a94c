import {test} from 'node:test';
import assert from 'node:assert/strict';
import {latestClaimsAsOf, disagreementsAsOf, seriesByClaimant, type Quantity} from '../source/data/claims.js';
import {makeRound, claim} from './helpers.js';

const killed: Quantity = {metric: 'killed', population: 'P'};
// One claimant's daily series, as the panes get it from seriesByClaimant.
const dailySeries = (round: ReturnType<typeof makeRound>, claimant: string) =>
	seriesByClaimant(round, killed).find((series) => series.claimant === claimant)!.points;

test('latest claim per claimant as of a day ignores later claims and keeps each claimant separate', () => {
	const round = makeRound({
		figures: [
			claim({date: '2030-01-11', value: 5, claimant: 'Health ministry'}),
			claim({date: '2030-01-12', value: 9, claimant: 'Health ministry'}),
			claim({date: '2030-01-13', value: 14, claimant: 'Health ministry'}),
			claim({date: '2030-01-12', value: 7, claimant: 'UN'}),
		],
	});
	const latest = latestClaimsAsOf(round, '2030-01-12');
	assert.deepEqual(latest.map((figure) => [figure.claimant, figure.value]).sort(), [
		['Health ministry', 9],
		['UN', 7],
	]);
});

test('same-day claims are ordered by time only where both have one; untimed ones are all kept', () => {
	const round = makeRound({
		figures: [
			claim({date: '2030-01-12', time: '09:00', value: 20, claimant: 'C'}),
			claim({date: '2030-01-12', time: '18:00', value: 26, claimant: 'C'}),
			claim({date: '2030-01-12', value: 22, claimant: 'C'}),
		],
	});
	assert.deepEqual(
		latestClaimsAsOf(round, '2030-01-12')
			.map((figure) => figure.value)
			.sort(),
		[22, 26],
	);
});

test('a daily claim counts only on its own day; incident figures never count as tallies', () => {
	const round = makeRound({
		figures: [
			claim({date: '2030-01-11', value: 4, claimant: 'C', scope: 'daily'}),
			claim({date: '2030-01-11', value: 3, claimant: 'C', scope: 'incident'}),
		],
	});
	assert.equal(latestClaimsAsOf(round, '2030-01-11').length, 1);
	assert.equal(latestClaimsAsOf(round, '2030-01-12').length, 0);
});

test('disagreements group claims about the same quantity that say different things, side by side', () => {
	const round = makeRound({
		figures: [
			claim({date: '2030-01-12', value: 69, claimant: 'Ministry (early)'}),
			claim({date: '2030-01-12', value: 83, claimant: 'Ministry (AA)'}),
			claim({date: '2030-01-12', value: 87, claimant: 'Ministry (late)'}),
			claim({date: '2030-01-12', value: 5, claimant: 'A', population: 'Q'}),
			claim({date: '2030-01-12', value: 5, claimant: 'B', population: 'Q'}),
		],
	});
	const found = disagreementsAsOf(round, '2030-01-12');
	assert.equal(found.length, 1, 'claims that agree (population Q) are not a disagreement');
	assert.deepEqual(found[0]!.claims.map((figure) => figure.value).sort(), [69, 83, 87]);
	assert.equal(found[0]!.quantity.population, 'P');
});

test('the same number with a different qualifier is a disagreement ("at least 20" vs "20")', () => {
	const round = makeRound({
		figures: [
			claim({date: '2030-01-12', value: 20, claimant: 'A', qualifier: 'at-least'}),
			claim({date: '2030-01-12', value: 20, claimant: 'B'}),
		],
	});
	assert.equal(disagreementsAsOf(round, '2030-01-12').length, 1);
});

test("one originator's relays that differ are its range, not a disagreement; two originators that differ are", () => {
	const relays = [
		claim({date: '2030-01-12', value: 232, claimant: 'gaza-moh', via: 'Reuters'}),
		claim({date: '2030-01-12', value: 230, qualifier: 'at-least', claimant: 'gaza-moh', via: 'Haaretz'}),
	];
	assert.equal(disagreementsAsOf(makeRound({figures: relays}), '2030-01-12').length, 0);
	const withOther = makeRound({figures: [...relays, claim({date: '2030-01-12', value: 200, claimant: 'un-ocha'})]});
	assert.equal(disagreementsAsOf(withOther, '2030-01-12')[0]!.claims.length, 3, 'every claim kept side by side');
});

test('cumulative figures counted from different days are different quantities', () => {
	const round = makeRound({
		figures: [
			claim({date: '2030-01-12', value: 121, claimant: 'A', since: '2030-01-10'}),
			claim({date: '2030-01-12', value: 80, claimant: 'B'}),
		],
	});
	assert.equal(disagreementsAsOf(round, '2030-01-12').length, 0);
});

test('daily series: reported daily values, derived differences of cumulative ones, and "no report" never 0', () => {
	const round = makeRound({
		figures: [
			claim({date: '2030-01-11', value: 10, claimant: 'C'}),
			claim({date: '2030-01-12', value: 25, claimant: 'C'}),
			claim({date: '2030-01-13', value: 7, claimant: 'C', scope: 'daily'}),
		],
	});
	const series = dailySeries(round, 'C');
	assert.deepEqual(
		series.map((point) => [point.day.date, point.kind, point.kind === 'no-report' ? null : point.value]),
		[
			['2030-01-10', 'no-report', null],
			['2030-01-11', 'derived', 10],
			['2030-01-12', 'derived', 15],
			['2030-01-13', 'reported', 7],
			['2030-01-14', 'no-report', null],
		],
	);
});

test('no daily value is derived from "more than" figures, nor from a cumulative figure that went down', () => {
	const round = makeRound({
		figures: [
			claim({date: '2030-01-11', value: 100, claimant: 'C', qualifier: 'more-than', since: '2030-01-10'}),
			claim({date: '2030-01-12', value: 150, claimant: 'C', qualifier: 'more-than', since: '2030-01-10'}),
			claim({date: '2030-01-11', value: 30, claimant: 'D'}),
			claim({date: '2030-01-12', value: 20, claimant: 'D'}),
		],
	});
	const kinds = (claimant: string) => dailySeries(round, claimant).map((point) => point.kind);
	assert.deepEqual(kinds('C'), ['no-report', 'no-report', 'no-report', 'no-report', 'no-report']);
	assert.deepEqual(kinds('D'), ['no-report', 'derived', 'no-report', 'no-report', 'no-report']);
});

test('derived values are "about" unless both cumulative figures are exact', () => {
	const round = makeRound({
		figures: [
			claim({date: '2030-01-11', value: 100, claimant: 'C', qualifier: 'about', since: '2030-01-10'}),
			claim({date: '2030-01-12', value: 160, claimant: 'C', since: '2030-01-10'}),
		],
	});
	const point = dailySeries(round, 'C')[2]!;
	assert.equal(point.kind, 'derived');
	assert.equal(point.kind === 'derived' && point.qualifier, 'about');
	assert.equal(point.kind === 'derived' && point.value, 60);
});

test('claimants are ranked by how many days their series covers', () => {
	const round = makeRound({
		figures: [
			claim({date: '2030-01-11', value: 1, claimant: 'Sparse', scope: 'daily'}),
			claim({date: '2030-01-11', value: 1, claimant: 'Dense', scope: 'daily'}),
			claim({date: '2030-01-12', value: 2, claimant: 'Dense', scope: 'daily'}),
		],
	});
	assert.deepEqual(
		seriesByClaimant(round, killed).map((series) => series.claimant),
		['Dense', 'Sparse'],
	);
});
