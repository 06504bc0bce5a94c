import type {Round} from './schema.js';

/** Footnote numbers: a source's position in the round's list, from 1, as the Sources pane numbers them. */
export const footnoteNumbers = (round: Pick<Round, 'sources'>): Map<string, number> =>
	new Map(round.sources.map((source, index) => [source.id, index + 1]));
