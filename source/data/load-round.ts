import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs';
import {isAscii, isUtf8} from 'node:buffer';
import type {ParseError} from 'jsonc-parser';
import jsoncParser from './jsonc-on-demand.cjs';
import type * as z from 'zod';
import {schemas, type Round} from './schema.js';
import {checkedRound} from './round-check.js';
import {checkReferences} from './references.js';
import {cleanStrings, cleanText, jsonNeedsCleaning} from './clean-text.js';
import {readJsonObject} from './json-pieces.js';
import {withYoungGenerationHeld} from './young-generation.js';
import {keepRepeatedValuesOnce} from './repeated-values.js';

/** One thing wrong with a dataset file, located by field path or by line and column. */
/** `uncounted`: the last of a list cut short, standing for problems not looked for (a long list of broken entries). */
export type Problem = {file: string; where: string; message: string; uncounted?: true};

export type LoadResult =
	| {ok: true; file: string; round: Round}
	| {ok: false; file: string; problems: Problem[]}
	/** The file is the JSON Schema that describes rounds (data/schema.json), not a round. */
	| {ok: false; file: string; problems: []; schemaDocument: true};

/*
 * `validate data/*.json` meets data/schema.json too; it is recognised, not
 * reported as a broken round. Only a document that looks like a schema (a
 * json-schema.org `$schema` and schema keywords, no round fields) counts: a
 * round whose `$schema` points at json-schema.org or anywhere else is still
 * read and checked as a round, never dropped silently.
 */
const roundFields = ['id', 'title', 'start', 'end', 'events', 'figures'];
const isJsonSchemaDocument = (value: unknown): boolean => {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
	const record = value as Record<string, unknown>;
	return (
		typeof record['$schema'] === 'string' &&
		/^https?:\/\/json-schema\.org\//.test(record['$schema']) &&
		['properties', '$defs', 'definitions', 'type', '$ref'].some((key) => key in record) &&
		!roundFields.some((key) => key in record)
	);
};

/*
 * The one line a problem is shown as, on stdout, stderr or the status bar.
 * Every part is cleaned here: file names come from the command line, and
 * messages quote CSV cells and csv-parse's own errors.
 */
export const formatProblem = ({file, where, message}: Problem): string =>
	cleanText(where ? `${file}: ${where}: ${message}` : `${file}: ${message}`);

// Near the longest string V8 can hold (2^29 characters): a larger file cannot
// be parsed as one JSON text, so it is refused with a clear line, not a crash.
const maxBytes = 512 * 1024 * 1024;

/** Problems shown per file: a file with a million bad values gets 50 lines and a count, not a million lines. */
export const problemLimit = 50;
export const problemLines = (problems: readonly Problem[], limit = problemLimit): string[] => {
	if (problems.at(-1)?.uncounted) return [...problems.slice(0, Math.min(limit, problems.length - 1)).map(formatProblem), formatProblem(problems.at(-1)!)];
	const lines = problems.slice(0, limit).map(formatProblem);
	const rest = problems.length - limit;
	if (rest > 0) lines.push(cleanText(`${problems[0]!.file}: … and ${rest} more problem${rest === 1 ? '' : 's'}`));
	return lines;
};

export const fieldPath = (path: ReadonlyArray<PropertyKey>): string =>
	path.length === 0 ? '(top level)' : path.map(String).join('.');

const lineAndColumn = (text: string, offset: number): string => {
	let line = 1;
	let lineStart = 0;
	for (let i = 0; i < offset && i < text.length; i++) {
		if (text.charCodeAt(i) === 10) {
			line++;
			lineStart = i + 1;
		}
	}
	return `line ${line}, column ${offset - lineStart + 1}`;
};

const describeParseError = (code: ParseError['error']): string =>
	jsoncParser()
		.printParseErrorCode(code)
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.toLowerCase();

/*
 * JSON.parse is fast but on Node 20 its errors carry no position, so a file
 * that fails it is parsed again, tolerantly, to say where the first fault is.
 */
const parseJson = (file: string, text: string, knownClean = false): {ok: true; value: unknown; clean: boolean} | {ok: false; problem: Problem} => {
	try {
		return {ok: true, value: JSON.parse(text), clean: knownClean || !jsonNeedsCleaning(text)};
	} catch (error) {
		if (error instanceof RangeError) return {ok: false, problem: {file, where: '', message: 'is nested too deeply to be a round'}};
		const errors: ParseError[] = [];
		try {
			jsoncParser().parse(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false});
		} catch {
			return {ok: false, problem: {file, where: '', message: 'not valid JSON (and nested too deeply to say where)'}};
		}
		const first = errors[0];
		if (!first) return {ok: false, problem: {file, where: '', message: 'not valid JSON'}};
		return {
			ok: false,
			problem: {file, where: lineAndColumn(text, first.offset), message: `not valid JSON: ${describeParseError(first.error)}`},
		};
	}
};

