/*
 * sitrep's own output: whether a descriptor is a terminal, and whole writes to
 * standard output and error. A snapshot, an export or `validate` writes its text
 * with write(2) and never sets up process.stdout or process.stderr: those
 * streams, and Node's tty module, load Node's network and stream modules, a good
 * part of the start-up of a run that prints one frame. The interactive session
 * (Ink) uses the streams as usual.
 */
import {fstatSync, statSync, writeSync} from 'node:fs';

let tty: typeof import('node:tty') | undefined;
let devNull: number | undefined;

/**
 * isatty(fd), without loading the tty module when the descriptor's kind answers
 * first: only a character device can be a terminal, and /dev/null never is.
 * Also what chalk's colour detection uses (scripts/ink-patches.js).
 */
export const isTerminal = (fd: number): boolean => {
	if (process.platform !== 'win32') {
		let rdev: number;
		try {
			const stats = fstatSync(fd);
			if (!stats.isCharacterDevice()) return false;
			rdev = stats.rdev;
		} catch {
			// A closed descriptor is no terminal (isatty says the same).
			return false;
		}
		try {
			devNull ??= statSync('/dev/null').rdev;
			if (rdev === devNull) return false;
		} catch {
			// No /dev/null to compare with: ask isatty.
		}
	}
	tty ??= process.getBuiltinModule('node:tty');
	return tty.isatty(fd);
};

// A full pipe whose descriptor is non-blocking answers EAGAIN: wait a little for the reader.
const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** Writes all of `text` to `fd`, waiting for a slow reader; throws the system error otherwise. */
export const writeAll = (fd: number, text: string): void => {
	const bytes = Buffer.from(text);
	for (let offset = 0; offset < bytes.length;) {
		try {
			offset += writeSync(fd, bytes, offset);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
			pause(2);
		}
	}
};

/*
 * A reader that stops early (`sitrep validate … | head -1`) is not an error:
 * exit quietly; an output that fails otherwise (a full disk) exits 1. Said once
 * for the streams too, where Ink writes.
 */
const closedOutput = (error: unknown): never => process.exit((error as NodeJS.ErrnoException).code === 'EPIPE' ? 0 : 1);

const writeOrExit = (fd: number, text: string) => {
	try {
		writeAll(fd, text);
	} catch (error) {
		const {code} = error as NodeJS.ErrnoException;
		// Said on standard error when it is standard output that failed (and standard error still takes it).
		if (code !== 'EPIPE' && fd === 1)
			try {
				writeAll(2, `sitrep: cannot write to standard output (${code ?? 'unknown error'})\n`);
			} catch {
				// Nowhere left to say it.
			}
		closedOutput(error);
	}
};

/** Standard output, written now. */
export const out = (text: string): void => writeOrExit(1, text);
/** Standard error, written now. */
export const err = (text: string): void => writeOrExit(2, text);

/** For a session that writes through process.stdout and process.stderr (Ink): the same rule on their errors. */
export const quietOnClosedStreams = (): void => {
	for (const stream of [process.stdout, process.stderr]) stream.on('error', closedOutput);
};
