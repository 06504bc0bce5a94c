import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadRound, piecesFrom, validateRound} from '../source/data/load-round.js';
import {readJsonObject, type ReadInto} from '../source/data/json-pieces.js';
import {keepRepeatedValuesOnce} from '../source/data/repeated-values.js';
import {paneModules} from '../source/panes/registry.js';
import {paneMarkdown} from '../source/export/markdown.js';
import {paneData} from '../source/export/pane-data.js';
import {openingState} from '../source/ui/session.js';
import {frameLines, makeRound, claim} from './helpers.js';
import type {Round} from '../source/data/schema.js';

/*
 * A large round's repeated values (dates, kinds, actor and source lists,
 * metrics, populations, originators) are kept once as it is read in pieces
 * (repeated-values.ts). What is read must still be the file's round: the same
 * values in every entry, lists that differ kept apart, and text cleaned as
 * before, also in a list many entries share.
 */
let dir = '';
before(() => {
	dir = mkdtempSync(join(tmpdir(), 'sitrep-repeated-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

// Lists that a careless key (joined with a comma or a NUL) would take for one another, and lists in two orders.
const actorLists = [
	['A', 'B'],
	['A,B'],
	['["A","B"]'],
	['A\u0000B'],
	['A', '\u0000B'],
	['A\u0000', 'B'],
	['A', 'B,C'],
	['A,B', 'C'],
	['B', 'A'],
	['A'],
	[],
	['Unit \u001b[31mRed\u001b[0m', 'B'],
];
const places = ['Gaza City', 'Khan Younis refugee camp', 'Rafah \u0007crossing', undefined];
const populations = ['Palestinians in Gaza', 'Israelis', 'Palestinians in the West Bank'];

const largeRound = (): Round =>
	makeRound({
		sources: [
			{id: 'src', outlet: 'Outlet', kind: 'news'},
			{id: 'ocha', outlet: 'UN OCHA', kind: 'UN'},
		],
		events: Array.from({length: 24_000}, (_, index) => ({
			id: `e${index}`,
			date: `2030-01-1${index % 5}`,
			kind: index % 3 === 0 ? ('humanitarian' as const) : ('strike' as const),
			actors: actorLists[index % actorLists.length]!,
			...(places[index % places.length] === undefined ? {} : {place: places[index % places.length]!}),
			summary: `Event ${index} `.padEnd(300, '.'),
			sources: index % 4 === 0 ? ['src', 'ocha'] : index % 4 === 1 ? ['ocha', 'src'] : ['src'],
		})),
		figures: Array.from({length: 6_000}, (_, index) =>
			claim({
				date: `2030-01-1${index % 5}`,
				value: index,
				claimant: index % 2 === 0 ? 'Gaza Ministry of Health' : 'Israel Defense Forces',
				population: populations[index % populations.length]!,
				...(index % 7 === 0 ? {via: 'Agence France-Presse'} : {}),
				sources: index % 2 === 0 ? ['src'] : ['ocha'],
			}),
		),
	});

const readLarge = (): {file: string; round: Round} => {
	const text = JSON.stringify(largeRound());
	assert.ok(Buffer.byteLength(text) > piecesFrom, 'large enough to be read in pieces');
	const file = join(dir, 'large.json');
	writeFileSync(file, text);
	const result = loadRound(file);
	assert.ok(
		result.ok,
		result.ok
			? ''
			: result.problems
					.slice(0, 3)
					.map((p) => p.where + ': ' + p.message)
					.join('; '),
	);
	return {file, round: result.round};
};

test('a large round read with its repeated values kept once is the round its whole text gives', () => {
	const {file, round} = readLarge();
	const whole = validateRound(file, JSON.parse(readFileSync(file, 'utf8')));
	assert.ok(whole.ok);
	assert.equal(JSON.stringify(round), JSON.stringify(whole.round));
	// Every list as the file wrote it, in its order; the escape sequences cleaned in each entry that shares the list.
	round.events.forEach((event, index) => {
		const written = actorLists[index % actorLists.length]!;
		assert.deepEqual(event.actors, whole.round.events[index]!.actors);
		assert.equal(event.actors.length, written.length);
	});
	assert.ok(round.events.every((event) => event.actors.every((actor) => !actor.includes('\u001b'))));
	assert.equal(round.events.filter((event) => event.place === 'Rafah ^Gcrossing').length, 24_000 / 4);
});

test('entries that repeat a list share one copy; different lists are kept apart', () => {
	const {round} = readLarge();
	const [first, second] = [round.events[0]!, round.events[actorLists.length]!];
	assert.equal(first.actors, second.actors, 'the same actors: one list');
	assert.notEqual(round.events[0]!.actors, round.events[5]!.actors, '["A","B"] and ["B","A"] stay two lists');
	assert.equal(round.events[0]!.sources, round.events[4]!.sources);
	assert.notEqual(round.events[0]!.sources, round.events[1]!.sources, 'sources in another order are another list');
	assert.equal(round.figures[0]!.sources, round.figures[2]!.sources);
	const distinct = new Set(round.events.map((event) => event.actors));
	assert.equal(distinct.size, actorLists.length);
});

test('drawing and exporting every pane leaves the round as it was read', () => {
	const {round} = readLarge();
	const before = JSON.stringify(round);
	for (const pane of paneModules)
		for (const day of [0, 2, 4]) {
			const state = openingState([round], {pane: pane.id, day});
			frameLines([round], state, 120, 40);
			paneMarkdown([round], state);
			paneData([round], state);
		}
	assert.equal(JSON.stringify(round), before);
});

test('a field Object.prototype has is never made an entry’s own', () => {
	const keep = keepRepeatedValuesOnce;
	Object.defineProperty(Object.prototype, 'kind', {value: 'inherited', configurable: true, writable: true});
	try {
		const events: Array<Record<string, unknown>> = [{id: 'a', kind: 'inherited'}, {id: 'b'}];
		keep()('events', events);
		assert.equal(Object.hasOwn(events[1]!, 'kind'), false);
	} finally {
		delete (Object.prototype as Record<string, unknown>)['kind'];
	}
});

test('members named like Object.prototype’s own properties are read as JSON.parse reads them', () => {
	const text = '{"constructor":[{"date":"2030-01-11"}],"__proto__":[{"date":"x"}],"toString":[1,2],"events":[{"date":"d"},{"date":"d"}]}';
	const bytes = Buffer.from(text);
	let at = 0;
	const read: ReadInto = (buffer, offset, length) => {
		const got = bytes.copy(buffer, offset, at, Math.min(bytes.length, at + length));
		at += got;
		return got;
	};
	const read1 = readJsonObject(read, {eachBatch: keepRepeatedValuesOnce(), chunkBytes: 16, batchBytes: 4});
	assert.ok(read1);
	assert.deepEqual(read1.value, JSON.parse(text));
});
