import {existsSync, realpathSync} from 'node:fs';
import {writeFile} from 'node:fs/promises';
import {loadAcled, type Window} from '../data/acled.js';
import type {Problem} from '../data/load-round.js';

/*
 * `sitrep convert FILE.csv -o ROUND.json`: the ACLED export as the sitrep JSON
 * the app would read, so it can be edited by hand and validated. Never writes
 * over the CSV it reads.
 */
export const convertFile = async (
	input: string,
	output: string,
	{window, roundId}: {window?: Window | undefined; roundId?: string | undefined},
): Promise<{roundId: string} | {problems: Problem[]} | {error: string}> => {
	if (!/\.json$/i.test(output)) return {error: `-o ${output}: the output is sitrep JSON; give it a .json name`};
	if (existsSync(output) && existsSync(input) && realpathSync(output) === realpathSync(input)) return {error: 'the output would overwrite the input'};
	const result = await loadAcled(input, window);
	if (!result.ok) return {problems: result.problems};
	const chosen = roundId ? result.rounds.find((round) => round.id === roundId) : result.rounds.length === 1 ? result.rounds[0] : undefined;
	if (!chosen)
		return {
			error: roundId
				? `no round "${roundId}" in ${input}; it has ${result.rounds.map((round) => round.id).join(', ')}`
				: `${input} has ${result.rounds.length} rounds (one per country); pick one with --round: ${result.rounds.map((round) => round.id).join(', ')}`,
		};
	await writeFile(output, `${JSON.stringify(chosen, null, '\t')}\n`);
	return {roundId: chosen.id};
};
