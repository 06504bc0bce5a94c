import {test} from 'node:test';
import assert from 'node:assert/strict';
import {renderFrame} from '../source/export/frame.js';
import {openingState} from '../source/ui/session.js';
import {daysOf} from '../source/data/calendar.js';
import {paneContext, paneModule, viewModel} from '../source/panes/registry.js';
import type {NavState, Pane} from '../source/state/navigation.js';
import {loadInk} from '../source/render/frame-string.js';
import {rounds, strip} from './helpers.js';

await loadInk();

/*
 * A pane that lays the days out in rows keeps the selected day's row on
 * screen: when it opens on any day, and after any day step, whatever the
 * table was scrolled to. Compare's day table, Escalation's chart and the
 * Casualties by-day lines mark it ▸.
 */

const frameOf = (state: NavState, width: number, height: number) =>
	strip(renderFrame(rounds, state, {width, height, brief: false})).split('\n');

const stateAt = (roundId: string, pane: Pane, day: number, scroll = 0): NavState => {
	const state = openingState(rounds, {roundId, pane, day});
	return {...state, scroll: {...state.scroll, [pane]: scroll}};
};

/** The rows a pane marks as the selected day, by their day numbers. */
const selectedRows: Record<'compare' | 'escalation' | 'casualties', (frame: string[]) => number[]> = {
	compare: (frame) => frame.flatMap((row) => /^▸\s*(-?\d+) │/.exec(row)?.slice(1).map(Number) ?? []),
	escalation: (frame) => frame.flatMap((row) => /^▸\s*(-?\d+) \w{3} /.exec(row)?.slice(1).map(Number) ?? []),
	casualties: (frame) => frame.flatMap((row) => [...row.matchAll(/▸D(-?\d+)/g)].map((match) => Number(match[1]))),
};

const sizes = [
	[80, 24],
	[60, 16],
	[120, 40],
] as const;

for (const round of rounds)
	test(`${round.id}: Compare shows the selected day's row on every day at 80x24, 60x16 and 120x40, however it was scrolled`, () => {
		daysOf(round).forEach((day, index) => {
			for (const [width, height] of sizes)
				for (const scroll of [0, 1, 99]) {
					const state = stateAt(round.id, 'compare', index, scroll);
					const frame = frameOf(state, width, height);
					assert.deepEqual(
						selectedRows.compare(frame),
						[day.number],
						`day ${day.number} ${width}x${height} scroll ${scroll}:\n${frame.join('\n')}`,
					);
				}
		});
	});

test('Compare at 80x24: ↓ slides the day table while the selected day stays in view; the "more" line says how to go on', () => {
	const round = rounds.find((each) => each.id === 'gaza-2021')!;
	const state = stateAt(round.id, 'compare', 5);
	const module = paneModule('compare');
	const max = module.listMax(viewModel(module, paneContext(rounds, state)!), {width: 80, height: 24, linear: false});
	assert.ok(max > 0, 'more than one window shows the day');
	const first = frameOf(state, 80, 24);
	const next = frameOf({...state, scroll: {...state.scroll, compare: 1}}, 80, 24);
	assert.notDeepEqual(next, first, '↓ moves the table');
	assert.match(first.join('\n'), /↓ \d+ more days \(↓\/j to scroll, → next day\)/);
	const last = frameOf({...state, scroll: {...state.scroll, compare: max}}, 80, 24);
	assert.deepEqual(selectedRows.compare(last), [daysOf(round)[5]!.number]);
});

for (const pane of ['escalation', 'casualties'] as const)
	for (const round of rounds)
		test(`${round.id}: ${pane} shows the selected day marked on every day at 80x24, 60x16 and 120x40`, () => {
			daysOf(round).forEach((day, index) => {
				for (const [width, height] of sizes) {
					const frame = frameOf(stateAt(round.id, pane, index), width, height);
					const rows = selectedRows[pane](frame);
					assert.ok(
						rows.length > 0 && rows.every((number) => number === day.number),
						`day ${day.number} ${width}x${height}:\n${frame.join('\n')}`,
					);
				}
			});
		});
