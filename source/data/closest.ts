/** Edit distance (Levenshtein), for "did you mean" hints in validation lines. */
const distance = (a: string, b: string): number => {
	let previous = Array.from({length: b.length + 1}, (_, index) => index);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++)
			current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length]!;
};

/** Up to `count` known ids nearest to `id`, nearest first (ties in list order). */
export const closestIds = (id: string, known: Iterable<string>, count = 3): string[] =>
	[...known]
		.map((candidate, order) => ({candidate, order, score: distance(id, candidate)}))
		.sort((a, b) => a.score - b.score || a.order - b.order)
		.slice(0, count)
		.map(({candidate}) => candidate);