// A problem is one line: an object with thousands of unknown keys names the first few and counts the rest.
const shownKeys = 10;
const issueMessage = (issue: z.core.$ZodIssue): string =>
	issue.code === 'unrecognized_keys' && issue.keys.length > shownKeys
		? `Unrecognized keys: ${issue.keys
				.slice(0, shownKeys)
				.map((key) => JSON.stringify(key))
				.join(', ')} … and ${(issue.keys.length - shownKeys).toLocaleString('en')} more`
		: issue.message;

const zodProblems = (file: string, error: z.ZodError): Problem[] =>
	error.issues.map((issue) => ({file, where: fieldPath(issue.path), message: issueMessage(issue)}));

/*
 * Opens a dataset file for reading, or says in words why it will not be read.
 * Non-blocking, so a FIFO does not wait for a writer, and only a regular file is
 * accepted (checked on the opened descriptor, so a symlink to /dev/zero is
 * caught too): a device or pipe has no size to check and may never end.
 */
export const openRegularFile = (file: string): {ok: true; fd: number; size: number} | {ok: false; message: string} => {
	let fd: number;
	try {
		fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
	} catch (error) {
		return {ok: false, message: unreadable(error)};
	}
	const stats = fstatSync(fd);
	if (stats.isFile()) return {ok: true, fd, size: stats.size};
	closeSync(fd);
	const kind = stats.isDirectory()
		? 'a directory'
		: stats.isFIFO()
			? 'a named pipe'
			: stats.isCharacterDevice() || stats.isBlockDevice()
				? 'a device'
				: stats.isSocket()
					? 'a socket'
					: 'not a regular file';
	return {ok: false, message: `is ${kind}, not a dataset file; only regular files are read`};
};

/** An open or read failure in words: the code, never a stack trace. */
export const unreadable = (error: unknown): string => {
	const code = (error as NodeJS.ErrnoException).code;
	if (code === 'ENOENT') return 'no such file';
	if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
	if (code === 'EISDIR') return 'is a directory, not a dataset file';
	return `cannot be read (${code ?? 'unknown error'})`;
};

/** The file's text; `clean` when its bytes alone show there is nothing for cleanText to change (no escape, DEL or non-ASCII). */
const readText = (file: string): {ok: true; text: string; clean?: boolean} | {ok: false; problem: Problem} => {
	const fail = (message: string) => ({ok: false as const, problem: {file, where: '', message}});
	const opened = openRegularFile(file);
	if (!opened.ok) return fail(opened.message);
	const tooBig = (size: number) => fail(`is ${Math.round(size / 1024 / 1024)} MB; the limit is ${maxBytes / 1024 / 1024} MB`);
	if (opened.size > maxBytes) {
		closeSync(opened.fd);
		return tooBig(opened.size);
	}
	// Read at most the limit plus one byte, whatever the size said: the file may grow while it is read.
	let bytes: Buffer;
	try {
		const buffer = Buffer.allocUnsafe(Math.min(opened.size, maxBytes) + 1);
		let length = 0;
		for (let got = -1; got !== 0 && length < buffer.length; length += got) got = readSync(opened.fd, buffer, length, buffer.length - length, null);
		if (length > maxBytes) return tooBig(length);
		bytes = buffer.subarray(0, length);
	} catch (error) {
		return fail(unreadable(error));
	} finally {
		closeSync(opened.fd);
	}
	if (bytes.length === 0) return fail('is empty; expected a JSON object describing one round');
	// JSON text never holds a NUL byte; a file that does is an image, an archive or the like.
	if (bytes.includes(0)) return fail('is a binary file, not JSON text');
	// Plain ASCII (most machine-written files) is UTF-8 already, and decodes byte for byte.
	if (isAscii(bytes)) return {ok: true, text: bytes.toString('latin1'), clean: !bytes.includes(0x5c) && !bytes.includes(0x7f)};
	if (!isUtf8(bytes)) return fail('is not UTF-8 text');
	return {ok: true, text: bytes.toString('utf8')};
};

/*
 * A very long list with many broken entries (millions of them): zod words every
 * problem of the whole value before one can be shown, which takes minutes and
 * all the memory there is. Such a list is checked entry by entry first, and the
 * check stops once there are more problems than are shown; a list with fewer is
 * left to the schema, which words them in its own order.
 */
