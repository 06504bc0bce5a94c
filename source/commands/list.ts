import {formatDate} from '../data/calendar.js';
import type {Round} from '../data/schema.js';

/** `sitrep --list`: one line per open round. */
export const listRounds = (rounds: readonly Round[]): string[] =>
	rounds.map(
		(round) =>
			`${round.id}  ${round.title}  ${formatDate(round.start)} – ${formatDate(round.end)}  ` +
			`${round.events.length} events · ${round.figures.length} figures · ${round.initiatives.length} initiatives · ${round.sources.length} sources`,
	);
