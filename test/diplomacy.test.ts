import {test} from 'node:test';
import assert from 'node:assert/strict';
import {statusOn, initiativesOn, statementsAbout} from '../source/data/diplomacy.js';
import type {Initiative} from '../source/data/schema.js';
import {makeRound} from './helpers.js';

const truce: Initiative = {
	id: 'truce',
	title: 'Truce',
	actors: ['A', 'B'],
	history: [
		{date: '2030-01-11', status: 'talks', note: 'talks begin', sources: ['src']},
		{date: '2030-01-13', status: 'claimed', note: 'one side says it is agreed', sources: ['src']},
		{date: '2030-01-13', status: 'denied', note: 'the other side denies it', sources: ['src']},
		{date: '2030-01-14', time: '21:00', status: 'in-force', note: 'in force', sources: ['src']},
	],
};

test('an initiative has no status before its first step', () => {
	assert.equal(statusOn(truce, '2030-01-10'), undefined);
});

test('the status on a day is the last step dated on or before it', () => {
	assert.equal(statusOn(truce, '2030-01-12')?.status, 'talks');
	assert.equal(statusOn(truce, '2030-01-13')?.status, 'denied', 'the later step of the same day wins');
	assert.equal(statusOn(truce, '2030-01-14')?.status, 'in-force');
});

test('statements are linked to their initiative', () => {
	const round = makeRound({
		initiatives: [truce],
		statements: [
			{id: 's1', date: '2030-01-13', speaker: 'X', form: 'quote', text: '"Not yet."', sources: ['src'], initiative: 'truce'},
			{id: 's2', date: '2030-01-13', speaker: 'Y', form: 'paraphrase', text: 'Something else.', sources: ['src']},
		],
	});
	assert.deepEqual(statementsAbout(round, 'truce').map((statement) => statement.id), ['s1']);
	assert.deepEqual(initiativesOn(round, '2030-01-13').map(({current}) => current?.status), ['denied']);
});
