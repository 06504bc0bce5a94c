import {test} from 'node:test';
import assert from 'node:assert/strict';
import {clockTime, offsetLabel} from '../source/data/time.js';

test("a time carries its zone's offset on that date: Israel is UTC+2 in winter and UTC+3 in summer", () => {
	const round = {timezone: 'Asia/Jerusalem'};
	assert.equal(clockTime(round, '2012-11-15', '14:05'), '14:05 UTC+2');
	assert.equal(clockTime(round, '2021-05-15', '21:00'), '21:00 UTC+3');
	// Israel's clocks went back at 02:00 on 23 Sep 2012 (before the 2013 law moved it to late October).
	assert.equal(offsetLabel('Asia/Jerusalem', '2012-09-22', '23:00'), 'UTC+3');
	assert.equal(offsetLabel('Asia/Jerusalem', '2012-09-23', '12:00'), 'UTC+2');
});

test('other zones: half hours, west of Greenwich, UTC itself, and a zone Intl does not know', () => {
	assert.equal(offsetLabel('Asia/Kolkata', '2021-05-15', '09:00'), 'UTC+5:30');
	assert.equal(offsetLabel('America/New_York', '2021-01-15', '09:00'), 'UTC-5');
	assert.equal(offsetLabel('UTC', '2021-01-15', '09:00'), 'UTC');
	assert.equal(clockTime({timezone: 'local dates, as ACLED codes them'}, '2021-01-15', '09:00'), '09:00 local');
});
