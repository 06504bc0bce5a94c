import assert from 'node:assert/strict';
import {createElement} from 'react';
import {renderToString} from 'ink';
import {render} from 'ink-testing-library';
import type {Figure, Round} from '../source/data/schema.js';
import {bundledRoundFiles, byRecency, openCatalog} from '../source/data/catalog.js';
import {Dashboard} from '../source/ui/Dashboard.js';
import {App, type Exporter} from '../source/ui/App.js';
import type {FrameWarmup} from '../source/ui/warm-frames.js';
import {openingState} from '../source/ui/session.js';
import type {NavState} from '../source/state/navigation.js';
import {stripSgr} from '../source/view/ansi.js';

/*
 * The one test harness: load rounds, render a frame at a size, strip its
 * escapes, run the app and press keys. Every test builds on these.
 */

/** The bundled rounds (data/*.json), most recent first, plus any extra files (e.g. the hostile fixture). */
export const loadRounds = (...extra: string[]): Round[] => byRecency(openCatalog([...bundledRoundFiles('data'), ...extra]).rounds);

/** The bundled rounds, loaded once for the whole test file. */
export const rounds = loadRounds();

/** Text as a reader sees it: the frame without colour and style sequences. */
export const strip = (text: string | undefined): string => stripSgr(text ?? '');

/** The frame a terminal of this size shows for this state, as plain lines. */
export const frameLines = (shown: Round[], state: NavState, width: number, height: number): string[] =>
	strip(renderToString(createElement(Dashboard, {rounds: shown, state, width, height}), {columns: width})).split('\n');

export const tick = (ms = 25) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The interactive app in ink-testing-library's terminal (100 columns; with no
 * row count the app assumes 24): press keys, read the frame, wait for it to show something.
 */
export const startApp = async (exporter?: Exporter, initial: NavState = openingState(rounds)) => {
	const app = render(createElement(App, {rounds, initial, linear: false, ...(exporter ? {exporter} : {})}));
	await tick();
	const keys = async (...sequence: string[]) => {
		for (const key of sequence) {
			app.stdin.write(key);
			await tick();
		}
	};
	const frame = () => strip(app.lastFrame());
	// Renders land asynchronously; wait (up to 2 s) for the frame to show what a user would see.
	const shows = async (pattern: RegExp, shown = true) => {
		for (let waited = 0; waited < 2000 && pattern.test(frame()) !== shown; waited += 20) await tick(20);
		if (shown) assert.match(frame(), pattern);
		else assert.doesNotMatch(frame(), pattern);
	};
	return {frame, keys, shows};
};

/** Arrow keys as a terminal sends them. */
export const arrows = {up: '\u001B[A', down: '\u001B[B', right: '\u001B[C', left: '\u001B[D', shiftTab: '\u001B[Z'};

/** Waits (up to `ms`) until `done`, then asserts it. */
export const waitFor = async (done: () => boolean, what: string, ms = 5000) => {
	for (let waited = 0; waited < ms && !done(); waited += 10) await tick(10);
	assert.ok(done(), what);
};

// Every pane, the days either side, a selection, the help: what a reader might press after the first frame (each changes it).
const readerKeys = ['2', '3', arrows.left, '4', arrows.down, '5', '6', arrows.right, '1', arrows.left, '?', '\u001B', '3', '2'];

/**
 * An app (its own rounds, so nothing another app worked out is shared) with this warm-up: once `ready`, a reader's
 * keys, each waited for. The frames after each key, and how many frames its terminal was written.
 */
export const framesAfterKeys = async (warmup: FrameWarmup, ready: () => boolean) => {
	const app = render(createElement(App, {rounds: loadRounds(), initial: openingState(loadRounds()), linear: false, warmup}));
	await waitFor(ready, 'the warm-up finished before the first key', 10_000);
	const frames = [app.lastFrame()];
	for (const key of readerKeys) {
		const before = app.lastFrame();
		app.stdin.write(key);
		await waitFor(() => app.lastFrame() !== before, `${JSON.stringify(key)} changes the frame`);
		frames.push(app.lastFrame());
	}
	const written = app.frames.length;
	app.unmount();
	return {frames, written, keys: readerKeys.length};
};

/** A minimal valid round to build test cases on; days 10–14 Jan 2030, start on the 11th. */
export const makeRound = (overrides: Partial<Round> = {}): Round => ({
	id: 'test-round',
	title: 'Test round',
	shortTitle: 'Test',
	start: '2030-01-11',
	end: '2030-01-13',
	leadUpFrom: '2030-01-10',
	aftermathUntil: '2030-01-14',
	timezone: 'UTC',
	parties: ['A', 'B'],
	sources: [{id: 'src', outlet: 'Outlet', kind: 'news'}],
	events: [],
	figures: [],
	initiatives: [],
	statements: [],
	...overrides,
});

let counter = 0;
/** A figure with sensible defaults: killed, population P, exact, cumulative. */
export const claim = (fields: Partial<Figure> & Pick<Figure, 'date' | 'value' | 'claimant'>): Figure => ({
	id: `f-${++counter}`,
	metric: 'killed',
	population: 'P',
	qualifier: 'exact',
	scope: 'cumulative',
	sources: ['src'],
	...fields,
});
