import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {openingState} from '../source/ui/session.js';
import {navigate, panes} from '../source/state/navigation.js';
import {minimumSize} from '../source/ui/TooSmall.js';
import {frameLines, loadRounds} from './helpers.js';
import {lastDecline, renderStaticFrame} from '../source/render/to-string.js';
import {Dashboard} from '../source/ui/Dashboard.js';
import {daysOf} from '../source/data/calendar.js';

// Every pane, both rounds (and the hostile one), help and history, at a grid of sizes from 20×5 to 300×100.
const rounds = loadRounds('test/fixtures/hostile.json');
const widths = [20, 59, 60, 80, 137, 300];
const heights = [5, 15, 16, 24, 41, 100];

test(`${widths.length * heights.length} sizes × every pane and overlay × 3 rounds: never throws, never wider or taller than the terminal`, () => {
	let frames = 0;
	for (const round of rounds) {
		const states = [
			...panes.map((pane) => openingState(rounds, {roundId: round.id, pane})),
			navigate(openingState(rounds, {roundId: round.id}), {type: 'toggle-help'}),
			navigate(openingState(rounds, {roundId: round.id, pane: 'diplomacy'}), {type: 'open'}),
		];
		for (const width of widths)
			for (const height of heights)
				for (const state of states) {
					const lines = frameLines(rounds, state, width, height);
					frames++;
					const where = `${round.id} ${state.pane}/${state.overlay} at ${width}×${height}`;
					assert.ok(lines.length <= height - 1 || (height <= 2 && lines.length === 1), `${where}: ${lines.length} lines`);
					for (const line of lines) assert.ok(stringWidth(line) <= width, `${where}: a line of ${stringWidth(line)} columns`);
					if (width < minimumSize.width || height < minimumSize.height) assert.match(lines.join(' '), /too small/, where);
					else assert.match(lines[0]!, /Day -?\d+/, where);
				}
	}
	assert.ok(frames >= 600);
});

// What the layout does with a column taller than its box: it squeezes lines onto each other ("Unrest (1)ay 8 · Wed…").
test('every pane on every day of both rounds fits its box, in both layouts, down to the smallest screen: no line drawn over another', () => {
	for (const round of rounds.filter((each) => each.id.startsWith('gaza-')))
		for (const [day] of daysOf(round).entries())
			for (const pane of panes)
				for (const [width, height] of [
					[minimumSize.width, minimumSize.height],
					[80, 24],
					[120, 40],
				] as const)
					for (const linear of [false, true]) {
						const state = openingState(rounds, {roundId: round.id, pane, day});
						const frame = renderStaticFrame(<Dashboard rounds={rounds} state={state} width={width} height={height} linear={linear} />, {
							columns: width,
						});
						const where = `${round.id} ${pane} day ${day} ${width}×${height}${linear ? ' linear' : ''}`;
						assert.ok(frame !== undefined || !/taller than its box/.test(lastDecline ?? ''), `${where}: ${lastDecline}`);
					}
});
