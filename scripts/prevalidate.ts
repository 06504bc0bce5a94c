// Bundled and run by scripts/build.js: validates the shipped rounds once, at
// build time, into the record source/data/prevalidated.ts reads at start-up.
import {readFileSync} from 'node:fs';
import {basename} from 'node:path';
import {bundledRoundFiles} from '../source/data/catalog.js';
import {loadRound} from '../source/data/load-round.js';
import {sha256, type PrevalidatedRecord} from '../source/data/prevalidated.js';
import {offsetLabelsOf} from '../source/data/time.js';

/** Only files that load cleanly are recorded; any other is left to be loaded (and reported) at run time. */
export const prevalidate = (dataDir: string): PrevalidatedRecord => ({
	files: bundledRoundFiles(dataDir).flatMap((file) => {
		const result = loadRound(file);
		return result.ok
			? [{name: basename(file), sha256: sha256(readFileSync(file)), round: result.round, offsets: offsetLabelsOf(result.round)}]
			: [];
	}),
});
