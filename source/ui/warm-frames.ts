import {selectedDay, panes, type NavState} from '../state/navigation.js';
import type {FrameProps} from './Dashboard.js';

/*
 * The first time a pane is drawn, the code that draws it runs for the first
 * time: V8 compiles it and optimises it only after a few runs, Yoga's wasm
 * is not tiered up yet, and Ink's composer has none of its rows. A first visit
 * cost 5–15 times a repeat one. So while the reader reads the first frame, the
 * app draws, off-screen, the frames one key away (every other pane on this day,
 * the open pane on the days either side), a dozen times each, and drops them.
 * Nothing is written anywhere, and the caches those draws fill (view models,
 * Ink's string widths and composed rows) are keyed by what they hold, so every
 * frame later drawn is byte for byte what it would have been.
 *
 * One frame per turn of the event loop. A key stops it at once (the app calls
 * stop from its input handler), and it goes on only after the keys have paused
 * for a moment: it never draws while someone types. Each frame is drawn
 * `passes` times at a terminal size, then never again until the size changes.
 */

/** Draws a frame and drops it (the app passes Ink's renderToString). */
export type DrawFrame = (props: FrameProps) => void;

export type FrameWarmup = {
	/** Warms the frames one key away from `props`, starting after `delay` ms; a call replaces the previous one. */
	resume: (props: FrameProps, delay: number) => void;
	/** Stops drawing (a key arrived, or the app ends); what was drawn stays counted. */
	stop: () => void;
	/** The app ends: anything kept for the warm-up goes too (the default one's copy of the app: key-rehearsal.ts). */
	end?: () => void;
};

type Job = {id: string; props: FrameProps};

/** The frames one key from `props`: the other panes on this day, then the open pane a day back and a day on. */
export const framesNearby = (props: FrameProps): Job[] => {
	const {state} = props;
	const dayCount = state.rounds[state.round]?.dayCount ?? 0;
	const day = selectedDay(state);
	const at = (pane: NavState['pane'], index: number): FrameProps => ({
		rounds: props.rounds,
		width: props.width,
		height: props.height,
		linear: props.linear,
		panes: props.panes,
		// As the key leaves it: no one-off message, no overlay, the list at its top.
		state: {
			...state,
			pane,
			overlay: 'none',
			overlayScroll: 0,
			days: state.days.map((each, round) => (round === state.round ? index : each)),
		},
	});
	return [
		...panes.filter((pane) => pane !== state.pane).map((pane) => ({id: `${pane} 0`, props: at(pane, day)})),
		...[-1, 1]
			.filter((step) => day + step >= 0 && day + step < dayCount)
			.map((step) => ({id: `${state.pane} ${step}`, props: at(state.pane, day + step)})),
	];
};

/*
 * Twelve passes: V8 goes on optimising React's and Ink's hottest functions for a
 * dozen draws; with three, that work fell on the reader's first keys (key p95
 * 6.3 → 4.5 ms, p99 9.6 → 6.5, bench harness, keys a second after the first
 * frame). Passes are counted per job and size, and a job is a pane or a day
 * step away from the open one: the first screen's 7 jobs take 84 frames, about
 * half a second of otherwise idle time; later keys add the jobs not yet drawn
 * (at most 18 per size). Then `drawnAll` (the app rehearses keys: key-rehearsal.ts).
 */
export const frameWarmup = (draw: DrawFrame, passes = 12, drawnAll?: (props: FrameProps) => void): FrameWarmup => {
	// How many times each job has been drawn at the current size.
	const drawn = new Map<string, number>();
	let size = '';
	let timer: NodeJS.Timeout | undefined;
	// Bumped by stop: a draw that stopped the warm-up meanwhile schedules nothing more.
	let generation = 0;
	const stop = () => {
		clearTimeout(timer);
		timer = undefined;
		generation++;
	};
	const resume = (props: FrameProps, delay: number) => {
		stop();
		const at = `${props.width}×${props.height}`;
		if (at !== size) {
			size = at;
			drawn.clear();
		}
		const jobs = framesNearby(props);
		const mine = generation;
		const next = () => {
			// Round robin: the job drawn least often goes first, so every pane gets its first draw early.
			const job = jobs.reduce<Job | undefined>(
				(least, each) => ((drawn.get(each.id) ?? 0) < (least ? (drawn.get(least.id) ?? 0) : passes) ? each : least),
				undefined,
			);
			if (!job) return drawnAll?.(props);
			drawn.set(job.id, (drawn.get(job.id) ?? 0) + 1);
			try {
				draw(job.props);
			} catch {
				// Only a head start: drawn for real, the frame shows its own error.
			}
			if (mine !== generation) return;
			timer = setTimeout(next, 0);
			timer.unref?.();
		};
		timer = setTimeout(next, delay);
		timer.unref?.();
	};
	return {resume, stop};
};
