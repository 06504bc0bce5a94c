// Bundled and run by scripts/build.js: validates the shipped rounds once, at
// build time, into the record source/data/prevalidated.ts reads at start-up.
import {copyFileSync, mkdirSync, rmSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {bundledRoundFiles} from '../source/data/catalog.js';
import {loadRound} from '../source/data/load-round.js';
import {validatedCopies, type PrevalidatedRecord} from '../source/data/prevalidated.js';
import {offsetLabelsOf} from '../source/data/time.js';

/** Only files that load cleanly are recorded; any other is left to be loaded (and reported) at run time. */
export const prevalidate = (dataDir: string): PrevalidatedRecord => ({
	files: bundledRoundFiles(dataDir).flatMap((file) => {
		const result = loadRound(file);
		return result.ok ? [{name: basename(file), round: result.round, offsets: offsetLabelsOf(result.round)}] : [];
	}),
});

/** Writes the record of `dataDir` to `recordFile`, with a verbatim copy of each recorded file beside it. */
export const writePrevalidated = (dataDir: string, recordFile: string): void => {
	const record = prevalidate(dataDir);
	const copies = validatedCopies(recordFile);
	rmSync(copies, {recursive: true, force: true});
	mkdirSync(copies, {recursive: true});
	for (const {name} of record.files) copyFileSync(join(dataDir, name), join(copies, name));
	// ASCII only (other characters as \u escapes): read as Latin-1, one byte a character, without UTF-8 decoding.
	const ascii = JSON.stringify(record).replace(
		/[\u0080-\uffff]/g,
		(character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
	);
	writeFileSync(recordFile, ascii);
};
