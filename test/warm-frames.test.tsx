import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {renderToString} from 'ink';
import {cleanup, render} from 'ink-testing-library';
import type {Round} from '../source/data/schema.js';
import {App} from '../source/ui/App.js';
import {Dashboard, type FrameProps} from '../source/ui/Dashboard.js';
import {frameWarmup, framesNearby, type FrameWarmup} from '../source/ui/warm-frames.js';
import {openingState} from '../source/ui/session.js';
import {framesAfterKeys, loadRounds, tick, waitFor} from './helpers.js';

/*
 * Between keys the app draws the frames a key away off-screen (ui/warm-frames.ts),
 * so a first visit to a pane is as quick as a repeat. A reader must never see it:
 * not in a frame, and not as a key that waits for it.
 */

afterEach(() => cleanup());

// Its own rounds for each app: the view models are kept per round, so an app never sees what another one warmed.
const freshRounds = (): Round[] => loadRounds();

const inkDraw = (props: FrameProps) => {
	renderToString(<Dashboard {...props} />, {columns: props.width});
};

/** A warm-up that draws with Ink, as the app's own does, and counts its draws. */
const countedWarmup = (passes = 2) => {
	let draws = 0;
	const warmup = frameWarmup((props) => {
		draws++;
		inkDraw(props);
	}, passes);
	return {warmup, draws: () => draws};
};

/** A warm-up that draws nothing: the app as it was before warming existed. */
const noWarmup: FrameWarmup = {resume() {}, stop() {}};

test('an app that warmed every frame a key away draws, key for key, the frames of one that did not', async () => {
	const counted = countedWarmup();
	const jobs = framesNearby({
		rounds: freshRounds(),
		state: openingState(freshRounds()),
		width: 100,
		height: 24,
	}).length;
	const warmed = await framesAfterKeys(counted.warmup, () => counted.draws() >= jobs * 2);
	const cold = await framesAfterKeys(noWarmup, () => true);
	assert.equal(counted.draws() >= jobs * 2, true);
	assert.equal(warmed.frames.length, warmed.keys + 1);
	for (const [index, frame] of cold.frames.entries()) assert.equal(warmed.frames[index], frame, `frame after ${index} keys`);
});

test('a key stops the warm-up at once; it goes on once keys pause, and ends when each frame is drawn', async () => {
	const counted = countedWarmup(3);
	const app = render(<App rounds={freshRounds()} initial={openingState(freshRounds())} linear={false} warmup={counted.warmup} />);
	await waitFor(() => counted.draws() >= 1, 'the warm-up starts after the first frame');
	app.stdin.write('3');
	const atKey = counted.draws();
	// The key's frame is drawn, then several more turns of the event loop: nothing is warmed while keys come.
	await waitFor(() => /\[3 Casualties\]/.test(app.lastFrame() ?? ''), 'the key is drawn');
	await tick(60);
	assert.equal(counted.draws(), atKey, 'no frame warmed right after a key');
	// Keys pause: it goes on, from the pane now open, and stops by itself once every frame a key away is drawn three times.
	const state = {...openingState(freshRounds()), pane: 'casualties' as const};
	const jobs = framesNearby({rounds: freshRounds(), state, width: 100, height: 24}).length;
	await waitFor(() => counted.draws() >= jobs * 3, 'the warm-up goes on once keys pause');
	// Then it stops: no draw for 300 ms, within 5 s.
	let done = -1;
	for (let waited = 0; waited < 5000 && counted.draws() !== done; waited += 300) {
		done = counted.draws();
		await tick(300);
	}
	assert.equal(counted.draws(), done, 'nothing more is drawn once every frame is warm');
	// Frames drawn before the key count towards their three (the pane one was drawn for may be open now).
	assert.ok(done <= jobs * 3 + atKey, `${done} draws, at most ${jobs * 3 + atKey}`);
	app.unmount();
});

test('the frames a key away: every other pane on this day, and this pane the day before and after', () => {
	const shown = freshRounds();
	const state = openingState(shown);
	const nearby = framesNearby({rounds: shown, state, width: 120, height: 40});
	const day = state.days[state.round]!;
	assert.deepEqual(
		nearby.map(({props}) => `${props.state.pane} ${props.state.days[state.round]! - day}`),
		['escalation 0', 'casualties 0', 'diplomacy 0', 'sources 0', 'compare 0', 'overview -1', 'overview 1'],
	);
	assert.ok(nearby.every(({props}) => props.width === 120 && props.height === 40 && props.state.overlay === 'none'));
});

test('stop cancels a warm-up that has not drawn yet; a new size warms every frame again', async () => {
	let draws = 0;
	const warmup = frameWarmup(() => draws++, 1);
	const props = {rounds: freshRounds(), state: openingState(freshRounds()), width: 100, height: 24};
	warmup.resume(props, 0);
	warmup.stop();
	await tick(50);
	assert.equal(draws, 0);
	warmup.resume(props, 0);
	await waitFor(() => draws === framesNearby(props).length, 'every frame is drawn once');
	warmup.resume(props, 0);
	await tick(50);
	assert.equal(draws, framesNearby(props).length, 'drawn once per size');
	warmup.resume({...props, width: 120}, 0);
	await waitFor(() => draws === 2 * framesNearby(props).length, 'a new size draws them again');
});
