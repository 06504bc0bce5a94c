import {readFileSync} from 'node:fs';
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
	return (file) => {
		if (dirname(resolve(file)) !== folder) return undefined;
		const entry = record.files.find(({name}) => name === basename(file));
		if (!entry) return undefined;
		try {
			if (!readFileSync(join(folder, entry.name)).equals(readFileSync(join(validatedCopies(recordFile), entry.name)))) return undefined;
		} catch {
			return undefined;
		}
		if (entry.offsets) rememberOffsetLabels(entry.round.timezone, entry.offsets);
		return {ok: true, file, round: entry.round};
	};
};
