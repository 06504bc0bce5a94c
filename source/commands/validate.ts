import {formatProblem, loadRound} from '../data/load-round.js';

/** `sitrep validate FILE...`: one line per problem, or one line per valid file. Returns the exit code. */
export const validateFiles = (files: readonly string[], write: (line: string) => void): number => {
	let exitCode = 0;
	for (const file of files) {
		const result = loadRound(file);
		if (result.ok) {
			const {round} = result;
			write(
				`${file}: valid: ${round.id}, ${round.events.length} events, ${round.figures.length} figures, ${round.initiatives.length} initiatives, ${round.statements.length} statements, ${round.sources.length} sources`,
			);
		} else if ('schemaDocument' in result) {
			write(`${file}: skipped: this is the JSON Schema for round files, not a round`);
		} else {
			exitCode = 2;
			for (const problem of result.problems) write(formatProblem(problem));
		}
	}
	return exitCode;
};
