import {test} from 'node:test';
import assert from 'node:assert/strict';
import {daysOf, dayOf, formatDate, addDays} from '../source/data/calendar.js';
import {makeRound} from './helpers.js';

test('day 1 is the start; lead-up days count down from 0; aftermath follows the end', () => {
	const days = daysOf(makeRound());
	assert.deepEqual(
		days.map((day) => [day.date, day.number, day.phase]),
		[
			['2030-01-10', 0, 'lead-up'],
			['2030-01-11', 1, 'hostilities'],
			['2030-01-12', 2, 'hostilities'],
			['2030-01-13', 3, 'hostilities'],
			['2030-01-14', 4, 'aftermath'],
		],
	);
});

test('20 Nov 2012 is Tuesday, day 7 of a round that started on 14 Nov', () => {
	const day = dayOf({start: '2012-11-14', end: '2012-11-21'}, '2012-11-20');
	assert.equal(day.number, 7);
	assert.equal(day.weekday, 'Tue');
	assert.equal(formatDate(day.date), '20 Nov 2012');
});

test('date arithmetic crosses month and leap-day boundaries', () => {
	assert.equal(addDays('2020-02-28', 1), '2020-02-29');
	assert.equal(addDays('2021-02-28', 1), '2021-03-01');
	assert.equal(addDays('2021-05-01', -1), '2021-04-30');
});

test('a round without lead-up or aftermath shows only its days of hostilities', () => {
	const days = daysOf(makeRound({leadUpFrom: undefined, aftermathUntil: undefined}));
	assert.deepEqual(
		days.map((day) => day.number),
		[1, 2, 3],
	);
});
