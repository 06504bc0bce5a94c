import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {loadRound, type LoadResult, type Problem} from './load-round.js';
import type {Window} from './acled.js';
import type {Round} from './schema.js';
import {compareDates} from './calendar.js';

/** The rounds sitrep has open, and the files that could not be opened. */
export type Catalog = {rounds: Round[]; skipped: Array<{file: string; problems: Problem[]}>};

/** The round files shipped in a data folder: every .json there but the schema. */
export const bundledRoundFiles = (dataDir: string): string[] =>
	readdirSync(dataDir)
		.filter((name) => name.endsWith('.json') && name !== 'schema.json')
		.sort()
		.map((name) => join(dataDir, name));

/*
 * Loads every file; a bad one is skipped with its problems and never takes
 * the others down. A round whose id is already open is skipped too, because
 * `--round ID` must name exactly one round.
 */
export const openCatalog = (files: readonly string[], prevalidated?: (file: string) => LoadResult | undefined): Catalog => {
	const catalog: Catalog = {rounds: [], skipped: []};
	for (const file of files) {
		const result = prevalidated?.(file) ?? loadRound(file);
		// Named, not dropped silently: the user asked for this file.
		if ('schemaDocument' in result) {
			catalog.skipped.push({file, problems: [{file, where: '', message: 'is the JSON Schema for round files, not a round'}]});
			continue;
		}
		if (!result.ok) {
			catalog.skipped.push({file, problems: result.problems});
			continue;
		}
		if (catalog.rounds.some((round) => round.id === result.round.id)) {
			catalog.skipped.push({file, problems: [{file, where: 'id', message: `a round with id "${result.round.id}" is already open`}]});
			continue;
		}
		catalog.rounds.push(result.round);
	}
	return catalog;
};

/** Most recent first: the dashboard opens on the latest round. */
export const byRecency = (rounds: readonly Round[]): Round[] => [...rounds].sort((a, b) => compareDates(b.start, a.start));

/** Whether a file is read as an ACLED export (by its name) rather than sitrep JSON. */
export const isCsv = (file: string): boolean => /\.csv$/i.test(file);

/*
 * Like openCatalog, for files that may be ACLED CSV exports too (read as a
 * stream, so asynchronously); a CSV file can add several rounds, one per country.
 */
export const openFiles = async (files: readonly string[], window?: Window, prevalidated?: (file: string) => LoadResult | undefined): Promise<Catalog> => {
	const catalog = openCatalog(files.filter((file) => !isCsv(file)), prevalidated);
	const csvFiles = files.filter(isCsv);
	// The CSV reader (and its parser) loads only when a CSV is asked for: start-up does not pay for it.
	const {loadAcled} = csvFiles.length > 0 ? await import('./acled.js') : {loadAcled: undefined};
	for (const file of csvFiles) {
		const result = await loadAcled!(file, window);
		if (!result.ok) {
			catalog.skipped.push({file, problems: result.problems});
			continue;
		}
		for (const round of result.rounds) {
			if (catalog.rounds.some((each) => each.id === round.id))
				catalog.skipped.push({file, problems: [{file, where: round.id, message: `a round with id "${round.id}" is already open`}]});
			else catalog.rounds.push(round);
		}
	}
	return catalog;
};
