import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {
	bindingClashes,
	commandFor,
	hintsFor,
	keymap,
	keysLabel,
	keysMarkers,
	keystrokesOf,
	withKeysTable,
	type KeyContext,
} from '../source/state/keymap.js';
import {panes} from '../source/state/navigation.js';

const context: KeyContext = {pane: 'escalation', overlay: 'none', listMax: 7, metricCount: 4, pageSize: 10};
/** A key as Ink's useInput hands it over: the input string and the key flags. */
const press = (input: string, key: Record<string, boolean> = {}) => {
	const strokes = keystrokesOf(input, key);
	assert.equal(strokes.length, 1, `"${input}" is one key`);
	return strokes[0]!;
};
const browse = (input: string, key: Record<string, boolean> = {}, on: Partial<KeyContext> = {}) =>
	commandFor(press(input, key), {...context, ...on}, false);
const filtering = (input: string, key: Record<string, boolean> = {}) => commandFor(press(input, key), context, true);

test('the keys of the product brief map to their actions', () => {
	assert.deepEqual(browse('4'), {type: 'show-pane', pane: 'diplomacy'});
	assert.deepEqual(browse('1'), {type: 'show-pane', pane: 'overview'});
	assert.deepEqual(browse('2'), {type: 'show-pane', pane: 'escalation'});
	assert.deepEqual(browse('', {tab: true}), {type: 'cycle-pane', by: 1});
	assert.deepEqual(browse('', {tab: true, shift: true}), {type: 'cycle-pane', by: -1});
	assert.deepEqual(browse('['), {type: 'cycle-pane', by: -1});
	assert.deepEqual(browse(']'), {type: 'cycle-pane', by: 1});
	assert.deepEqual(browse('', {leftArrow: true}), {type: 'step-day', by: -1});
	assert.deepEqual(browse('l'), {type: 'step-day', by: 1});
	assert.deepEqual(browse('j'), {type: 'move', by: 1, max: 7});
	assert.deepEqual(browse('', {upArrow: true}), {type: 'move', by: -1, max: 7});
	assert.deepEqual(browse('', {pageDown: true}), {type: 'move', by: 10, max: 7});
	assert.deepEqual(browse('G', {shift: true}), {type: 'last-day'});
	assert.deepEqual(browse('g'), {type: 'first-day'});
	assert.deepEqual(browse('', {home: true}), {type: 'first-day'});
	assert.deepEqual(browse('m'), {type: 'cycle-metric', by: 1, count: 4});
	assert.deepEqual(browse('M', {shift: true}), {type: 'cycle-metric', by: -1, count: 4}, 'M goes back a measure');
	assert.deepEqual(browse('r'), {type: 'next-round'});
	assert.deepEqual(browse('/'), {type: 'start-filter'});
	assert.deepEqual(browse('?'), {type: 'toggle-help'});
	assert.deepEqual(browse('q'), {type: 'quit'});
	assert.deepEqual(browse('c', {ctrl: true}), {type: 'quit'});
});

test('pane-specific keys only work on their pane', () => {
	assert.equal(browse('m', {}, {pane: 'sources'}), undefined);
	assert.equal(browse('', {return: true}), undefined);
	assert.deepEqual(browse('', {return: true}, {pane: 'diplomacy'}), {type: 'open'});
	assert.deepEqual(browse('', {return: true}, {pane: 'casualties'}), {type: 'toggle-older'}, 'Enter shows the older counts');
	assert.deepEqual(browse('o'), {type: 'cycle-series'}, 'o charts another originator');
	assert.equal(browse('o', {}, {pane: 'casualties'}), undefined);
	assert.deepEqual(
		browse('', {pageDown: true}, {pane: 'casualties'}),
		{type: 'move', by: 10, max: 7},
		'PgDn moves the page the frame says',
	);
	assert.deepEqual(browse('c', {}, {pane: 'compare'}), {type: 'cycle-claimant'});
	assert.equal(browse('c'), undefined, 'c alone is not Ctrl-C');
});

