import {EventEmitter} from 'node:events';
import {panes} from '../state/navigation.js';
import type {FrameProps} from './Dashboard.js';

/*
 * The frames drawn off-screen after the first one (warm-frames.ts) are drawn
 * from scratch; a key changes the frame on screen, and the code that does
 * that (Ink reading the key, React updating a mounted tree, Ink diffing the
 * new frame against the last) never ran in them. V8 went on compiling it
 * during the reader's keys, and a key that met a compile took two or three
 * times as long. So once the frames are drawn, the app rehearses keys: a
 * second, off-screen copy of the app, on a terminal of the same size that
 * shows nothing, is sent every pane key in turn and steps through the days,
 * one key per turn of the event loop. A real key stops it at once (it
 * resumes when keys pause, where it stopped); after the last key, or when the
 * app ends, the copy is taken down. The copy has its own state, and every
 * cache it fills is keyed by what it holds: the reader's frames are byte for
 * byte what they would have been (test/key-rehearsal.test.tsx). Measured (key
 * harness, four runs of 120 keys each way): p95 5.5 → 4.2 ms, keys over 5 ms
 * 28 → 14 of 477 (README, Performance).
 */

/** A terminal of the reader's size that keeps nothing it is sent (the key bench times its writes). */
export class Offscreen extends EventEmitter {
	readonly isTTY = true;
	constructor(
		readonly columns: number,
		readonly rows: number,
	) {
		super();
	}
	write(_chunk: string): boolean {
		return true;
	}
}

/** Keys typed into the copy (and by the key bench): what Ink reads from a terminal in raw mode. */
export class Keys extends EventEmitter {
	readonly isTTY = true;
	#pending: string | null = null;
	setEncoding() {}
	setRawMode() {}
	resume() {}
	pause() {}
	ref() {}
	unref() {}
	read = (): string | null => {
		const pending = this.#pending;
		this.#pending = null;
		return pending;
	};
	press(key: string): void {
		this.#pending = key;
		this.emit('readable');
	}
}

/** Mounts the app's copy on the given streams (the app passes Ink's render); gives the way to take it down. */
export type MountCopy = (props: FrameProps, streams: {stdout: NodeJS.WriteStream; stdin: NodeJS.ReadStream}) => () => void;

export type KeyRehearsal = {
	/** Rehearses from where it stopped, on the reader's frame as `props` has it (the first call starts the copy there). */
	resume: (props: FrameProps) => void;
	/** Stops between two keys (a real key arrived); what was rehearsed stays done. */
	stop: () => void;
	/** The app ends: the copy is taken down, and nothing more is rehearsed. */
	end: () => void;
};

const left = '\u001B[D';
const right = '\u001B[C';

/** Every pane key in turn, `rounds` times, then six days back and six on, as often: what a reader's keys run. */
export const rehearsalKeys = (rounds = 8): string[] => [
	...Array.from({length: rounds * panes.length}, (_, index) => String(((index + 1) % panes.length) + 1)),
	...Array.from({length: rounds * 6}, (_, index) => (Math.floor(index / 6) % 2 === 0 ? left : right)),
];

export const keyRehearsal = (mount: MountCopy, keys = rehearsalKeys()): KeyRehearsal => {
	let next = 0;
	let copy: {keys: Keys; unmount: () => void} | undefined;
	let timer: NodeJS.Timeout | undefined;
	const stop = () => {
		clearTimeout(timer);
		timer = undefined;
	};
	const takeDown = () => {
		const unmount = copy?.unmount;
		copy = undefined;
		next = keys.length;
		try {
			unmount?.();
		} catch {
			// The copy is only a head start: whatever it failed at, the reader's app goes on.
		}
	};
	const step = () => {
		if (!copy) return;
		if (next >= keys.length) return takeDown();
		try {
			copy.keys.press(keys[next++]!);
		} catch {
			return takeDown();
		}
		timer = setTimeout(step, 0);
		timer.unref?.();
	};
	const resume = (props: FrameProps) => {
		stop();
		if (next >= keys.length) return;
		if (!copy) {
			const stdin = new Keys();
			const stdout = new Offscreen(props.width, props.height);
			try {
				const unmount = mount(props, {stdout: stdout as unknown as NodeJS.WriteStream, stdin: stdin as unknown as NodeJS.ReadStream});
				copy = {keys: stdin, unmount};
			} catch {
				// Only a head start: without it, the reader's first keys compile what they need.
				next = keys.length;
				return;
			}
		}
		timer = setTimeout(step, 0);
		timer.unref?.();
	};
	return {
		resume,
		stop,
		end: () => {
			stop();
			takeDown();
		},
	};
};
