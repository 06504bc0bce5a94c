import type {Round} from '../data/schema.js';
import type {Day} from '../data/calendar.js';
import type {NavState} from '../state/navigation.js';
import {paneContext, paneModule, viewModel} from '../panes/registry.js';

/*
 * The data behind a pane: what `--export x.json` writes. It is the pane's view
 * model, written by the pane's own JSON writer, so its figures are the screen's;
 * `figures` lists every figure shown with its source marks, `sources` what they cite.
 */

export type PaneData = {
	round: {id: string; title: string};
	pane: NavState['pane'];
	day: Day;
	[key: string]: unknown;
};

export const paneData = (rounds: Round[], state: NavState): PaneData => {
	const context = paneContext(rounds, state);
	if (!context) throw new Error('no round or day to export');
	const {round, day} = context;
	const module = paneModule(state.pane);
	const model = viewModel(module, context);
	return {
		round: {id: round.id, title: round.title},
		pane: state.pane,
		day,
		...module.json(model),
		figures: module.figures(model),
		sources: module.cited(model),
	};
};
