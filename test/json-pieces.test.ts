import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readJsonObject} from '../source/data/json-pieces.js';

/*
 * The reader must give exactly what JSON.parse gives for the whole text, or
 * nothing (then the whole text is parsed): same keys in the same order, same
 * values, __proto__ as an own key. Checked on generated JSON, valid and broken,
 * cut into chunks of every size.
 */

// A small deterministic generator, so a failure can be replayed.
const random = (seed: number) => () => {
	// Math.imul: the product in doubles would lose its low bits, and the sequence would repeat early.
	seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
	return seed / 0x7fffffff;
};

const strings = [
	'',
	'a',
	'id',
	'date',
	'__proto__',
	'x,y',
	'{[',
	']}',
	'say "hi"',
	'q"]},{"',
	'\\"',
	'back\\slash',
	'tab\there',
	'é ≥ 😀',
	'\u001b[2J',
	'a\\',
];
const generate = (next: () => number, depth: number): unknown => {
	const pick = next();
	if (depth > 3 || pick < 0.3) {
		const kind = Math.floor(next() * 6);
		if (kind === 0) return Math.floor(next() * 1000) - 500;
		if (kind === 1) return next() * 10;
		if (kind === 2) return next() < 0.5;
		if (kind === 3) return null;
		return strings[Math.floor(next() * strings.length)]!;
	}
	if (pick < 0.6) return Array.from({length: Math.floor(next() * 5)}, () => generate(next, depth + 1));
	const object: Record<string, unknown> = {};
	for (let count = Math.floor(next() * 5); count > 0; count--)
		object[strings[Math.floor(next() * strings.length)]!] = generate(next, depth + 1);
	return object;
};

// One line per element of each top-level array, as machine-written rounds often are.
const elementPerLine = (value: Record<string, unknown>): string =>
	`{${Object.entries(value)
		.map(
			([key, item]) =>
				`${JSON.stringify(key)}:${Array.isArray(item) ? `[\n${item.map((each) => JSON.stringify(each)).join(',\n')}\n]` : JSON.stringify(item)}`,
		)
		.join(',')}}`;

const spaced = (json: string, next: () => number): string =>
	// Insert JSON white space after structural characters outside strings.
	(next() < 0.25
		? elementPerLine(JSON.parse(json) as Record<string, unknown>)
		: JSON.stringify(JSON.parse(json), null, next() < 0.5 ? undefined : next() < 0.5 ? 2 : '\t')
	).replace(/\n/g, next() < 0.5 ? '\r\n' : '\n');

/** The text's UTF-8 bytes, handed over at most `chunkSize` at a time, through a buffer of `chunkSize` to start with. */
const read = (text: string, chunkSize: number, batchBytes: number) => {
	const bytes = Buffer.from(text);
	let at = 0;
	return readJsonObject(
		(buffer, offset, length) => {
			const count = bytes.copy(buffer, offset, at, Math.min(bytes.length, at + Math.min(length, chunkSize)));
			at += count;
			return count;
		},
		{chunkBytes: Math.max(1, Math.min(chunkSize, 64)), batchBytes},
	);
};

/** The same as JSON.parse would give, compared with key order and prototypes. */
const same = (actual: unknown, expected: unknown): void => {
	assert.equal(JSON.stringify(actual), JSON.stringify(expected));
	const walk = (a: unknown, b: unknown) => {
		if (typeof a !== 'object' || a === null) return;
		assert.equal(Object.getPrototypeOf(a), Object.getPrototypeOf(b));
		assert.deepEqual(Object.keys(a), Object.keys(b as object));
		for (const key of Object.keys(a)) walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]);
	};
	walk(actual, expected);
};

const roundLike = (next: () => number): string => {
	const members: string[] = [];
	for (let count = 1 + Math.floor(next() * 6); count > 0; count--) {
		const name = JSON.stringify(strings[Math.floor(next() * strings.length)]);
		const value =
			next() < 0.6
				? JSON.stringify(Array.from({length: Math.floor(next() * 30)}, () => generate(next, 1)))
				: JSON.stringify(generate(next, 0));
		members.push(`${name}:${value}`);
	}
	return spaced(`{${members.join(',')}}`, next);
};

test('valid objects read in pieces are what JSON.parse gives, whatever the chunk and batch sizes', () => {
	const next = random(7);
	for (let round = 0; round < 150; round++) {
		const text = roundLike(next);
		const expected = JSON.parse(text);
		for (const chunkSize of [1, 2, 3, 7, 64, 100_000]) {
			for (const batchBytes of [0, 1, 10, 200, 16_384]) {
				const result = read(text, chunkSize, batchBytes);
				assert.ok(result, `not read: ${text} (chunks of ${chunkSize}, batches of ${batchBytes})`);
				same(result.value, expected);
			}
		}
	}
});

test('repeated keys keep their first place and last value, and __proto__ is an own key', () => {
	const text = '{"a": [1], "__proto__": {"polluted": true}, "b": 2, "a": [3, 4]}';
	const result = read(text, 5, 1);
	assert.ok(result);
	same(result.value, JSON.parse(text));
	assert.deepEqual(Object.keys(result.value), ['a', '__proto__', 'b']);
	assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
});

