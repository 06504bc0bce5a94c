import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, writeFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import fc from 'fast-check';
import {validateRound, loadRound, formatProblem} from '../source/data/load-round.js';
import {daysOf} from '../source/data/calendar.js';
import {latestClaimsAsOf, disagreementsAsOf} from '../source/data/claims.js';
import {tallyAsOf} from '../source/data/tally.js';
import {casualtyLines, cumulativeRanges, mainPopulations} from '../source/data/casualties.js';
import {chartableQuantities, dayRows} from '../source/data/escalation.js';
import {initiativesOn} from '../source/data/diplomacy.js';
import type {Round} from '../source/data/schema.js';
import {frameLines} from './helpers.js';
import {openingState} from '../source/ui/session.js';
import {panes} from '../source/state/navigation.js';

/*
 * Property-based tests: generated rounds (mostly valid, with hostile text) and
 * mutations of them (mostly invalid) through the loader and every derivation.
 * Invariants: nothing throws; an invalid round is rejected with located
 * one-line problems; a valid one derives every day and draws every pane.
 */
const dates = ['2030-01-10', '2030-01-11', '2030-01-12', '2030-01-13', '2030-01-14'];
// Text with a visible first letter (so it stays non-empty once cleaned) followed by anything at all.
const nasty = fc
	.tuple(
		fc.constantFrom('A', 'ب', '加'),
		fc.oneof(
			fc.string({maxLength: 40}),
			fc.string({unit: 'binary', maxLength: 40}),
			fc.constantFrom('\u001B[2J', '\u001B]0;x\u0007t', '\u202Eabc', ' 📈', 'Ḡ̈a̋', '\u009B1m', 'x'.repeat(280)),
		),
	)
	.map(([first, rest]) => first + rest);
const id = fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/);
const source = (ids: string[]) => fc.subarray(ids, {minLength: 1, maxLength: Math.min(2, ids.length)});
const roundArbitrary = fc
	.record({
		sourceIds: fc.uniqueArray(id, {minLength: 1, maxLength: 4}),
		claimants: fc.array(nasty, {minLength: 1, maxLength: 4}),
		populations: fc.array(nasty, {minLength: 1, maxLength: 2}),
	})
	.chain(({sourceIds, claimants, populations}) =>
		fc.record({
			id: fc.constant('fuzz'),
			title: nasty,
			shortTitle: fc.string({minLength: 1, maxLength: 24}),
			start: fc.constant('2030-01-11'),
			end: fc.constant('2030-01-13'),
			leadUpFrom: fc.constant('2030-01-10'),
			aftermathUntil: fc.constant('2030-01-14'),
			timezone: fc.constant('UTC'),
			parties: fc.array(nasty, {minLength: 1, maxLength: 2}),
			sources: fc.constant(sourceIds.map((sourceId) => ({id: sourceId, outlet: 'Outlet', kind: 'news'}))),
			events: fc.array(
				fc.record({
					date: fc.constantFrom(...dates),
					kind: fc.constantFrom('strike', 'rocket-fire', 'diplomacy', 'other'),
					actors: fc.array(nasty, {maxLength: 2}),
					summary: nasty,
					sources: source(sourceIds),
				}),
				{maxLength: 8},
			),
			figures: fc.array(
				fc.record({
					metric: fc.constantFrom('killed', 'wounded', 'rockets-fired', 'targets-struck'),
					population: fc.constantFrom(...populations),
					subgroup: fc.option(fc.constantFrom('children', 'civilians'), {nil: undefined}),
					value: fc.nat({max: 100_000}),
					qualifier: fc.constantFrom('exact', 'at-least', 'more-than', 'about', 'nearly', 'up-to'),
					scope: fc.constantFrom('daily', 'cumulative', 'incident'),
					date: fc.constantFrom(...dates),
					time: fc.option(fc.constantFrom('09:00', '18:30'), {nil: undefined}),
					claimant: fc.constantFrom(...claimants),
					sources: source(sourceIds),
				}),
				{maxLength: 14},
			),
			initiatives: fc.array(
				fc.record({
					title: nasty,
					actors: fc.array(nasty, {minLength: 1, maxLength: 2}),
					steps: fc.subarray(dates, {minLength: 1}),
					status: fc.constantFrom('talks', 'agreed', 'denied'),
				}),
				{maxLength: 2},
			),
			statements: fc.array(fc.record({date: fc.constantFrom(...dates), speaker: nasty, text: nasty, sources: source(sourceIds)}), {
				maxLength: 3,
			}),
		}),
	)
	.map((draft) => ({
		...draft,
		events: draft.events.map((event, index) => ({id: `e${index}`, ...event})),
		figures: draft.figures.map((figure, index) => JSON.parse(JSON.stringify({id: `f${index}`, ...figure}))),
		initiatives: draft.initiatives.map((initiative, index) => ({
			id: `i${index}`,
			title: initiative.title,
			actors: initiative.actors,
			history: initiative.steps.map((date) => ({date, status: initiative.status, note: 'step', sources: [draft.sources[0]!.id]})),
		})),
		statements: draft.statements.map((statement, index) => ({
			id: `s${index}`,
			form: 'quote',
			...statement,
			...(draft.initiatives.length > 0 ? {initiative: 'i0'} : {}),
		})),
	}));

