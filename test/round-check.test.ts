import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {bundledRoundFiles} from '../source/data/catalog.js';
import * as check from '../source/data/round-check.js';
import {keepRepeatedValuesOnce} from '../source/data/repeated-values.js';
import {claimantKinds, eventKinds, initiativeStatuses, qualifiers, schemas, scopes, sourceKinds} from '../source/data/schema.js';
import {claim, makeRound} from './helpers.js';

/*
 * round-check.ts answers for the zod schema on valid rounds, so a file it
 * accepts must be one the schema accepts, and what it gives must be what the
 * schema outputs. Held to the schema here field by field and on fuzzed rounds.
 */

type Zod = {shape: Record<string, {isOptional: () => boolean}>};
const pairs: Array<[string, Zod, check.Shape]> = (() => {
	const zod = schemas();
	return [
		['Round', zod.Round, check.round.shape],
		['Source', zod.Source, check.source.shape],
		['Claimant', zod.Claimant, check.claimant.shape],
		['Event', zod.Event, check.event.shape],
		['Figure', zod.Figure, check.figure.shape],
		['InitiativeStep', zod.InitiativeStep, check.initiativeStep.shape],
		['Initiative', zod.Initiative, check.initiative.shape],
		['Statement', zod.Statement, check.statement.shape],
		['DayNote', zod.DayNote, check.dayNote.shape],
	] as unknown as Array<[string, Zod, check.Shape]>;
})();

test('the fast check names the same fields as the schema, in its order, optional where it is', () => {
	for (const [name, zod, shape] of pairs) {
		assert.deepEqual(Object.keys(shape), Object.keys(zod.shape), name);
		for (const key of Object.keys(shape)) {
			const entry = shape[key]!;
			const optional = typeof entry !== 'function' && entry.optional === true;
			assert.equal(optional, zod.shape[key]!.isOptional(), `${name}.${key}`);
		}
	}
});

const zodOutput = (value: unknown): string | undefined => {
	const parsed = schemas().Round.safeParse(structuredClone(value));
	return parsed.success ? JSON.stringify(parsed.data) : undefined;
};
const fastOutput = (value: unknown): string | undefined => {
	const kept = check.checkedRound(structuredClone(value));
	return kept === undefined ? undefined : JSON.stringify(kept);
};
// As a large file is read: the events' and figures' repeated values kept once (repeated-values.ts), then checked.
const sharedOutput = (value: unknown): string | undefined => {
	const copy = structuredClone(value) as Record<string, unknown>;
	const keep = keepRepeatedValuesOnce();
	for (const member of ['events', 'figures']) if (Array.isArray(copy[member])) keep(member, copy[member] as unknown[]);
	const kept = check.checkedRound(copy);
	return kept === undefined ? undefined : JSON.stringify(kept);
};

const bundled = bundledRoundFiles('data').map((file) => JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>);

test('the shipped rounds pass the fast check as the schema outputs them', () => {
	assert.ok(bundled.length >= 2);
	for (const round of bundled) {
		const expected = zodOutput(round);
		assert.ok(expected);
		assert.equal(fastOutput(round), expected);
	}
});

