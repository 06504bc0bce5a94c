import {outputRefusal, writeReplacing} from '../export/write-file.js';
import {cleanText} from '../data/clean-text.js';
import {loadAcled, type Window} from '../data/acled.js';
import type {Problem} from '../data/load-round.js';

/*
 * `sitrep convert FILE.csv -o ROUND.json`: the ACLED export as the sitrep JSON
 * the app would read, so it can be edited by hand and validated. Never writes
 * over the CSV it reads or a file sitrep ships; writes whole or not at all.
 */
export const convertFile = async (
	input: string,
	output: string,
	{window, roundId}: {window?: Window | undefined; roundId?: string | undefined},
): Promise<{roundId: string} | {problems: Problem[]} | {error: string}> => {
	if (!/\.json$/i.test(output)) return {error: `-o ${output}: the output is sitrep JSON; give it a .json name`};
	const refused = outputRefusal('-o', output, [input]);
	if (refused) return {error: refused};
	const result = await loadAcled(input, window);
	if (!result.ok) return {problems: result.problems};
	const chosen = roundId ? result.rounds.find((round) => round.id === roundId) : result.rounds.length === 1 ? result.rounds[0] : undefined;
	if (!chosen)
		return {
			error: roundId
				? `no round "${roundId}" in ${input}; it has ${result.rounds.map((round) => round.id).join(', ')}`
				: `${input} has ${result.rounds.length} rounds (one per country); pick one with --round: ${result.rounds.map((round) => round.id).join(', ')}`,
		};
	try {
		await writeReplacing(output, `${JSON.stringify(chosen, null, '\t')}\n`);
	} catch (error) {
		return {error: `-o ${cleanText(output)}: ${(error as Error).message}`};
	}
	return {roundId: chosen.id};
};
