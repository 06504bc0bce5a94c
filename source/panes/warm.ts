import type {Round} from '../data/schema.js';
import {selectedDay, type NavState, type Pane} from '../state/navigation.js';
import {paneContext, paneModule, paneModules, viewModel} from './registry.js';

/*
 * Between keys the app has time to spare. It works out, one at a time, the
 * view models the next key most likely needs: the open pane on the days either
 * side, then every other pane on this day. A pane's first model in a round is
 * built at once (it derives what the pane needs across the whole round, the
 * costly part on a large one); its models for other days wait until keys pause
 * for `otherPanesAfter` ms, so that stepping quickly through the days is not
 * slowed by models for panes nobody opens. A first visit to a pane or a day
 * then draws from a kept model instead of deriving it while the reader waits.
 * Each model is its own turn of the event loop, so a key that arrives meanwhile
 * waits for one model at most; the returned function cancels the rest.
 */

// The panes whose model was built here at least once, per round.
const builtIn = new WeakMap<Round, Set<Pane>>();

export const warmModels = (rounds: Round[], state: NavState, otherPanesAfter = 0): (() => void) => {
	const dayCount = state.rounds[state.round]?.dayCount ?? 0;
	const day = selectedDay(state);
	const at = (pane: Pane, index: number): NavState => ({
		...state,
		pane,
		days: state.days.map((each, round) => (round === state.round ? index : each)),
	});
	const order = paneModules.map((module) => module.id);
	const current = order.indexOf(state.pane);
	const days = [day - 1, day + 1].filter((index) => index >= 0 && index < dayCount).map((index) => at(state.pane, index));
	const round = rounds[state.round];
	const built = round ? (builtIn.get(round) ?? builtIn.set(round, new Set()).get(round)!) : new Set<Pane>();
	const others = [...order.slice(current + 1), ...order.slice(0, Math.max(0, current))];
	const firstModels = others.filter((pane) => !built.has(pane)).map((pane) => at(pane, day));
	const otherDays = others.filter((pane) => built.has(pane)).map((pane) => at(pane, day));
	let timer: NodeJS.Timeout | undefined;
	const warm = (job: NavState) => {
		try {
			const context = paneContext(rounds, job);
			if (context) viewModel(paneModule(job.pane), context);
			built.add(job.pane);
		} catch {
			// Only a head start: drawn for real, the pane shows its own error.
		}
	};
	// The jobs one per turn of the event loop, then `after`.
	const run = (jobs: NavState[], after?: () => void) => {
		const next = () => {
			const job = jobs.shift();
			if (!job) return after?.();
			warm(job);
			timer = setTimeout(next, 0).unref();
		};
		timer = setTimeout(next, 0).unref();
	};
	run([...days, ...firstModels], () => {
		timer = setTimeout(() => run(otherDays), otherPanesAfter).unref();
	});
	return () => clearTimeout(timer);
};