test('a valid round whose keys come in another order is kept in the schema order, as the schema outputs it', () => {
	const round = makeRound({figures: [claim({date: '2030-01-12', value: 3, claimant: 'A'})]});
	const reversed = (value: object) => Object.fromEntries(Object.entries(value).reverse());
	const shuffled = {...reversed(round), figures: round.figures.map(reversed), sources: round.sources.map(reversed)};
	assert.notEqual(JSON.stringify(shuffled), JSON.stringify(round));
	const expected = zodOutput(shuffled);
	assert.ok(expected);
	assert.equal(fastOutput(shuffled), expected);
	// In the schema's order: the source's id first, the figure's id, metric and population first.
	assert.match(expected, /"sources":\[\{"id":"src","outlet":"Outlet","kind":"news"\}\]/);
	assert.match(expected, /"figures":\[\{"id":"f-\d+","metric":"killed","population":"P","value":3,/);
});

// Values near every limit the schema sets, and of every wrong type.
const pool: unknown[] = [
	...[0, 1, 23, 24, 25, 63, 64, 65, 79, 80, 81, 299, 300, 301, 1999, 2000, 2001, 3999, 4000, 4001].map((length) => 'a'.repeat(length)),
	...['a-b', 'A', '-a', 'a_b', 'é', 'killed', 'Killed', 'rockets-fired', '9lives', 'src', 'ghost'],
	...['2021-05-10', '2021-02-29', '2020-02-29', '2021-13-01', '2021-1-01', ' 2021-05-10', '2021-05-10\n', '0000-01-01', '9999-12-31'],
	// Characters just below '0' read as digits would make a real day: 1/ is 9, 0/ is -1.
	...['2021-05-1/', '2021-0/-10', '2021/05/10'],
	...['00:00', '23:59', '24:00', '9:00', '12:60', '12:30 '],
	...['https://example.org/a', 'http://example.org', 'HTTPS://EXAMPLE.ORG/', 'http:example.org', 'https:/example.org', 'ftp://example.org'],
	...[
		'https://exa mple.org',
		' https://example.org',
		'https://example.org ',
		'https://',
		'https://[::1]/',
		'https://a/"b',
		'https://a/<b>',
	],
	...['https://a/`b', 'https://a/\\b', `https://example.org/${'x'.repeat(1990)}`, 'mailto:a@b.org', 'https://a:b@example.org:8080/p?q#f'],
	...[0, -0, 1, -1, 1.5, 2 ** 53, 2 ** 53 - 1, 1e308, -1e-9],
	...[true, false, null, [], {}, ['src'], ['src', 'src'], [''], [1], ['A'], [{}]],
	...[...sourceKinds, ...claimantKinds, ...eventKinds, ...qualifiers, ...scopes, ...initiativeStatuses],
	...['stated', 'inferred', 'quote', 'paraphrase', 'single-source', 'low-quality-source', 'UN', 'un'],
];
const extraKeys = ['unknown', '__proto__', 'constructor', 'toString', '0', 'Id', 'valueHigh', 'time', 'note', 'via'];

type Container = Record<string, unknown> | unknown[];

/** The fast check's shape of an object of the base round, told by its keys. */
const shapeOf = (value: object): check.Shape => {
	const keys = Object.keys(value);
	const fits = pairs.map(([, , shape]) => shape).filter((shape) => keys.every((key) => key in shape));
	return fits.sort((a, b) => Object.keys(a).length - Object.keys(b).length)[0] ?? {};
};
const containers = (root: unknown): Container[] => {
	const found: Container[] = [];
	const walk = (value: unknown) => {
		if (typeof value !== 'object' || value === null) return;
		found.push(value as Container);
		for (const item of Object.values(value)) walk(item);
	};
	walk(root);
	return found;
};

/** One change somewhere in the round: a value replaced, a key removed or added, keys reordered, an item added or removed. */
const mutation = fc.record({
	at: fc.nat(),
	op: fc.constantFrom('set', 'set', 'set', 'delete', 'add', 'reorder', 'push', 'clear'),
	key: fc.nat(),
	value: fc.constantFrom(...pool),
	extra: fc.constantFrom(...extraKeys),
});
type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

const mutate = (root: unknown, {at, op, key, value, extra}: Mutation, named?: string): unknown => {
	const copy = structuredClone(root);
	const all = containers(copy);
	const target = all[at % all.length]!;
	const keys = Object.keys(target);
	const chosen = named ?? (keys.length > 0 ? keys[key % keys.length]! : '0');
	const fresh = structuredClone(value);
	if (Array.isArray(target)) {
		if (op === 'push') target.push(fresh);
		else if (op === 'clear') target.length = 0;
		else if (op === 'delete') target.splice(Number(chosen), 1);
		else if (op === 'reorder') target.reverse();
		else target[Number(chosen)] = fresh;
	} else if (op === 'delete') delete target[chosen];
	else if (op === 'add') Object.defineProperty(target, extra, {value: fresh, enumerable: true, configurable: true, writable: true});
	else if (op === 'reorder') {
		const entries = Object.entries(target).reverse();
		for (const [name] of entries) delete target[name];
		for (const [name, item] of entries) target[name] = item;
	} else if (keys.length > 0 || named !== undefined) target[chosen] = fresh;
	// Through JSON, as a file would be: what a loaded round can hold.
	return JSON.parse(JSON.stringify(copy)) as unknown;
};

const bases = [
	makeRound({
		claimants: [{id: 'a', name: 'A', kind: 'health-authority', note: 'n'}],
		sources: [
			{id: 'src', outlet: 'Outlet', kind: 'news', url: 'https://example.org/a', published: '2030-01-11', publishedTime: '10:00'},
			{id: 'b', outlet: 'Blog', kind: 'blog', caveat: 'single-source', commissioned: true, title: 't', author: 'w'},
		],
		events: [{id: 'e', date: '2030-01-11', time: '09:30', kind: 'strike', actors: ['A'], place: 'P', summary: 'S', sources: ['src']}],
		figures: [
			claim({date: '2030-01-12', value: 3, valueHigh: 4, claimant: 'a', via: 'V', attribution: 'inferred', note: 'n', since: '2030-01-10'}),
		],
		initiatives: [
			{
				id: 'i',
				title: 'T',
				actors: ['A'],
				mediators: ['M'],
				history: [{date: '2030-01-11', status: 'proposed', by: ['A'], note: 'n', sources: ['src']}],
			},
		],
		statements: [{id: 's', date: '2030-01-11', speaker: 'S', role: 'R', form: 'quote', text: 'T', sources: ['src'], initiative: 'i'}],
		dayNotes: [{date: '2030-01-10', note: 'none'}],
	}),
	bundled.find((round) => round['id'] === 'gaza-2021')!,
];

/** Whether the two answers agree on a value: the fast one only where the schema accepts, and then as the schema outputs. */
const agree = (value: unknown): 'accepted' | 'rejected' => {
	const fast = fastOutput(value);
	const zod = zodOutput(value);
	if (fast !== undefined) {
		assert.equal(fast, zod);
		return 'accepted';
	}
	// What the check does not vouch for, the schema rejects: but for white space around a URL, which zod trims.
	if (zod !== undefined) assert.match(JSON.stringify(value), /"url":"(\s[^"]*|[^"]*\s)"/);
	return 'rejected';
};

test('every field of every object, set to each value near a limit or of a wrong type, removed, or joined by another key', () => {
	const base = bases[0]!;
	const seen = {accepted: 0, rejected: 0};
	const objects = containers(base).filter((each) => !Array.isArray(each)).length;
	for (let at = 0; at < containers(base).length; at++) {
		const target = containers(base)[at]!;
		const keys = Array.isArray(target) ? ['0'] : [...new Set([...Object.keys(target), ...Object.keys(shapeOf(target))])];
		for (const key of keys) {
			for (const value of pool) seen[agree(mutate(base, {at, op: 'set', key: keys.indexOf(key), value, extra: ''}, key))]++;
			seen[agree(mutate(base, {at, op: 'delete', key: keys.indexOf(key), value: null, extra: ''}, key))]++;
		}
		for (const extra of extraKeys) seen[agree(mutate(base, {at, op: 'add', key: 0, value: 'x', extra}))]++;
		seen[agree(mutate(base, {at, op: 'reorder', key: 0, value: null, extra: ''}))]++;
	}
	assert.ok(objects >= 10);
	assert.ok(seen.accepted > 500 && seen.rejected > 5000, JSON.stringify(seen));
});

test('a changed round passes the fast check only where the schema accepts it, and then as the schema outputs it', () => {
	let accepted = 0;
	let rejected = 0;
	fc.assert(
		fc.property(fc.constantFrom(...bases.keys()), fc.array(mutation, {minLength: 1, maxLength: 3}), (base, changes) => {
			const value = changes.reduce((round, change) => mutate(round, change), bases[base] as unknown);
			const fast = fastOutput(value);
			const zod = zodOutput(value);
			assert.equal(sharedOutput(value), fast, 'the same answer with repeated values kept once');
			if (fast !== undefined) {
				accepted++;
				assert.equal(fast, zod);
			} else {
				rejected++;
				// What the check does not vouch for, the schema rejects: but for white space around a URL, which zod trims.
				if (zod !== undefined) assert.match(JSON.stringify(value), /"url":"(\s[^"]*|[^"]*\s)"/);
			}
		}),
		{numRuns: 300, seed: 15},
	);
	// Both answers were exercised.
	assert.ok(accepted > 30 && rejected > 30, `${accepted} accepted, ${rejected} rejected`);
});

test('keys a round only inherits are not its own: refused through another prototype or one added to Object.prototype', () => {
	const valid = () => makeRound({figures: [claim({date: '2030-01-11', value: 3, claimant: 'UN'})]});
	assert.ok(check.checkedRound(valid()));
	// A figure whose caveat is inherited, not its own.
	const inherited = valid();
	inherited.figures[0] = Object.assign(Object.create({caveat: 'single-source'}), inherited.figures[0]);
	assert.equal(check.checkedRound(inherited), undefined);
	// Something made `note` enumerable on every object: no object is taken as having it.
	Object.defineProperty(Object.prototype, 'note', {value: 'added', enumerable: true, configurable: true, writable: true});
	try {
		assert.equal(check.checkedRound(valid()), undefined);
	} finally {
		delete (Object.prototype as Record<string, unknown>)['note'];
	}
	assert.ok(check.checkedRound(valid()));
	// A shape asked on its own, after a round was checked, asks again whether Object.prototype is plain.
	const figure = claim({date: '2030-01-11', value: 3, claimant: 'UN'});
	assert.equal(typeof check.figure(structuredClone(figure)), 'object');
	Object.defineProperty(Object.prototype, 'note', {value: 'added', enumerable: true, configurable: true, writable: true});
	try {
		assert.equal(typeof check.figure(structuredClone(figure)), 'symbol');
	} finally {
		delete (Object.prototype as Record<string, unknown>)['note'];
	}
	assert.equal(typeof check.figure(structuredClone(figure)), 'object');
});

test('entries sharing a list or a text are each vouched for; a list changed after a check is checked again', () => {
	const actors = ['A', 'B'];
	const sources = ['src'];
	const entries = Array.from({length: 4}, (_, index) => ({
		id: `e${index}`,
		date: '2030-01-12',
		kind: 'strike' as const,
		actors,
		summary: 'S',
		sources,
	}));
	const round = () => makeRound({events: structuredClone(entries).map((event) => ({...event, actors, sources}))}) as unknown;
	assert.ok(check.checkedRound(round()), 'shared lists pass');
	actors.push(7 as unknown as string);
	assert.equal(check.checkedRound(round()), undefined, 'the same list, now holding a number, is refused');
	actors.pop();
	const late = round() as {events: Array<Record<string, unknown>>};
	late.events[3]!['sources'] = [];
	assert.equal(check.checkedRound(late), undefined, 'the last entry with a list of its own, empty, is refused');
	const dated = round() as {events: Array<Record<string, unknown>>};
	dated.events[2]!['date'] = '2030-02-30';
	assert.equal(check.checkedRound(dated), undefined, 'a date after the same date twice is still checked');
});
