/**
 * A store of values worked out once per owner object (a round, a model, a list
 * of figures) and key, and dropped with the owner: derivations and layouts are
 * asked for again on every key, and must not be recomputed.
 */
export const keptPer = <Owner extends object, Value>(): ((owner: Owner, key: string, build: () => Value) => Value) => {
	const kept = new WeakMap<Owner, Map<string, Value>>();
	return (owner, key, build) => {
		let byKey = kept.get(owner);
		if (!byKey) {
			byKey = new Map();
			kept.set(owner, byKey);
		}
		if (!byKey.has(key)) byKey.set(key, build());
		return byKey.get(key)!;
	};
};
