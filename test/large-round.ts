import {readFileSync, statSync, writeFileSync} from 'node:fs';
import {piecesFrom} from '../source/data/load-round.js';

/** The id of the round writeLargeRound writes. */
export const largeRoundId = 'large-test';

/*
 * Writes a round large enough to be read in pieces (load-round.ts, piecesFrom):
 * the shipped 2012 round with 40,000 more events. Without the weight of
 * test/helpers.ts, which loads the shipped rounds when imported.
 */
export const writeLargeRound = (file: string): void => {
	const round = JSON.parse(readFileSync('data/gaza-2012.json', 'utf8')) as {events: Array<Record<string, unknown>>};
	const [first] = round.events;
	const events = Array.from({length: 40_000}, (_, index) => ({...first, id: `bulk-${index}`, summary: `Event ${index} `.padEnd(240, '.')}));
	writeFileSync(file, JSON.stringify({...round, id: largeRoundId, events: [...round.events, ...events]}));
	if (statSync(file).size <= piecesFrom) throw new Error(`${file} is too small to be read in pieces`);
};
