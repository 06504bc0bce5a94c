/*
 * A large round repeats a few values over and over: every event of a day has
 * its date, most have one of a few kinds and actors, every figure names one of
 * a few metrics, populations and originators, and source lists recur. JSON.parse
 * makes a new string or array for each occurrence (Node 20 shares only strings
 * of up to ten characters, Node 22 and 24 none), all of which survive: on the
 * 100k-event round a quarter of the heap. Each batch of elements the pieces
 * reader parses (json-pieces.ts) is handed here while it is young, and a value
 * seen before is replaced by its first copy; the duplicate then dies in the
 * young generation, where a dead object costs nothing, instead of being copied
 * twice and faulted into fresh old-generation pages, as everything that
 * survives a scavenge is. Measured on the 100k-event round (README,
 * Performance): heap after loading 64 → 45 MB on Node 20 (73 → 47 on 24),
 * time in scavenges ~350 → ~220 ms.
 *
 * Only what the file's own text gives is replaced, by an equal value: a string
 * by the same text, an array of strings by one with the same strings in the
 * same order. Nothing in sitrep changes a round's arrays once it is loaded (the
 * text cleaning that may run before validation rewrites an array's strings in
 * place, the same way for every entry sharing it). Fields are named one by one,
 * not looked up from a list of names: read with a key that varies, the pass
 * took half as long again.
 */
type Keep = <T>(value: T) => T;

type Entry = Record<string, unknown>;

const events = (event: Entry, keep: Keep): void => {
	if (event['date'] !== undefined) event['date'] = keep(event['date']);
	if (event['time'] !== undefined) event['time'] = keep(event['time']);
	if (event['kind'] !== undefined) event['kind'] = keep(event['kind']);
	if (event['actors'] !== undefined) event['actors'] = keep(event['actors']);
	if (event['place'] !== undefined) event['place'] = keep(event['place']);
	if (event['sources'] !== undefined) event['sources'] = keep(event['sources']);
};

const figures = (figure: Entry, keep: Keep): void => {
	if (figure['metric'] !== undefined) figure['metric'] = keep(figure['metric']);
	if (figure['population'] !== undefined) figure['population'] = keep(figure['population']);
	if (figure['subgroup'] !== undefined) figure['subgroup'] = keep(figure['subgroup']);
	if (figure['qualifier'] !== undefined) figure['qualifier'] = keep(figure['qualifier']);
	if (figure['scope'] !== undefined) figure['scope'] = keep(figure['scope']);
	if (figure['since'] !== undefined) figure['since'] = keep(figure['since']);
	if (figure['date'] !== undefined) figure['date'] = keep(figure['date']);
	if (figure['time'] !== undefined) figure['time'] = keep(figure['time']);
	if (figure['reported'] !== undefined) figure['reported'] = keep(figure['reported']);
	if (figure['claimant'] !== undefined) figure['claimant'] = keep(figure['claimant']);
	if (figure['via'] !== undefined) figure['via'] = keep(figure['via']);
	if (figure['attributedAs'] !== undefined) figure['attributedAs'] = keep(figure['attributedAs']);
	if (figure['attribution'] !== undefined) figure['attribution'] = keep(figure['attribution']);
	if (figure['sources'] !== undefined) figure['sources'] = keep(figure['sources']);
};

// A Map, not an object: a member named "constructor" or "__proto__" finds nothing.
const perMember = new Map([
	['events', events],
	['figures', figures],
]);

// The fields above. A name Object.prototype had would be read from it for an entry that lacks the field, and
// writing it back would make it the entry's own: then nothing is replaced.
const fieldNames = 'date time kind actors place sources metric population subgroup qualifier scope since reported claimant via attributedAs attribution';

/** A hook for readJsonObject's `eachBatch`: repeated values of one file's entries kept once. */
export const keepRepeatedValuesOnce = (): ((member: string, elements: unknown[]) => void) => {
	if (fieldNames.split(' ').some((name) => name in Object.prototype)) return () => {};
	const texts = new Map<string, string>();
	// One-string lists by their string; longer ones by their JSON text, which no two different lists share.
	const singles = new Map<string, string[]>();
	const lists = new Map<string, string[]>();
	const keep = (value: unknown): unknown => {
		if (typeof value === 'string') {
			const known = texts.get(value);
			if (known !== undefined) return known;
			texts.set(value, value);
			return value;
		}
		if (!Array.isArray(value)) return value;
		for (let index = 0; index < value.length; index++) if (typeof value[index] !== 'string') return value;
		const table = value.length === 1 ? singles : lists;
		const key = value.length === 1 ? (value[0] as string) : JSON.stringify(value);
		const known = table.get(key);
		if (known !== undefined) return known;
		table.set(key, value as string[]);
		return value;
	};
	return (member, elements) => {
		const fields = perMember.get(member);
		if (!fields) return;
		for (let index = 0; index < elements.length; index++) {
			const element = elements[index];
			if (typeof element === 'object' && element !== null && !Array.isArray(element)) fields(element as Entry, keep as Keep);
		}
	};
};
