import {test} from 'node:test';
import assert from 'node:assert/strict';
import {tallyAsOf} from '../source/data/tally.js';
import {makeRound, claim} from './helpers.js';

test("tally rows are population × subgroup, whole population first, with every claimant's figure kept apart", () => {
	const round = makeRound({
		figures: [
			claim({date: '2030-01-11', value: 30, claimant: 'Ministry', population: 'Gaza'}),
			claim({date: '2030-01-11', value: 8, claimant: 'Ministry', population: 'Gaza', subgroup: 'children'}),
			claim({date: '2030-01-11', value: 3, claimant: 'Police', population: 'Israel'}),
			claim({date: '2030-01-12', value: 20, claimant: 'UN', population: 'Gaza', qualifier: 'at-least'}),
			claim({date: '2030-01-12', value: 250, claimant: 'UN', population: 'Gaza', metric: 'wounded'}),
		],
	});
	const rows = tallyAsOf(round, '2030-01-12');
	assert.deepEqual(
		rows.map((row) => [row.population, row.subgroup ?? '']),
		[
			['Gaza', ''],
			['Gaza', 'children'],
			['Israel', ''],
		],
	);
	const gaza = rows[0]!;
	assert.deepEqual(
		gaza.cells['killed']!.map((figure) => [figure.claimant, figure.value]),
		[
			['UN', 20],
			['Ministry', 30],
		],
	);
	assert.deepEqual(
		gaza.cells['wounded']!.map((figure) => figure.value),
		[250],
	);
});

test('daily claims never enter the running tally', () => {
	const round = makeRound({
		figures: [claim({date: '2030-01-11', value: 10, claimant: 'A'}), claim({date: '2030-01-12', value: 4, claimant: 'A', scope: 'daily'})],
	});
	const [row] = tallyAsOf(round, '2030-01-12');
	assert.deepEqual(
		row!.cells['killed']!.map((figure) => figure.value),
		[10],
	);
});

test('before any claim the tally is empty, not zero', () => {
	const round = makeRound({figures: [claim({date: '2030-01-12', value: 10, claimant: 'A'})]});
	assert.deepEqual(tallyAsOf(round, '2030-01-11'), []);
});
