import {readFileSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {basename, dirname, join, resolve} from 'node:path';
import type {LoadResult} from './load-round.js';
import type {Round} from './schema.js';
import {rememberOffsetLabels} from './time.js';

/*
 * The rounds shipped with sitrep are validated when it is built
 * (scripts/build.js writes dist/rounds.json): schema checks, text cleaning and
 * cross-references cost a good part of start-up, and their answer cannot
 * change while the file does not. A shipped file is taken from the record only
 * when its bytes are the ones that were validated; any other file, or a changed
 * one, is loaded and checked as usual.
 */

/** `offsets`: the UTC offset label of every local time in the round (time.ts), worked out at build time too. */
export type PrevalidatedRecord = {files: Array<{name: string; sha256: string; round: Round; offsets?: Record<string, string>}>};

export const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex');

/** A loader for openFiles: the validated round for a shipped file whose bytes match, else undefined. */
export const prevalidatedLoader = (recordFile: string, dataDir: string): ((file: string) => LoadResult | undefined) => {
	let record: PrevalidatedRecord;
	try {
		record = JSON.parse(readFileSync(recordFile, 'utf8')) as PrevalidatedRecord;
	} catch {
		return () => undefined;
	}
	const folder = resolve(dataDir);
	return (file) => {
		if (dirname(resolve(file)) !== folder) return undefined;
		const entry = record.files.find(({name}) => name === basename(file));
		if (!entry) return undefined;
		try {
			if (sha256(readFileSync(join(folder, entry.name))) !== entry.sha256) return undefined;
		} catch {
			return undefined;
		}
		if (entry.offsets) rememberOffsetLabels(entry.round.timezone, entry.offsets);
		return {ok: true, file, round: entry.round};
	};
};
