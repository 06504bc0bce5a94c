import {test} from 'node:test';
import assert from 'node:assert/strict';
import {renderFrame} from '../source/export/frame.js';
import {plainText} from '../source/export/cells.js';
import {openingState} from '../source/ui/session.js';
import {navigate} from '../source/state/navigation.js';
import {rounds} from './helpers.js';
import {loadInk} from '../source/render/frame-string.js';

// renderFrame hands the frames the string renderer declines to Ink, loaded once here.
await loadInk();

const headerOn = (roundIndex: number, action: {type: 'first-day'} | {type: 'last-day'} | {type: 'step-day'; by: number}, width: number) => {
	let state = openingState(rounds);
	if (roundIndex > 0) state = navigate(state, {type: 'next-round'});
	state = navigate(state, action);
	return plainText(renderFrame(rounds, state, {width, height: 30, brief: false, linear: false})).split('\n')[0]!;
};

test("the header keeps the round's dates on lead-up and aftermath days, at 80, 120 and 200 columns", () => {
	const cases = [
		{
			round: 0,
			dates: '10–21 May 2021',
			days: {'first-day': 'lead-up · Day -3 · Thu 6 May 2021', 'last-day': 'aftermath · Day 13 · Sat 22 May 2021'},
		},
		{
			round: 1,
			dates: '14–21 Nov 2012',
			days: {'first-day': 'lead-up · Day -3 · Sat 10 Nov 2012', 'last-day': 'aftermath · Day 9 · Thu 22 Nov 2012'},
		},
	];
	for (const {round, dates, days} of cases)
		for (const width of [60, 80, 120, 200])
			for (const [type, day] of Object.entries(days)) {
				const header = headerOn(round, {type: type as 'first-day' | 'last-day'}, width);
				assert.ok(header.includes(dates), `${width} columns, ${type}: "${header}" names the round's dates`);
				assert.ok(header.includes(day), `${width} columns, ${type}: "${header}" names the day`);
				assert.ok(!header.includes('May 2021 2021'), 'dates are not garbled');
			}
	// With room, the full title stays.
	assert.match(
		headerOn(0, {type: 'first-day'}, 200),
		/^Israel–Gaza escalation, May 2021 \(Israel: "Operation Guardian of the Walls"\) · 10–21 May 2021 +lead-up/,
	);
});
