import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {openingState} from '../source/ui/session.js';
import {navigate, panes} from '../source/state/navigation.js';
import {minimumSize} from '../source/ui/TooSmall.js';
import {frameLines, loadRounds} from './helpers.js';

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
