import {closeSync, fstatSync, openSync, readFileSync, readSync} from 'node:fs';
import {basename, dirname, join, resolve} from 'node:path';
import type {LoadResult} from './load-round.js';
import type {Round} from './schema.js';
import {rememberOffsetLabels} from './time.js';

/*
 * The rounds shipped with sitrep are validated when it is built
 * (scripts/build.js writes dist/rounds.json): schema checks, text cleaning and
 * cross-references cost a good part of start-up, and their answer cannot
 * change while the file does not. A shipped file is taken from the record only
 * when its bytes are the ones that were validated, kept verbatim beside the
 * record (byte comparison, not a digest: Node's crypto module alone costs more
 * start-up than reading both copies); any other file, or a changed one, is
 * loaded and checked as usual.
 */

/** `offsets`: the UTC offset label of every local time in the round (time.ts), worked out at build time too. */
export type PrevalidatedRecord = {files: Array<{name: string; round: Round; offsets?: Record<string, string>}>};

/** Where the validated bytes of each recorded file are kept: a folder beside the record. */
export const validatedCopies = (recordFile: string): string => join(dirname(recordFile), 'validated-data');

/*
 * Whether two files hold the same bytes: their sizes, then 64 KB at a time
 * through two buffers. Reading both whole put ~0.75 MB of fresh memory in the
 * way of every start (measured: the snapshot's median 222 → 220 ms, 25
 * interleaved runs each; the comparison alone 5 → 1.7 ms).
 */
const chunk = 64 * 1024;
const sameBytes = (one: string, other: string, buffers: [Buffer, Buffer]): boolean => {
	const [a, b] = buffers;
	const first = openSync(one, 'r');
	try {
		const second = openSync(other, 'r');
		try {
			if (fstatSync(first).size !== fstatSync(second).size) return false;
			for (;;) {
				const got = readSync(first, a, 0, chunk, null);
				if (readSync(second, b, 0, chunk, null) !== got || !a.subarray(0, got).equals(b.subarray(0, got))) return false;
				if (got === 0) return true;
			}
		} finally {
			closeSync(second);
		}
	} finally {
		closeSync(first);
	}
};

/** A loader for openFiles: the validated round for a shipped file whose bytes match, else undefined. */
export const prevalidatedLoader = (recordFile: string, dataDir: string): ((file: string) => LoadResult | undefined) => {
	let record: PrevalidatedRecord;
	try {
		// Written ASCII only (scripts/prevalidate.ts): Latin-1 reads it byte for byte, without decoding UTF-8.
		record = JSON.parse(readFileSync(recordFile, 'latin1')) as PrevalidatedRecord;
	} catch {
		return () => undefined;
	}
	const folder = resolve(dataDir);
	let buffers: [Buffer, Buffer] | undefined;
	return (file) => {
		if (dirname(resolve(file)) !== folder) return undefined;
		const entry = record.files.find(({name}) => name === basename(file));
		if (!entry) return undefined;
		try {
			buffers ??= [Buffer.allocUnsafeSlow(chunk), Buffer.allocUnsafeSlow(chunk)];
			if (!sameBytes(join(folder, entry.name), join(validatedCopies(recordFile), entry.name), buffers)) return undefined;
		} catch {
			return undefined;
		}
		if (entry.offsets) rememberOffsetLabels(entry.round.timezone, entry.offsets);
		return {ok: true, file, round: entry.round};
	};
};
