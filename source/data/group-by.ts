/** Items grouped by a key, groups and their items in the order they first occur. */
export const groupBy = <T, K = string>(items: Iterable<T>, keyOf: (item: T) => K): Map<K, T[]> => {
	const groups = new Map<K, T[]>();
	for (const item of items) {
		const key = keyOf(item);
		const group = groups.get(key);
		if (group) group.push(item);
		else groups.set(key, [item]);
	}
	return groups;
};