// A mutation: somewhere in the round, a value replaced by any JSON, or a key removed or added.
const mutated = fc
	.tuple(
		roundArbitrary,
		fc.array(fc.tuple(fc.nat(), fc.nat(), fc.jsonValue({maxDepth: 2}), fc.constantFrom('replace', 'delete', 'add')), {
			minLength: 1,
			maxLength: 3,
		}),
	)
	.map(([round, mutations]) => {
		const value = structuredClone(round) as Record<string, unknown>;
		for (const [pick, deep, replacement, kind] of mutations) {
			let target: Record<string, unknown> | unknown[] = value;
			for (let depth = 0; depth < deep % 4; depth++) {
				const keys = Object.keys(target);
				const next = (target as Record<string, unknown>)[keys[pick % Math.max(1, keys.length)]!];
				if (typeof next !== 'object' || next === null) break;
				target = next as Record<string, unknown>;
			}
			const keys = Object.keys(target);
			const key = keys[pick % Math.max(1, keys.length)] ?? 'extra';
			if (kind === 'delete') delete (target as Record<string, unknown>)[key];
			else if (kind === 'add') (target as Record<string, unknown>)[`junk${pick % 7}`] = replacement;
			else (target as Record<string, unknown>)[key] = replacement;
		}
		return value;
	});

const control = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

const deriveEverything = (round: Round) => {
	for (const day of daysOf(round)) {
		latestClaimsAsOf(round, day.date);
		disagreementsAsOf(round, day.date);
		tallyAsOf(round, day.date);
		casualtyLines(round, day.date);
		initiativesOn(round, day.date);
	}
	for (const quantity of chartableQuantities(round)) dayRows(round, quantity);
	for (const population of mainPopulations(round)) cumulativeRanges(round, population);
};

const checkResult = (value: unknown) => {
	const result = validateRound('fuzz.json', value);
	if (!result.ok && process.env['FUZZ_DEBUG']) process.stderr.write(`${result.problems.map(formatProblem)[0]}\n`);
	if (!result.ok) {
		assert.ok(result.problems.length > 0, 'an invalid round says why');
		for (const problem of result.problems) {
			const line = formatProblem(problem);
			assert.doesNotMatch(line, /\n/);
			assert.doesNotMatch(line, control);
			assert.ok(problem.where.length > 0 || problem.message.length > 0);
		}
		return undefined;
	}
	deriveEverything(result.round);
	return result.round;
};

test('10,000 generated and mutated rounds: never an uncaught exception; invalid ones rejected with located lines', () => {
	let valid = 0;
	let invalid = 0;
	fc.assert(
		fc.property(fc.oneof(roundArbitrary, mutated), (value) => {
			if (checkResult(value)) valid++;
			else invalid++;
		}),
		{numRuns: 10_000, seed: Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31)},
	);
	assert.ok(valid > 1000 && invalid > 1000, `${valid} valid, ${invalid} invalid`);
});

test('generated valid rounds draw every pane, with no control byte reaching the frame', () => {
	fc.assert(
		fc.property(roundArbitrary, (value) => {
			const round = checkResult(value);
			if (!round) return;
			for (const pane of panes) {
				const frame = frameLines([round], openingState([round], {pane}), 60, 16).join('\n');
				assert.doesNotMatch(frame, control);
				assert.ok(frame.split('\n').length <= 15);
			}
		}),
		{numRuns: 400, seed: Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31)},
	);
});

let dir = '';
before(() => {
	dir = mkdtempSync(join(tmpdir(), 'sitrep-fuzz-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

test('1,000 damaged files (cut, spliced, bytes flipped): the loader always answers, never throws', () => {
	const good = Buffer.from(JSON.stringify(fc.sample(roundArbitrary, {numRuns: 1, seed: 7})[0]));
	const file = join(dir, 'damaged.json');
	fc.assert(
		fc.property(
			fc.array(fc.tuple(fc.nat(), fc.integer({min: 0, max: 255}), fc.constantFrom('flip', 'cut', 'insert')), {minLength: 1, maxLength: 4}),
			(edits) => {
				let bytes = Buffer.from(good);
				for (const [position, byte, kind] of edits) {
					const at = position % Math.max(1, bytes.length);
					if (kind === 'flip') bytes[at] = byte;
					else if (kind === 'cut') bytes = bytes.subarray(0, at);
					else bytes = Buffer.concat([bytes.subarray(0, at), Buffer.from([byte]), bytes.subarray(at)]);
				}
				writeFileSync(file, bytes);
				const result = loadRound(file);
				if (!result.ok && !('schemaDocument' in result))
					for (const problem of result.problems) assert.doesNotMatch(formatProblem(problem), control);
			},
		),
		{numRuns: 1000},
	);
});
