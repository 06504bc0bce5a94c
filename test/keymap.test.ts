import {test} from 'node:test';
import assert from 'node:assert/strict';
import {commandFor, splitPresses, hintsFor, keymap, type KeyContext} from '../source/state/keymap.js';

const context: KeyContext = {pane: 'escalation', overlay: 'none', listMax: 7, metricCount: 4, pageSize: 10};
const press = (input: string, key: Record<string, boolean> = {}) => ({input, key});

test('the keys of the product brief map to their actions', () => {
	assert.deepEqual(commandFor(press('3'), context, false), {type: 'show-pane', pane: 'diplomacy'});
	assert.deepEqual(commandFor(press('', {tab: true}), context, false), {type: 'cycle-pane', by: 1});
	assert.deepEqual(commandFor(press('', {tab: true, shift: true}), context, false), {type: 'cycle-pane', by: -1});
	assert.deepEqual(commandFor(press('['), context, false), {type: 'cycle-pane', by: -1});
	assert.deepEqual(commandFor(press(']'), context, false), {type: 'cycle-pane', by: 1});
	assert.deepEqual(commandFor(press('', {leftArrow: true}), context, false), {type: 'step-day', by: -1});
	assert.deepEqual(commandFor(press('l'), context, false), {type: 'step-day', by: 1});
	assert.deepEqual(commandFor(press('j'), context, false), {type: 'move', by: 1, max: 7});
	assert.deepEqual(commandFor(press('', {upArrow: true}), context, false), {type: 'move', by: -1, max: 7});
	assert.deepEqual(commandFor(press('', {pageDown: true}), context, false), {type: 'move', by: 10, max: 7});
	assert.deepEqual(commandFor(press('G'), context, false), {type: 'last-day'});
	assert.deepEqual(commandFor(press('', {home: true}), context, false), {type: 'first-day'});
	assert.deepEqual(commandFor(press('m'), context, false), {type: 'cycle-metric', count: 4});
	assert.deepEqual(commandFor(press('r'), context, false), {type: 'next-round'});
	assert.deepEqual(commandFor(press('/'), context, false), {type: 'start-filter'});
	assert.deepEqual(commandFor(press('?'), context, false), {type: 'toggle-help'});
	assert.deepEqual(commandFor(press('q'), context, false), {type: 'quit'});
	assert.deepEqual(commandFor(press('c', {ctrl: true}), context, false), {type: 'quit'});
});

test('pane-specific keys only work on their pane', () => {
	assert.equal(commandFor(press('m'), {...context, pane: 'sources'}, false), undefined);
	assert.equal(commandFor(press('', {return: true}), context, false), undefined);
	assert.deepEqual(commandFor(press('', {return: true}), {...context, pane: 'diplomacy'}, false), {type: 'open'});
});

test('while filtering, letters are text, not commands; Ctrl-C still quits', () => {
	assert.deepEqual(commandFor(press('q'), context, true), {type: 'filter-type', text: 'q'});
	assert.deepEqual(commandFor(press('', {backspace: true}), context, true), {type: 'filter-erase'});
	assert.deepEqual(commandFor(press('', {return: true}), context, true), {type: 'filter-done'});
	assert.deepEqual(commandFor(press('', {escape: true}), context, true), {type: 'close'});
	assert.deepEqual(commandFor(press('c', {ctrl: true}), context, true), {type: 'quit'});
	assert.equal(commandFor(press('\u001B[31m'), context, true), undefined, 'control bytes are not typed into the filter');
});

test('a chunk of typed keys is read key by key; escape sequences stay whole', () => {
	assert.deepEqual(splitPresses(press('/r')), [press('/'), press('r')]);
	assert.deepEqual(splitPresses(press('', {upArrow: true})), [press('', {upArrow: true})]);
	assert.deepEqual(splitPresses(press('j')), [press('j')]);
	assert.deepEqual(splitPresses(press('3', {meta: true})), [press('', {escape: true}), press('3')], 'Esc then 3, sent together');
});

test('every hint in the status bar comes from a binding, and differs by pane', () => {
	const hints = hintsFor('escalation');
	assert.ok(hints.includes('m measure'));
	assert.ok(!hintsFor('sources').includes('m measure'));
	assert.ok(hintsFor('diplomacy').includes('Enter history'));
	for (const hint of hints) assert.ok(keymap.some((binding) => binding.hint === hint));
});
