import {test} from 'node:test';
import assert from 'node:assert/strict';
import {initialState, navigate, selectedDay, type NavState, type RoundShape} from '../source/state/navigation.js';

const shapes: RoundShape[] = [
	{id: 'recent', dayCount: 17, defaultDay: 15, initiativeCount: 3},
	{id: 'older', dayCount: 13, defaultDay: 11, initiativeCount: 0},
];
const start = () => initialState(shapes);
const run = (state: NavState, ...actions: Parameters<typeof navigate>[1][]) => actions.reduce(navigate, state);

test('opens on the first round, Overview pane, its default day', () => {
	const state = start();
	assert.equal(state.round, 0);
	assert.equal(state.pane, 'overview');
	assert.equal(selectedDay(state), 15);
	assert.equal(state.overlay, 'none');
});

test('show-pane jumps to a pane and closes any overlay', () => {
	const state = run(start(), {type: 'toggle-help'}, {type: 'show-pane', pane: 'sources'});
	assert.equal(state.pane, 'sources');
	assert.equal(state.overlay, 'none');
});

test('cycle-pane wraps around both ways', () => {
	assert.equal(run(start(), {type: 'cycle-pane', by: -1}).pane, 'compare');
	assert.equal(run(start(), {type: 'cycle-pane', by: 1}, {type: 'cycle-pane', by: 1}).pane, 'casualties');
	assert.equal(run(start(), ...Array.from({length: 6}, () => ({type: 'cycle-pane' as const, by: 1 as const}))).pane, 'overview');
});

test('step-day moves within the round and stops at its ends', () => {
	assert.equal(selectedDay(run(start(), {type: 'step-day', by: -1})), 14);
	assert.equal(selectedDay(run(start(), {type: 'step-day', by: 1}, {type: 'step-day', by: 1}, {type: 'step-day', by: 1})), 16);
	assert.equal(selectedDay(run(start(), {type: 'first-day'}, {type: 'step-day', by: -1})), 0);
});

test('first-day and last-day', () => {
	assert.equal(selectedDay(run(start(), {type: 'first-day'})), 0);
	assert.equal(selectedDay(run(start(), {type: 'last-day'})), 16);
});

test("changing day resets the event list to its top but keeps the tables' places", () => {
	const scrolled = run(start(), {type: 'move', by: 5, max: 9}, {type: 'show-pane', pane: 'sources'}, {type: 'move', by: 3, max: 9});
	const moved = run(scrolled, {type: 'step-day', by: -1});
	assert.equal(moved.scroll.escalation, 0);
	assert.equal(moved.scroll.sources, 3);
});

test('the casualty table starts at its top on another day, round or pane; the sources list keeps its place on another day', () => {
	const scrolled = run(start(), {type: 'show-pane', pane: 'casualties'}, {type: 'move', by: 7, max: 20});
	assert.equal(scrolled.scroll.casualties, 7);
	assert.equal(run(scrolled, {type: 'step-day', by: 1}).scroll.casualties, 0);
	assert.equal(run(scrolled, {type: 'last-day'}).scroll.casualties, 0);
	assert.equal(run(scrolled, {type: 'next-round'}).scroll.casualties, 0);
	assert.equal(run(scrolled, {type: 'show-pane', pane: 'sources'}, {type: 'show-pane', pane: 'casualties'}).scroll.casualties, 0);
	assert.equal(run(scrolled, {type: 'cycle-pane', by: 1}, {type: 'cycle-pane', by: -1}).scroll.casualties, 0);
	assert.equal(run(scrolled, {type: 'show-pane', pane: 'casualties'}).scroll.casualties, 7, 'the pane already shown keeps its place');
	assert.equal(run(scrolled, {type: 'toggle-older'}).scroll.casualties, 7, 'showing the older counts does not scroll');
});

test('toggle-older shows and folds the older counts; it is kept across days', () => {
	const opened = run(start(), {type: 'show-pane', pane: 'casualties'}, {type: 'toggle-older'});
	assert.equal(opened.olderOpen, true);
	assert.equal(run(opened, {type: 'step-day', by: -1}).olderOpen, true);
	assert.equal(run(opened, {type: 'toggle-older'}).olderOpen, false);
});

test('cycle-series charts the next originator; a new measure or round starts on the best-covering one', () => {
	const second = run(start(), {type: 'cycle-series'}, {type: 'cycle-series'});
	assert.equal(second.series, 2);
	assert.equal(run(second, {type: 'cycle-metric', by: 1, count: 3}).series, 0);
	assert.equal(run(second, {type: 'cycle-metric', by: -1, count: 3}).series, 0);
	assert.equal(run(second, {type: 'next-round'}).series, 0);
	assert.equal(run(second, {type: 'step-day', by: -1}).series, 2, 'another day keeps the originator');
});

test("move scrolls the current pane's list within 0..max", () => {
	const down = run(
		start(),
		{type: 'show-pane', pane: 'escalation'},
		{type: 'move', by: 1, max: 2},
		{type: 'move', by: 1, max: 2},
		{type: 'move', by: 1, max: 2},
	);
	assert.equal(down.scroll.escalation, 2);
	assert.equal(run(down, {type: 'move', by: -10, max: 2}).scroll.escalation, 0);
});