const longList = 10_000;
const listEntries = [
	['sources', 'Source'],
	['claimants', 'Claimant'],
	['events', 'Event'],
	['figures', 'Figure'],
	['initiatives', 'Initiative'],
	['statements', 'Statement'],
] as const;
const longListProblems = (file: string, round: Record<string, unknown>): Problem[] | undefined => {
	for (const [key, entry] of listEntries) {
		const list = round[key];
		if (!Array.isArray(list) || list.length < longList) continue;
		const schema = schemas()[entry];
		const problems: Problem[] = [];
		for (let index = 0; index < list.length && problems.length <= problemLimit; index++) {
			const checked = schema.safeParse(list[index]);
			if (!checked.success) problems.push(...zodProblems(file, checked.error).map((each) => ({...each, where: fieldPath([key, index]) + (each.where === '(top level)' ? '' : `.${each.where}`)})));
		}
		if (problems.length > problemLimit)
			return [
				...problems.slice(0, problemLimit),
				{file, where: key, message: `… and more problems among its ${list.length.toLocaleString('en')} entries (not all looked for)`, uncounted: true},
			];
	}
	return undefined;
};

/**
 * Validate an already-parsed value as a round: its text cleaned, then the
 * schema, then cross-references. `alreadyClean` skips the cleaning walk when
 * the JSON text was seen to hold nothing to clean. `owned`: the value is ours
 * to keep as the round (parsed from the file here), so a valid one is not
 * copied by the schema; a caller's value is always copied.
 */
export const validateRound = (file: string, value: unknown, alreadyClean = false, owned = false): LoadResult => {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		const found = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
		return {ok: false, file, problems: [{file, where: '(top level)', message: `expected a JSON object describing one round, found ${found}`}]};
	}
	const clean = alreadyClean ? value : cleanStrings(value);
	// A value of our own (parsed here) that the fast check vouches for is the round as it is; else the schema
	// decides and words the problems.
	const fast = owned ? checkedRound(clean) : undefined;
	const many = fast ? undefined : longListProblems(file, clean as Record<string, unknown>);
	if (many) return {ok: false, file, problems: many};
	const parsed = fast ? {success: true as const, data: fast} : schemas().Round.safeParse(clean);
	if (!parsed.success) return {ok: false, file, problems: zodProblems(file, parsed.error)};
	const references = checkReferences(parsed.data).map((problem) => ({file, ...problem}));
	if (references.length > 0) return {ok: false, file, problems: references};
	return {ok: true, file, round: parsed.data};
};

/*
 * Files this large are read in pieces. A smaller one is read whole: its page
 * faults cost less than warming up the scanner (measured: a 4 MB round loads
 * faster whole, a 38 MB one ~0.2 s faster in pieces).
 */
export const piecesFrom = 8 * 1024 * 1024;

/*
 * A large file read in chunks through one reused buffer and parsed in pieces
 * (json-pieces.ts), so neither its bytes nor its text are ever in memory
 * whole. Undefined for anything unusual (a NUL byte, bytes that are not
 * UTF-8, a syntax error, a file that grows past the limit): the whole-file
 * path then reads it again and says what is wrong, as it words it.
 */
const readInPieces = (file: string): {value: unknown; clean: boolean} | undefined => {
	const opened = openRegularFile(file);
	if (!opened.ok) return undefined;
	try {
		if (opened.size < piecesFrom || opened.size > maxBytes) return undefined;
		let total = 0;
		let tooBig = false;
		const value = withYoungGenerationHeld(() =>
			readJsonObject((buffer, offset, length) => {
				const got = readSync(opened.fd, buffer, offset, length, null);
				total += got;
				if (total <= maxBytes) return got;
				tooBig = true;
				return 0;
			}, {eachBatch: keepRepeatedValuesOnce()}),
		);
		return tooBig ? undefined : value;
	} catch {
		return undefined;
	} finally {
		closeSync(opened.fd);
	}
};

// The file's bytes and text go out of scope here, before validation, so a
// large file is not held in memory three times over.
const readJson = (file: string): ReturnType<typeof parseJson> => {
	const pieces = readInPieces(file);
	if (pieces) return {ok: true, ...pieces};
	const read = readText(file);
	return read.ok ? parseJson(file, read.text, read.clean) : read;
};

export const loadRound = (file: string): LoadResult => {
	const json = readJson(file);
	if (!json.ok) return {ok: false, file, problems: [json.problem]};
	if (isJsonSchemaDocument(json.value)) return {ok: false, file, problems: [], schemaDocument: true};
	return validateRound(file, json.value, json.clean, true);
};
