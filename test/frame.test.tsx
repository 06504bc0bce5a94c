import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {openingState} from '../source/ui/session.js';
import {navigate, panes, type Action} from '../source/state/navigation.js';
import {frameLines, rounds} from './helpers.js';


const frame = (width: number, height: number, ...actions: Action[]) => {
	const state = actions.reduce(navigate, openingState(rounds));
	return frameLines(rounds, state, width, height);
};

const sizes: Array<[number, number]> = [
	[80, 24],
	[120, 40],
	[140, 45],
	[60, 16],
];

for (const [width, height] of sizes)
	for (const round of [0, 1])
		for (const pane of panes)
			test(`${pane} pane of round ${round + 1} at ${width}×${height} fits the terminal`, () => {
				const actions: Action[] = [...(round === 1 ? [{type: 'next-round'} as const] : []), {type: 'show-pane', pane}];
				const lines = frame(width, height, ...actions);
				assert.ok(lines.length <= height - 1, `${lines.length} lines for ${height} rows`);
				for (const line of lines) assert.ok(stringWidth(line) <= width, `too wide (${stringWidth(line)}): ${line}`);
				assert.match(lines[0]!, /Day \d+ · \w{3} \d+ \w{3} \d{4}/);
				assert.match(lines.at(-1)!, /q quit/);
			});

test('below 60×16 the too-small screen says what it needs', () => {
	assert.deepEqual(frame(59, 30), ['terminal too small: 59×30, need 60×16 — q quits']);
	const tiny = frame(20, 5);
	assert.ok(tiny.length <= 4);
	assert.match(tiny.join(' '), /too small: 20×5/);
	for (const line of tiny) assert.ok(stringWidth(line) <= 20);
});

test('the escalation chart marks "no report" days differently from days with a figure', () => {
	const lines = frame(80, 24);
	assert.ok(lines.some((line) => /^\s+-3 Thu ·· no report/.test(line)));
	assert.ok(lines.some((line) => /^\s+1 Mon █+.*>150/.test(line)));
});

test('the casualty table keeps disagreeing claims on separate lines with their claimants', () => {
	const lines = frame(120, 40, {type: 'show-pane', pane: 'casualties'});
	const text = lines.join('\n');
	assert.match(text, /Palestinians in Gaza {2}≠/);
	// 2021 originators by id until the UI shows their names; the Gaza ministry's relays are one line.
	assert.match(text, /│[^│\n]*\b2(32|43)\b[^│\n]*│\s+>1,900 │\s+(gaza-moh|Gaza Ministry of Health)/);
	assert.match(text, /│\s+230 │\s+│\s+(pchr|Palestinian Centre for Human Rights)/);
	assert.match(text, /│\s+230 │\s+│\s+(unrwa|UNRWA)/);
});

test('the diplomacy pane gives each initiative its status on the selected day', () => {
	const onEve = frame(100, 30, {type: 'show-pane', pane: 'diplomacy'}, {type: 'step-day', by: -2});
	assert.ok(onEve.some((line) => /Egyptian mediation.*in principle\s+19 May/.test(line)), onEve.join('\n'));
	const atEnd = frame(100, 30, {type: 'show-pane', pane: 'diplomacy'});
	assert.ok(atEnd.some((line) => /Egyptian mediation.*in-force\s+21 May/.test(line)));
});
