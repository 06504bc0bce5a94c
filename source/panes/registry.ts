import type {Round} from '../data/schema.js';
import {selectedDay, type NavState, type Pane} from '../state/navigation.js';
import {derived, remember} from '../view/derived.js';
import {casualtiesPane} from './casualties/index.js';
import {comparePane} from './compare/index.js';
import {diplomacyPane} from './diplomacy/index.js';
import {escalationPane} from './escalation/index.js';
import {overviewPane} from './overview/index.js';
import {sourcesPane} from './sources/index.js';
import type {AnyPane, PaneContext} from './types.js';

/*
 * The one list of panes, in tab order. The screen, the exports and the bench
 * draw every pane from its entry here. Adding a pane: one module under
 * source/panes/ and one line in this list (and its id in navigation's `panes`,
 * the reducer's list of tabs, which must be in the same order).
 */
export const paneModules: readonly AnyPane[] = [overviewPane, escalationPane, casualtiesPane, diplomacyPane, sourcesPane, comparePane];

export const paneModule = (id: Pane): AnyPane => {
	const found = paneModules.find((module) => module.id === id);
	if (!found) throw new Error(`no pane module registered for "${id}"`);
	return found;
};

/** What the pane's model is built from, for the open round and its selected day; undefined when there is none. */
export const paneContext = (rounds: Round[], state: NavState): PaneContext | undefined => {
	const round = rounds[state.round];
	const day = round ? derived.days(round)[selectedDay(state)] : undefined;
	return round && day ? {round, rounds, state, day} : undefined;
};

/*
 * The pane's view model, kept per round and the state it depends on: a
 * keypress that only scrolls re-renders the frame without rebuilding it.
 */
export const viewModel = (module: AnyPane, context: PaneContext): unknown => {
	const {round, rounds, state, day} = context;
	const key = [
		'model',
		module.id,
		day.date,
		state.metric,
		state.series,
		state.olderOpen,
		state.filter.text,
		state.compare.vs,
		state.compare.claimantRank,
		rounds.map((each) => each.id).join(','),
	].join('\u0000');
	return remember(round, key, () => module.model(context));
};