test('broken JSON is never read as something JSON.parse would refuse', () => {
	const next = random(11);
	const breakers = [',', ']', '}', '[', '{', '"', ':', ' ', '\\', 'x', '0', '\u0001', '\n'];
	let refused = 0;
	for (let round = 0; round < 1500; round++) {
		let text = roundLike(next);
		// One or two edits: a character inserted, deleted or replaced.
		for (let edits = 1 + Math.floor(next() * 2); edits > 0; edits--) {
			const at = Math.floor(next() * (text.length + 1));
			const kind = next();
			const insert = breakers[Math.floor(next() * breakers.length)]!;
			text =
				kind < 0.4
					? text.slice(0, at) + insert + text.slice(at)
					: kind < 0.7
						? text.slice(0, at) + text.slice(at + 1)
						: text.slice(0, at) + insert + text.slice(at + 1);
		}
		// As a file holds it: an edit that split a surrogate pair leaves U+FFFD in UTF-8.
		text = Buffer.from(text).toString('utf8');
		let expected: unknown;
		try {
			expected = JSON.parse(text);
		} catch {
			expected = undefined;
		}
		for (const [chunkSize, batchBytes] of [
			[1, 0],
			[3, 5],
			[17, 1],
			[100_000, 16_384],
		] as const) {
			const result = read(text, chunkSize, batchBytes);
			if (expected === undefined) assert.equal(result, undefined, `read though JSON.parse refuses: ${JSON.stringify(text)}`);
			else if (result) same(result.value, expected);
			else if (typeof expected === 'object' && expected !== null && !Array.isArray(expected)) assert.fail(`valid object not read: ${text}`);
		}
		if (expected === undefined) refused++;
	}
	assert.ok(refused > 500, `only ${refused} broken texts were made`);
});

test('trailing commas, empty slots and text after the object are refused', () => {
	for (const text of [
		'{"a":[1,]}',
		'{"a":[,1]}',
		'{"a":[1,,2]}',
		'{"a":1,}',
		'{,"a":1}',
		'{"a":1} x',
		'{"a":1}{',
		'{"a" 1}',
		'{"a":}',
		'{"a":[1] "b":2}',
		// The same with an element per line (the reader's line cuts).
		'{"a":[\n1,\n]}',
		'{"a":[\n,\n1]}',
		'{"a":[\n1,\n,\n2]}',
		'{"a":[\n  1,\n  ,\n  2\n]}',
		'{"a":[\n\n,\n\n1]}',
		'{"a":[\n1,\n2,\n]}',
		'{"a":[\n1,\n2\n,]}',
		'{"a":[\n1,\n2\n}',
		'[1]',
		'"x"',
		'',
	])
		for (const batchBytes of [0, 1, 100])
			for (const chunkSize of [1, 4, 100])
				assert.equal(read(text, chunkSize, batchBytes), undefined, `${text} read (chunks ${chunkSize}, batches ${batchBytes})`);
});

test('a piece needing no cleaning is told apart from one that does', () => {
	const clean = (text: string) => read(text, 3, 1)?.clean;
	assert.equal(clean('{"a":["x","y"],"b":"é ≥ 😀"}'), true);
	assert.equal(clean('{"a":["x","\\u001b[2J"]}'), false);
	assert.equal(clean('{"a\\n":1}'), false);
	assert.equal(clean('{"a":{"b":"\u202e"}}'), false);
	assert.equal(clean('{"a":"\u007f"}'), false);
	// A backslash escaping a backslash, then n: not a line break.
	assert.equal(clean('{"a":["\\\\n"]}'), true);
});

test('bytes that are not UTF-8, or a NUL byte, are left to the whole-file path', () => {
	const of = (bytes: number[]) => {
		let done = false;
		return readJsonObject((buffer, offset) => {
			if (done) return 0;
			done = true;
			return Buffer.from(bytes).copy(buffer, offset);
		});
	};
	const text = (value: string) => [...Buffer.from(value)];
	assert.ok(of(text('{"a":"é"}')));
	assert.equal(of([...text('{"a":"'), 0xe9, ...text('"}')]), undefined);
	assert.equal(of([...text('{"'), 0xe9, ...text('":1}')]), undefined);
	assert.equal(of([...text('{"a":["x'), 0xc3, ...text('"]}')]), undefined);
	assert.equal(of([...text('{"a":1} '), 0]), undefined);
	assert.equal(of([0xef, 0xbb, 0xbf, ...text('{"a":1}')]), undefined);
});

test('an array whose elements share a line after the first newline is read, its buffer never grown to wait for a line', () => {
	const text = `{"a":[\n${Array.from({length: 24}, (_, index) => index).join(',')}]}`;
	const bytes = Buffer.from(text);
	let at = 0;
	const result = readJsonObject(
		(buffer, offset, length) => {
			const count = bytes.copy(buffer, offset, at, Math.min(bytes.length, at + length));
			at += count;
			return count;
		},
		{chunkBytes: 64, batchBytes: 40, maxPiece: 64},
	);
	assert.ok(result, 'read');
	same(result.value, JSON.parse(text));
});