test('on the diplomacy pane, move changes the selected initiative', () => {
	const state = run(start(), {type: 'show-pane', pane: 'diplomacy'}, {type: 'move', by: 1, max: 2}, {type: 'move', by: 5, max: 2});
	assert.equal(state.selection, 2);
	assert.equal(state.scroll.diplomacy, 0);
});

test('open shows the history of the selected initiative; close (Esc) hides it', () => {
	const opened = run(start(), {type: 'show-pane', pane: 'diplomacy'}, {type: 'open'});
	assert.equal(opened.overlay, 'history');
	assert.equal(run(opened, {type: 'move', by: 2, max: 8}).overlayScroll, 2, 'moving scrolls the overlay, not the selection');
	assert.equal(run(opened, {type: 'close'}).overlay, 'none');
});

test('open does nothing off the diplomacy pane, or where a round has no initiatives', () => {
	assert.equal(run(start(), {type: 'open'}).overlay, 'none');
	assert.equal(run(start(), {type: 'next-round'}, {type: 'show-pane', pane: 'diplomacy'}, {type: 'open'}).overlay, 'none');
});

test('next-round cycles rounds, each keeping its own selected day', () => {
	const moved = run(start(), {type: 'step-day', by: -3});
	const other = run(moved, {type: 'next-round'});
	assert.equal(other.round, 1);
	assert.equal(selectedDay(other), 11);
	const back = run(other, {type: 'next-round'});
	assert.equal(back.round, 0);
	assert.equal(selectedDay(back), 12);
});

test('next-round with one round changes nothing', () => {
	const single = initialState([shapes[0]!]);
	assert.equal(navigate(single, {type: 'next-round'}), single);
});

test('cycle-metric wraps over the number of measures, both ways', () => {
	assert.equal(run(start(), {type: 'cycle-metric', by: 1, count: 3}, {type: 'cycle-metric', by: 1, count: 3}).metric, 2);
	assert.equal(run(start(), ...Array.from({length: 3}, () => ({type: 'cycle-metric' as const, by: 1 as const, count: 3}))).metric, 0);
	assert.equal(run(start(), {type: 'cycle-metric', by: 1, count: 0}).metric, 0);
	assert.equal(run(start(), {type: 'cycle-metric', by: -1, count: 3}).metric, 2, 'back from the first measure is the last');
	assert.equal(run(start(), {type: 'cycle-metric', by: 1, count: 3}, {type: 'cycle-metric', by: -1, count: 3}).metric, 0);
});

test('toggle-help opens and closes help', () => {
	assert.equal(run(start(), {type: 'toggle-help'}).overlay, 'help');
	assert.equal(run(start(), {type: 'toggle-help'}, {type: 'toggle-help'}).overlay, 'none');
	assert.equal(run(start(), {type: 'toggle-help'}, {type: 'close'}).overlay, 'none');
});

test('filter: start, type, erase, keep with Enter, clear with Esc', () => {
	const typing = run(
		start(),
		{type: 'show-pane', pane: 'sources'},
		{type: 'start-filter'},
		{type: 'filter-type', text: 'gaz'},
		{type: 'filter-type', text: 'a!'},
	);
	assert.equal(typing.pane, 'escalation', 'the filter applies to events, so it shows them');
	assert.deepEqual(typing.filter, {text: 'gaza!', editing: true});
	const erased = run(typing, {type: 'filter-erase'});
	assert.equal(erased.filter.text, 'gaza');
	const kept = run(erased, {type: 'filter-done'});
	assert.deepEqual(kept.filter, {text: 'gaza', editing: false});
	assert.deepEqual(run(kept, {type: 'close'}).filter, {text: '', editing: false});
});

test('Esc closes an overlay before it clears a filter', () => {
	const state = run(
		start(),
		{type: 'start-filter'},
		{type: 'filter-type', text: 'x'},
		{type: 'filter-done'},
		{type: 'toggle-help'},
		{type: 'close'},
	);
	assert.equal(state.overlay, 'none');
	assert.equal(state.filter.text, 'x');
});

test('toggle-brief flips brief mode', () => {
	assert.equal(run(start(), {type: 'toggle-brief'}).brief, true);
});

test('the compare pane starts on the next round, never the current one, and v cycles the others', () => {
	const three = initialState([...shapes, {id: 'third', dayCount: 5, defaultDay: 3, initiativeCount: 1}]);
	assert.equal(three.compare.vs, 1);
	assert.equal(run(three, {type: 'cycle-vs'}).compare.vs, 2);
	assert.equal(run(three, {type: 'cycle-vs'}, {type: 'cycle-vs'}).compare.vs, 1, 'skips the current round');
	const moved = run(three, {type: 'next-round'});
	assert.equal(moved.round, 1);
	assert.notEqual(moved.compare.vs, 1, 'switching to the compared round picks another to compare with');
	assert.equal(run(three, {type: 'cycle-claimant'}, {type: 'cycle-claimant'}).compare.claimantRank, 2);
});
