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
	assert.deepEqual(
		statementsAbout(round, 'truce').map((statement) => statement.id),
		['s1'],
	);
	assert.deepEqual(
		initiativesOn(round, '2030-01-13').map(({current}) => current?.status),
		['denied'],
	);
});

test("the Diplomacy model says who took each step and lists the day's diplomatic events and statements", async () => {
	const {diplomacyModel, stepText} = await import('../source/panes/diplomacy/model.js');
	const {openingState} = await import('../source/ui/session.js');
	const round = makeRound({
		timezone: 'Asia/Jerusalem',
		initiatives: [
			{
				...truce,
				history: [
					...truce.history.slice(0, 2),
					{date: '2030-01-13', time: '21:00', status: 'blocked', by: ['Council member'], note: 'vetoed', sources: ['src']},
				],
			},
		],
		events: [
			{id: 'e1', date: '2030-01-13', time: '14:00', kind: 'diplomacy', actors: ['X'], summary: 'Envoy meets leader.', sources: ['src']},
			{id: 'e2', date: '2030-01-13', kind: 'strike', actors: ['Y'], summary: 'A strike.', sources: ['src']},
			{id: 'e3', date: '2030-01-12', kind: 'statement', actors: ['Z'], summary: 'Yesterday.', sources: ['src']},
		],
		statements: [
			{id: 's1', date: '2030-01-13', speaker: 'Envoy', role: 'UN envoy', form: 'paraphrase', text: 'Calls for calm.', sources: ['src']},
		],
	});
	const state = openingState([round], {});
	const day = {date: '2030-01-13', number: 3, weekday: 'Sun', phase: 'hostilities' as const};
	const model = diplomacyModel({round, rounds: [round], state, day});
	assert.deepEqual([model.rows[0]!.status, model.rows[0]!.by], ['blocked', ['Council member']]);
	assert.match(
		stepText(model.rows[0]!.steps.at(-1)!, (marks) => marks.map((mark) => `[${mark}]`).join('')),
		/21:00 UTC\+2 ⊘ blocked by Council member: vetoed \[1\]/,
	);
	assert.deepEqual(
		model.today.map((item) => [item.id, item.time]),
		[
			['e1', '14:00 UTC+2'],
			['s1', undefined],
		],
		"the day's diplomacy and statements, not its strikes, not another day's",
	);
	assert.match(model.today[1]!.text, /^Envoy \(UN envoy\), paraphrased: Calls for calm\.$/);
});
