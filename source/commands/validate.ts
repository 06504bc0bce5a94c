import {cleanText} from '../data/clean-text.js';
import {loadRound, problemLines} from '../data/load-round.js';
import {isCsv} from '../data/catalog.js';
import type {Window} from '../data/acled.js';

/** `sitrep validate FILE...`: one line per problem, or one line per valid round. Returns the exit code. */
export const validateFiles = async (files: readonly string[], writeRaw: (line: string) => void, window?: Window): Promise<number> => {
	// File names come from the command line and may hold anything.
	const write = (line: string) => writeRaw(cleanText(line));
	let exitCode = 0;
	for (const file of files) {
		if (isCsv(file)) {
			const {loadAcled} = await import('../data/acled.js');
			const result = await loadAcled(file, window);
			if (!result.ok) {
				exitCode = 2;
				for (const line of problemLines(result.problems)) write(line);
			} else
				for (const round of result.rounds)
					write(
						`${file}: valid ACLED export: ${round.id}, ${round.events.length} events, ${round.figures.length} daily fatality claims, ${round.sources.length} sources`,
					);
			continue;
		}
		const result = loadRound(file);
		if (result.ok) {
			const {round} = result;
			write(
				`${file}: valid: ${round.id}, ${round.events.length} events, ${round.figures.length} figures, ` +
					`${round.initiatives.length} initiatives, ${round.statements.length} statements, ${round.sources.length} sources`,
			);
		} else if ('schemaDocument' in result) {
			write(`${file}: skipped: this is the JSON Schema for round files, not a round`);
		} else {
			exitCode = 2;
			for (const line of problemLines(result.problems)) write(line);
		}
	}
	return exitCode;
};
