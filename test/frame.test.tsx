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

test('the escalation chart marks "no report" days in words, and gives every bar its source number', () => {
	// The second measure of 2021: rockets fired per day, UNDSS's partial counts on days 8 to 11 only.
	const lines = frame(120, 40, {type: 'show-pane', pane: 'escalation'}, {type: 'cycle-metric', by: 1, count: 99});
	assert.ok(lines.some((line) => /Rockets fired from Gaza, per day/.test(line)));
	assert.ok(
		lines.some((line) => /^\s*-3…7\s+·· no report · 11 days/.test(line)),
		'the days before its first count, in words',
	);
	const bars = lines.filter((line) => /^[ ▸]\s*\d+ \w{3} [█▒░]/.test(line));
	assert.equal(bars.length, 4);
	for (const bar of bars) assert.match(bar, /[█▒░▏▎▍▌▋▊▉]+\s+>\d+ \[\d+\]/, bar);
});

test("the casualty table gives one row per originator, the day's counts first, older ones folded until Enter", () => {
	const lines = frame(120, 40, {type: 'show-pane', pane: 'casualties'});
	const text = lines.join('\n');
	// 2021, day 12: the Gaza ministry's relays are one row, their differing counts its own range.
	assert.match(text, /│\s+232–243 │\s+>1,900 │ Gaza Ministry of Health · via Al Jazeera/);
	assert.doesNotMatch(text, /232\/232/);
	assert.match(text, /Palestinians in Gaza · combatants {2}≠/);
	assert.match(text, /↳ 7 older counts \(latest 20 May\) — Enter to show/);
	assert.doesNotMatch(text, /Palestinian Centre for Human Rights/);
	const opened = frame(120, 40, {type: 'show-pane', pane: 'casualties'}, {type: 'toggle-older'}).join('\n');
	assert.match(opened, /│\s+↳230 │\s+│ Palestinian Centre for Human Rights \(PCHR\).*│ 20 May/);
	assert.match(opened, /│\s+↳230 │\s+│ UNRWA/);
});

test('the diplomacy pane gives each initiative its status on the selected day', () => {
	const onEve = frame(100, 30, {type: 'show-pane', pane: 'diplomacy'}, {type: 'step-day', by: -2});
	assert.ok(
		onEve.some((line) => /Egyptian mediation.*◑ agreed in principle\s+19 May/.test(line)),
		onEve.join('\n'),
	);
	const atEnd = frame(100, 30, {type: 'show-pane', pane: 'diplomacy'});
	assert.ok(atEnd.some((line) => /Egyptian mediation.*■ in force\s+21 May/.test(line)));
});

test('a plain snapshot, drawn without styles, is the coloured frame with its codes stripped, on every pane, day and layout', async () => {
	const {renderFrameLoading} = await import('../source/export/frame.js');
	const {plainText} = await import('../source/export/cells.js');
	for (const round of rounds)
		for (const pane of panes)
			for (const [index, day] of [0, 5, 11].entries())
				for (const [width, height] of [sizes[index % sizes.length]!, [200, 60] as [number, number]])
					for (const view of [{brief: false}, {brief: true}, {brief: true, whole: true}, {brief: false, linear: true}]) {
						const state = openingState(rounds, {roundId: round.id, pane, day});
						const options = {width, height, ...view};
						const coloured = await renderFrameLoading(rounds, state, {...options, colour: true});
						const plain = await renderFrameLoading(rounds, state, {...options, colour: false});
						assert.ok(coloured.includes('\u001B['), 'the coloured frame has styles');
						assert.equal(
							plainText(plain),
							plainText(coloured),
							`${round.id} ${pane} day ${day} ${width}×${height} ${JSON.stringify(view)}`,
						);
					}
});
