import {test} from 'node:test';
import assert from 'node:assert/strict';
import {chartMeasures, measureSeries} from '../source/data/measures.js';
import {claim, makeRound} from './helpers.js';

// Days 10–14 Jan 2030, the round starting on the 11th.
const rockets = {metric: 'rockets-fired', population: 'from Gaza'};

test("a running total is one originator's series across its relays, carried forward to the days after it, none before", () => {
	const round = makeRound({
		figures: [
			claim({...rockets, date: '2030-01-11', value: 100, claimant: 'idf', via: 'Outlet A'}),
			claim({...rockets, date: '2030-01-11', value: 120, claimant: 'idf', via: 'Outlet B'}),
			claim({...rockets, date: '2030-01-13', value: 300, claimant: 'idf', via: 'Outlet C'}),
			// Counted from another day: a different quantity, not part of this series.
			claim({...rockets, date: '2030-01-12', value: 999, claimant: 'idf', since: '2030-01-10'}),
			claim({...rockets, date: '2030-01-12', value: 250, claimant: 'un'}),
		],
	});
	const [idf, un] = measureSeries(round, {...rockets, scope: 'cumulative'});
	assert.equal(idf!.originator.id, 'idf');
	assert.equal(un!.originator.id, 'un');
	assert.deepEqual(
		idf!.points.map((point) => [point.day.date, point.kind, point.claim?.value, point.claim?.valueHigh]),
		[
			['2030-01-10', 'no-report', undefined, undefined],
			['2030-01-11', 'reported', 100, 120],
			['2030-01-12', 'carried', 100, 120],
			['2030-01-13', 'reported', 300, undefined],
			['2030-01-14', 'carried', 300, undefined],
		],
	);
	assert.equal(idf!.coverage, 2);
	assert.deepEqual(idf!.points[1]!.claim!.via, ['Outlet A', 'Outlet B']);
	assert.equal(idf!.points[2]!.claim!.asOf, '2030-01-11', 'a carried count keeps its own date');
});

test("per day: the originator's own daily counts, or the change between its running totals (derived); never 0 for a day without", () => {
	const round = makeRound({
		figures: [
			claim({...rockets, date: '2030-01-11', value: 40, claimant: 'idf', scope: 'daily'}),
			claim({...rockets, date: '2030-01-12', value: 100, claimant: 'idf'}),
			claim({...rockets, date: '2030-01-13', value: 160, claimant: 'idf'}),
		],
	});
	const [idf] = measureSeries(round, {...rockets, scope: 'daily'});
	assert.deepEqual(
		idf!.points.map((point) => [point.kind, point.claim?.value]),
		[
			['no-report', undefined],
			['reported', 40],
			// Counted from the 11th, the total of the 12th is not that day's own count.
			['no-report', undefined],
			['derived', 60],
			['no-report', undefined],
		],
	);
});

test('measures: each quantity per day and to date where some originator counts it, the better-covered reading first', () => {
	const round = makeRound({
		figures: [
			claim({...rockets, date: '2030-01-11', value: 100, claimant: 'idf'}),
			claim({...rockets, date: '2030-01-12', value: 200, claimant: 'idf'}),
			// "more than": no day's own count can be worked out from it, but it is a running total of that day.
			claim({...rockets, date: '2030-01-13', value: 300, qualifier: 'more-than', claimant: 'idf'}),
			claim({...rockets, date: '2030-01-13', value: 30, claimant: 'un', scope: 'daily'}),
			claim({metric: 'killed', population: 'P', date: '2030-01-12', value: 3, claimant: 'moh', scope: 'daily'}),
			claim({metric: 'killed', population: 'P', subgroup: 'children', date: '2030-01-12', value: 1, claimant: 'moh'}),
			claim({metric: 'killed', population: 'P', date: '2030-01-12', value: 9, claimant: 'moh', scope: 'incident'}),
		],
	});
	assert.deepEqual(chartMeasures(round), [
		{...rockets, scope: 'cumulative'},
		{...rockets, scope: 'daily'},
		{metric: 'killed', population: 'P', scope: 'daily'},
	]);
});
