import type {Round} from '../data/schema.js';
import {selectedDay, type NavState, type Pane} from '../state/navigation.js';
import {paneContext, paneModule, paneModules, viewModel} from './registry.js';

/*
 * Between keys the app has time to spare. It works out, one at a time, the
 * view models the next key most likely needs: the open pane on the days either
 * side, then every other pane on this day. A first visit to a pane or a day
 * then draws from a kept model instead of deriving it while the reader waits.
 * Each model is its own turn of the event loop, so a key that arrives
 * meanwhile waits for one model at most; the returned function cancels the rest.
 */
export const warmModels = (rounds: Round[], state: NavState): (() => void) => {
	const dayCount = state.rounds[state.round]?.dayCount ?? 0;
	const day = selectedDay(state);
	const at = (pane: Pane, index: number): NavState => ({
		...state,
		pane,
		days: state.days.map((each, round) => (round === state.round ? index : each)),
	});
	const order = paneModules.map((module) => module.id);
	const current = order.indexOf(state.pane);
	const jobs: NavState[] = [
		...[day - 1, day + 1].filter((index) => index >= 0 && index < dayCount).map((index) => at(state.pane, index)),
		...[...order.slice(current + 1), ...order.slice(0, Math.max(0, current))].map((pane) => at(pane, day)),
	];
	let timer: NodeJS.Timeout | undefined;
	const next = () => {
		const job = jobs.shift();
		if (!job) return;
		try {
			const context = paneContext(rounds, job);
			if (context) viewModel(paneModule(job.pane), context);
		} catch {
			// Only a head start: drawn for real, the pane shows its own error.
		}
		timer = setTimeout(next, 0).unref();
	};
	timer = setTimeout(next, 0).unref();
	return () => clearTimeout(timer);
};
