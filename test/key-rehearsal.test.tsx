import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {cleanup, render} from 'ink-testing-library';
import type {Round} from '../source/data/schema.js';
import {App, defaultWarmup, mountCopy} from '../source/ui/App.js';
import type {FrameWarmup} from '../source/ui/warm-frames.js';
import {keyRehearsal, rehearsalKeys, type MountCopy} from '../source/ui/key-rehearsal.js';
import {panes} from '../source/state/navigation.js';
import {openingState} from '../source/ui/session.js';
import {arrows, framesAfterKeys, loadRounds, strip, tick, waitFor} from './helpers.js';

/*
 * Once the frames a key away are drawn, the app rehearses keys on an
 * off-screen copy of itself (ui/key-rehearsal.ts). The reader must never see
 * it: not in a frame, not on the terminal, not as a key that waits for it.
 */

afterEach(() => cleanup());

const freshRounds = (): Round[] => loadRounds();
const noWarmup: FrameWarmup = {resume() {}, stop() {}};

/** The app's own copy, counted: copies mounted and taken down, keys it was sent, bytes it drew. */
const countedCopy = () => {
	const counts = {mounted: 0, unmounted: 0, keys: 0, written: 0};
	let drawn = '';
	let last = '';
	const mount: MountCopy = (props, streams) => {
		counts.mounted++;
		const stdin = streams.stdin as unknown as NodeJS.EventEmitter;
		stdin.on('readable', () => counts.keys++);
		const stdout = streams.stdout as unknown as {write: (chunk: string) => boolean};
		const write = stdout.write.bind(stdout);
		stdout.write = (chunk: string) => {
			counts.written += chunk.length;
			drawn += chunk;
			// A whole frame (Ink writes each one in one piece, after the codes that erase the last): it has the tab bar.
			if (chunk.includes('Overview')) last = chunk;
			return write(chunk);
		};
		const unmount = mountCopy(props, streams);
		return () => {
			counts.unmounted++;
			unmount();
		};
	};
	return {mount, counts, drawn: () => strip(drawn), lastFrame: () => strip(last)};
};

test('an app that rehearsed keys draws, key for key, the frames of one that did not, and nothing more', async () => {
	const {mount, counts, lastFrame} = countedCopy();
	// The app's keys, then one more, so that the copy ends away from where it started: six days back, on Casualties.
	const sequence = [...rehearsalKeys(1), '3'];
	const rehearsing = await framesAfterKeys(defaultWarmup(mount, sequence, 1), () => counts.unmounted === 1);
	const plain = await framesAfterKeys(noWarmup, () => true);
	assert.deepEqual(counts, {...counts, mounted: 1, unmounted: 1, keys: sequence.length});
	// The copy took the keys: its last frame, off-screen (in CI, Ink writes only that one), is Casualties on day 6.
	assert.match(lastFrame(), /Day 6 · [^]*\[3 Casualties\]/);
	assert.equal(rehearsing.written, plain.written, 'the reader’s terminal was written the same number of frames');
	for (const [index, frame] of plain.frames.entries()) assert.equal(rehearsing.frames[index], frame, `frame after ${index} keys`);
});

test('a key stops the rehearsal at once; it goes on where it stopped once keys pause, then the copy is taken down', async () => {
	const {mount, counts} = countedCopy();
	const sequence = rehearsalKeys(3);
	const app = render(
		<App rounds={freshRounds()} initial={openingState(freshRounds())} linear={false} warmup={defaultWarmup(mount, sequence, 1)} />,
	);
	await waitFor(() => counts.keys >= 3, 'the rehearsal starts once the frames a key away are drawn');
	app.stdin.write('3');
	const atKey = counts.keys;
	await waitFor(() => /\[3 Casualties\]/.test(app.lastFrame() ?? ''), 'the key is drawn');
	await tick(60);
	assert.ok(counts.keys <= atKey + 1, `no key rehearsed right after a real one (${atKey} → ${counts.keys})`);
	assert.equal(counts.unmounted, 0);
	await waitFor(() => counts.unmounted === 1, 'it goes on once keys pause, and ends', 10_000);
	assert.deepEqual(counts, {...counts, mounted: 1, keys: sequence.length});
	// Keys pause again after another key: its frames are warmed, but the keys were rehearsed once: no second copy.
	app.stdin.write('4');
	await tick(600);
	assert.equal(counts.mounted, 1);
	app.unmount();
});

test('an app that ends while it rehearses takes its copy down', async () => {
	const {mount, counts} = countedCopy();
	const app = render(
		<App rounds={freshRounds()} initial={openingState(freshRounds())} linear={false} warmup={defaultWarmup(mount, rehearsalKeys(4), 1)} />,
	);
	await waitFor(() => counts.keys >= 2, 'the rehearsal starts');
	app.unmount();
	assert.equal(counts.unmounted, 1);
	const atEnd = counts.keys;
	await tick(50);
	assert.equal(counts.keys, atEnd, 'no key after the app ended');
});

test('the copy starts browsing, whatever the reader had open: a filter being typed, the help', async () => {
	const {mount, counts, drawn} = countedCopy();
	const shown = freshRounds();
	const initial = {...openingState(shown), overlay: 'help' as const, filter: {text: 'x', editing: true}};
	const rehearsal = keyRehearsal(mount, ['2']);
	rehearsal.resume({rounds: shown, state: initial, width: 100, height: 24});
	await waitFor(() => counts.unmounted === 1, 'the rehearsal ends', 10_000);
	assert.match(drawn(), /\[2 Escalation\]/);
});

test('the keys rehearsed: every pane key, and days back and forth', () => {
	const sequence = rehearsalKeys();
	assert.deepEqual(new Set(sequence), new Set([...panes.map((_, index) => String(index + 1)), arrows.left, arrows.right]));
});

test('one key per turn of the event loop; stopped, none; a copy that fails to mount or to take a key is given up', async () => {
	const props = {rounds: freshRounds(), state: openingState(freshRounds()), width: 100, height: 24};
	const pressed: string[] = [];
	let unmounted = 0;
	const fake: MountCopy = (_props, {stdin}) => {
		const input = stdin as unknown as {read: () => string | null; on: (event: string, listener: () => void) => void};
		input.on('readable', () => pressed.push(input.read()!));
		return () => unmounted++;
	};
	const rehearsal = keyRehearsal(fake, ['1', '2', '3']);
	rehearsal.resume(props);
	assert.deepEqual(pressed, [], 'nothing on the turn it is asked');
	await tick(0);
	rehearsal.stop();
	const atStop = pressed.length;
	await tick(30);
	assert.equal(pressed.length, atStop, 'nothing after stop');
	rehearsal.resume(props);
	await waitFor(() => unmounted === 1, 'taken down after the last key');
	assert.deepEqual(pressed, ['1', '2', '3']);
	rehearsal.resume(props);
	await tick(30);
	assert.equal(unmounted, 1, 'done once');

	let mounts = 0;
	const failing = keyRehearsal(() => {
		mounts++;
		throw new Error('no terminal');
	}, ['1']);
	failing.resume(props);
	failing.resume(props);
	assert.equal(mounts, 1, 'a copy that cannot mount is not tried again');

	let takenDown = 0;
	const throwing = keyRehearsal(
		(_props, {stdin}) => {
			(stdin as unknown as NodeJS.EventEmitter).on('readable', () => {
				throw new Error('broken');
			});
			return () => takenDown++;
		},
		['1', '2'],
	);
	throwing.resume(props);
	await waitFor(() => takenDown === 1, 'a key the copy fails on takes it down');
});
