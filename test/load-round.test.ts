import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {loadRound, formatProblem, piecesFrom, problemLines, validateRound} from '../source/data/load-round.js';
import {checkReferences, repeatedIds} from '../source/data/references.js';
import {makeRound, claim} from './helpers.js';

let dir = '';
before(() => {
	dir = mkdtempSync(join(tmpdir(), 'sitrep-load-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

const write = (name: string, content: string | Buffer): string => {
	const file = join(dir, name);
	writeFileSync(file, content);
	return file;
};
const validRound = () => makeRound({figures: [claim({date: '2030-01-12', value: 3, claimant: 'A'})]});
const problemsOf = (file: string): string[] => {
	const result = loadRound(file);
	assert.equal(result.ok, false, `${file} should be rejected`);
	return result.ok ? [] : result.problems.map(formatProblem);
};

test('a valid round loads', () => {
	const result = loadRound(write('ok.json', JSON.stringify(validRound())));
	assert.equal(result.ok, true);
});

test('bad JSON is located by line and column', () => {
	const file = write('bad.json', '{\n  "id": "x",\n  "title": }\n');
	assert.deepEqual(problemsOf(file), [`${file}: line 3, column 12: not valid JSON: value expected`]);
});

test('an empty file, a missing file and a directory each get one clear line', () => {
	assert.match(problemsOf(write('empty.json', ''))[0]!, /empty\.json: is empty/);
	assert.match(problemsOf(join(dir, 'nope.json'))[0]!, /nope\.json: no such file/);
	mkdirSync(join(dir, 'folder.json'));
	assert.match(problemsOf(join(dir, 'folder.json'))[0]!, /folder\.json: is a directory/);
});

test('invalid UTF-8 and a top-level array are rejected', () => {
	assert.match(problemsOf(write('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])))[0]!, /is not UTF-8 text/);
	assert.match(problemsOf(write('array.json', '[]'))[0]!, /\(top level\): expected a JSON object describing one round, found an array/);
});

test('a missing source id names the field that refers to it', () => {
	const round = validRound();
	round.figures[0]!.sources = ['ghost'];
	const file = write('ghost.json', JSON.stringify(round));
	assert.deepEqual(problemsOf(file), [`${file}: figures.0.sources.0: no source with id "ghost"`]);
});

test("a date outside the round's window is reported with the window", () => {
	const round = validRound();
	round.figures[0]!.date = '2030-02-01';
	const file = write('late.json', JSON.stringify(round));
	assert.deepEqual(problemsOf(file), [`${file}: figures.0.date: 2030-02-01 is outside the round's window 2030-01-10..2030-01-14`]);
});

test('wrong types, numbers as strings, negative counts and impossible dates are located', () => {
	const round = validRound() as unknown as {figures: Array<Record<string, unknown>>};
	round.figures[0]!['value'] = '3';
	const asString = problemsOf(write('string.json', JSON.stringify(round)));
	assert.deepEqual(
		asString.map((line) => line.split(': ').slice(1, 2)[0]),
		['figures.0.value'],
	);
	round.figures[0]!['value'] = -1;
	assert.match(problemsOf(write('negative.json', JSON.stringify(round)))[0]!, /figures\.0\.value: a count cannot be negative/);
	round.figures[0]!['value'] = 1;
	round.figures[0]!['date'] = '2021-02-30';
	assert.match(problemsOf(write('feb30.json', JSON.stringify(round)))[0]!, /figures\.0\.date: not a calendar date/);
});

test('a duplicate id is reported at the second occurrence', () => {
	const round = validRound();
	round.figures.push({...round.figures[0]!});
	const file = write('dup.json', JSON.stringify(round));
	assert.deepEqual(problemsOf(file), [`${file}: figures.1.id: duplicate id "${round.figures[0]!.id}"`]);
});

test('an unknown field is reported, so typos do not pass silently', () => {
	const round = {...validRound(), titel: 'typo'};
	assert.match(problemsOf(write('typo.json', JSON.stringify(round)))[0]!, /\(top level\): Unrecognized key: "titel"/);
});

test('initiative history must be oldest first', () => {
	const round = makeRound({
		initiatives: [
			{
				id: 'i',
				title: 'I',
				actors: ['A'],
				history: [
					{date: '2030-01-13', status: 'talks', note: 'n', sources: ['src']},
					{date: '2030-01-12', status: 'agreed', note: 'n', sources: ['src']},
				],
			},
		],
	});
	assert.match(
		problemsOf(write('order.json', JSON.stringify(round)))[0]!,
		/initiatives\.0\.history\.1\.date: 2030-01-12 is before the step above it/,
	);
});

test('control characters in dataset text are cleaned as the file is read', () => {
	const round = validRound();
	round.title = 'Title\u001B]0;pwned\u0007 \u001B[2J';
	const result = loadRound(write('hostile.json', JSON.stringify(round)));
	assert.equal(result.ok && result.round.title, 'Title ');
});

test('a 100 MB file, binary bytes and deep nesting each get one clear line', () => {
	const big = write('big.json', Buffer.alloc(100 * 1024 * 1024, 'x'));
	assert.deepEqual(problemsOf(big), [`${big}: line 1, column 1: not valid JSON: invalid symbol`]);
	assert.match(problemsOf(write('image.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])))[0]!, /is a binary file, not JSON text/);
	assert.match(problemsOf(write('deep-array.json', `${'['.repeat(200_000)}${']'.repeat(200_000)}`))[0]!, /found an array/);
	assert.ok(
		problemsOf(write('deep-object.json', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`)).some((line) =>
			/\(top level\): Unrecognized key: "a"/.test(line),
		),
	);
	assert.match(problemsOf(write('nan.json', '{"id": NaN}'))[0]!, /line 1, column 8: not valid JSON/);
});

test('a plain ASCII file is still cleaned: escapes written as \\u001b and a raw DEL byte', () => {
	const round = validRound();
	round.title = 'Red \u001B[31malert\u001B[0m';
	round.parties = ['A\u007FB', 'C'];
	const text = JSON.stringify(round);
	assert.ok(/^[\x20-\x7e\x7f]*$/.test(text) && text.includes('\\u001b'), 'the file is ASCII and holds an escape');
	const result = loadRound(write('ascii-escapes.json', text));
	assert.equal(result.ok, true);
	if (!result.ok) return;
	assert.equal(result.round.title, 'Red alert');
	assert.deepEqual(result.round.parties, ['A^?B', 'C']);
});

/*
 * Large files (piecesFrom, 8 MB) are read in chunks and parsed in pieces
 * (json-pieces.ts): the same round, and for a broken file the same line, as
 * reading it whole. Events with long summaries make the file large; in the
 * UTF-8 one, multi-byte characters fall across chunk boundaries.
 */
const largeRound = (summary: (index: number) => string) =>
	makeRound({
		events: Array.from({length: 18_000}, (_, index) => ({
			id: `e${index}`,
			date: '2030-01-12',
			kind: 'strike' as const,
			actors: ['A'],
			summary: summary(index),
			sources: ['src'],
		})),
	});
const wholeText = (file: string) => JSON.stringify(validateRound(file, JSON.parse(readFileSync(file, 'utf8'))));

test('a large file read in pieces gives the round reading it whole gives', () => {
	for (const [name, summary] of [
		['ascii', (index: number) => `Summary ${index} `.padEnd(500, 'x')],
		['utf8', (index: number) => `Résumé ${index} — ≥ 😀 `.repeat(25)],
		['escaped', (index: number) => `Line\n${index}\t"quoted"\u001b[31m`.padEnd(480, 'y')],
	] as const) {
		const text = JSON.stringify(largeRound(summary), null, name === 'utf8' ? 2 : undefined);
		assert.ok(Buffer.byteLength(text) > piecesFrom, `${name} is large enough to be read in pieces`);
		const file = write(`large-${name}.json`, text);
		const result = loadRound(file);
		assert.equal(result.ok, true, `${name} loads`);
		assert.equal(JSON.stringify(result), wholeText(file), `${name}: the same round`);
	}
	// The escapes decode to a line break, a tab and a colour sequence, cleaned as in a small file.
	const escaped = loadRound(join(dir, 'large-escaped.json'));
	assert.equal(escaped.ok && escaped.round.events[0]!.summary.slice(0, 18), 'Line 0 "quoted"yyy');
});

test('a large broken file gets the line a small one gets', () => {
	const text = JSON.stringify(
		largeRound((index) => `Summary ${index} `.padEnd(500, 'x')),
		null,
		1,
	);
	const at = text.lastIndexOf('"summary"');
	const broken = write('large-broken.json', `${text.slice(0, at)}"summary" "x"${text.slice(at + 20)}`);
	// Where the colon is missing: the string after "summary" and its space.
	const line = text.slice(0, at).split('\n').length;
	const column = at + '"summary" '.length - text.lastIndexOf('\n', at);
	assert.deepEqual(problemsOf(broken), [`${broken}: line ${line}, column ${column}: not valid JSON: colon expected`]);
	const nul = write('large-nul.json', `${text.slice(0, -2)}\u0000}`);
	assert.match(problemsOf(nul)[0]!, /is a binary file, not JSON text/);
	const cut = Buffer.from(JSON.stringify(largeRound((index) => `Résumé ${index} `.padEnd(500, 'é'))));
	assert.match(
		problemsOf(write('large-latin1.json', Buffer.concat([cut.subarray(0, 70_000), Buffer.from([0xe9]), cut.subarray(70_000)])))[0]!,
		/is not UTF-8 text/,
	);
	assert.match(problemsOf(write('large-array.json', `[${text}]`))[0]!, /found an array/);
});

test('a list of 100,000 broken entries: the first 50 problems as zod words them, then one line saying more were not looked for', () => {
	const folder = mkdtempSync(join(tmpdir(), 'sitrep-long-list-'));
	try {
		const round = JSON.parse(readFileSync('data/gaza-2012.json', 'utf8')) as Record<string, unknown>;
		const file = join(folder, 'zeros.json');
		writeFileSync(file, JSON.stringify({...round, events: Array.from({length: 100_000}, () => 0)}));
		const result = loadRound(file);
		assert.ok(!result.ok);
		const lines = problemLines(result.problems);
		assert.equal(lines.length, 51);
		assert.equal(lines[0], `${file}: events.0: Invalid input: expected object, received number`);
		assert.equal(lines[49], `${file}: events.49: Invalid input: expected object, received number`);
		assert.equal(lines[50], `${file}: events: … and more problems among its 100,000 entries (not all looked for)`);
		// A short list is worded by the schema as a whole, with its count.
		writeFileSync(file, JSON.stringify({...round, events: Array.from({length: 60}, () => 0)}));
		const short = loadRound(file);
		assert.ok(!short.ok);
		assert.equal(problemLines(short.problems).at(-1), `${file}: … and 10 more problems`);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});

test('an object with thousands of unknown keys is one short line: the first ten named, the rest counted', () => {
	const folder = mkdtempSync(join(tmpdir(), 'sitrep-many-keys-'));
	try {
		const round = JSON.parse(readFileSync('data/gaza-2012.json', 'utf8')) as Record<string, unknown>;
		const file = join(folder, 'keys.json');
		const extra = Object.fromEntries(Array.from({length: 5000}, (_, index) => [`k${index}`, 1]));
		writeFileSync(file, JSON.stringify({...round, ...extra}));
		const result = loadRound(file);
		assert.ok(!result.ok);
		const [line, ...rest] = problemLines(result.problems);
		assert.deepEqual(rest, []);
		assert.equal(
			line,
			`${file}: (top level): Unrecognized keys: "k0", "k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8", "k9" … and 4,990 more`,
		);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});

test('repeated ids are found where a Set finds them: every repeat, at its later places, whatever the ids', () => {
	// Ids that hash alike under FNV-1a's low bits, ids of many lengths, non-ASCII and astral ids, and repeats near and far.
	const base = ['e1', 'e2', 'é', '😀', '', 'a-very-long-identifier-'.repeat(4), ...Array.from({length: 5000}, (_, index) => `f${index}`)];
	const ids = [...base, 'e2', 'f4999', '😀', 'f0', 'f0', ...Array.from({length: 3000}, (_, index) => `g${index % 1500}`)];
	const seen = new Set<string>();
	const expected = ids.flatMap((id, index) => (seen.has(id) ? [index] : (seen.add(id), [])));
	assert.deepEqual(
		repeatedIds(ids, (id) => id),
		expected,
	);
	assert.ok(expected.length > 1500);
	assert.deepEqual(
		repeatedIds(['x', 'y'], (id) => id),
		[],
	);
	assert.deepEqual(
		repeatedIds([], (id: string) => id),
		[],
	);
});

test('every duplicate event and figure id is reported, each at its second place', () => {
	const round = makeRound({
		events: ['a', 'b', 'a', 'c', 'b', 'a'].map((id) => ({
			id,
			date: '2030-01-11',
			kind: 'other' as const,
			actors: [],
			summary: 'Something happened',
			sources: ['src'],
		})),
		figures: [
			claim({id: 'f', date: '2030-01-11', value: 1, claimant: 'UN'}),
			claim({id: 'f', date: '2030-01-11', value: 2, claimant: 'UN'}),
		],
	});
	assert.deepEqual(
		checkReferences(round).map((problem) => `${problem.where}: ${problem.message}`),
		['events.2.id: duplicate id "a"', 'events.4.id: duplicate id "b"', 'events.5.id: duplicate id "a"', 'figures.1.id: duplicate id "f"'],
	);
});