test('while filtering, letters are text, not commands; Ctrl-C still quits', () => {
	assert.deepEqual(filtering('q'), {type: 'filter-type', text: 'q'});
	assert.deepEqual(filtering('', {backspace: true}), {type: 'filter-erase'});
	assert.deepEqual(filtering('', {delete: true}), {type: 'filter-erase'});
	assert.deepEqual(filtering('', {return: true}), {type: 'filter-done'});
	assert.deepEqual(filtering('', {escape: true, meta: true}), {type: 'close'}, 'Ink flags Esc itself as meta');
	assert.deepEqual(filtering('c', {ctrl: true}), {type: 'quit'});
	assert.equal(
		commandFor({text: '\u001B[31m', ctrl: false, shift: false}, context, true),
		undefined,
		'control bytes are not typed into the filter',
	);
});

test('a chunk of keys is read key by key, named keys included; escape sequences stay whole', () => {
	const names = (input: string, key: Record<string, boolean> = {}) =>
		keystrokesOf(input, key).map((stroke) => stroke.name ?? (stroke.ctrl ? `^${stroke.text}` : stroke.text));
	assert.deepEqual(names('/r'), ['/', 'r']);
	assert.deepEqual(names('', {upArrow: true}), ['up']);
	assert.deepEqual(names('j'), ['j']);
	// Ink hands a run of plain characters over as one string with no flags: Enter, Backspace, Tab and Ctrl keys inside it are keys.
	assert.deepEqual(names('j\r'), ['j', 'return']);
	assert.deepEqual(names('\u007F\u007F\u007F'), ['delete', 'delete', 'delete']);
	assert.deepEqual(names('ab\b\t\n\u0003'), ['a', 'b', 'backspace', 'tab', 'return', '^c']);
	assert.deepEqual(names('3', {meta: true}), ['escape', '3'], 'Esc then 3, sent together');
	assert.deepEqual(names('', {return: true, meta: true}), ['escape', 'return'], 'Esc then Enter, sent together');
	assert.deepEqual(names('', {downArrow: true, meta: true}), ['escape', 'down'], 'Esc then ↓, sent together');
	assert.deepEqual(names('', {escape: true, meta: true}), ['escape'], 'Esc alone');
});

test('every action has a binding and a help line; no key does two things in one mode on one pane', () => {
	const actions = keymap.map((entry) => entry.action);
	assert.equal(new Set(actions).size, actions.length, 'action names are unique');
	for (const entry of keymap) {
		assert.ok(entry.bindings.length > 0, `${entry.action} has a key`);
		assert.ok(entry.help.trim().length > 0, `${entry.action} has a help line`);
		assert.ok(keysLabel(entry).trim().length > 0, `${entry.action}'s keys can be written`);
	}
	assert.deepEqual(bindingClashes(), []);
	assert.equal(keymap.find((entry) => entry.action === 'pane.show')?.bindings.length, panes.length, 'a number key per pane');
});

test('every hint in the status bar comes from a binding, and differs by pane', () => {
	const texts = (pane: Parameters<typeof hintsFor>[0]) => hintsFor(pane).map((hint) => hint.text);
	assert.deepEqual(texts('escalation').slice(0, 4), [`1-${panes.length} pane`, '←→ day', '↑↓ move', 'm measure']);
	assert.ok(!texts('sources').includes('m measure'));
	assert.ok(texts('diplomacy').includes('Enter history'));
	assert.ok(texts('casualties').includes('Enter older counts'));
	assert.ok(texts('compare').includes('c counters'));
	for (const hint of hintsFor('escalation')) assert.ok(keymap.some((entry) => entry.action === hint.action && entry.hint));
});

test("the README's key table is the keymap's (run `npm run keys-doc` after changing keys)", () => {
	const readme = readFileSync('README.md', 'utf8');
	assert.ok(readme.includes(keysMarkers.start) && readme.includes(keysMarkers.end), 'the README marks where its key table goes');
	assert.equal(readme, withKeysTable(readme));
	for (const entry of keymap) assert.ok(readme.includes(`| ${entry.help} |`), `the README explains ${entry.action}`);
});
