import {readFileSync, statSync} from 'node:fs';
import {isUtf8} from 'node:buffer';
import {parse as parseTolerant, printParseErrorCode, type ParseError} from 'jsonc-parser';
import type * as z from 'zod';
import {Round} from './schema.js';
import {checkReferences} from './references.js';
import {cleanStrings, jsonNeedsCleaning} from './clean-text.js';

/** One thing wrong with a dataset file, located by field path or by line and column. */
export type Problem = {file: string; where: string; message: string};

export type LoadResult =
	| {ok: true; file: string; round: Round}
	| {ok: false; file: string; problems: Problem[]}
	/** The file is the JSON Schema that describes rounds (data/schema.json), not a round. */
	| {ok: false; file: string; problems: []; schemaDocument: true};

// `validate data/*.json` meets data/schema.json too; it is recognised, not reported as a broken round.
const isJsonSchemaDocument = (value: unknown): boolean =>
	typeof value === 'object' &&
	value !== null &&
	typeof (value as {$schema?: unknown}).$schema === 'string' &&
	(value as {$schema: string}).$schema.startsWith('https://json-schema.org/');

export const formatProblem = ({file, where, message}: Problem): string =>
	where ? `${file}: ${where}: ${message}` : `${file}: ${message}`;

// Near the longest string V8 can hold (2^29 characters): a larger file cannot
// be parsed as one JSON text, so it is refused with a clear line, not a crash.
const maxBytes = 512 * 1024 * 1024;

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
	printParseErrorCode(code)
		.replace(/([a-z])([A-Z])/g, '$1 $2')
		.toLowerCase();

/*
 * JSON.parse is fast but on Node 20 its errors carry no position, so a file
 * that fails it is parsed again, tolerantly, to say where the first fault is.
 */
const parseJson = (file: string, text: string): {ok: true; value: unknown; clean: boolean} | {ok: false; problem: Problem} => {
	try {
		return {ok: true, value: JSON.parse(text), clean: !jsonNeedsCleaning(text)};
	} catch (error) {
		if (error instanceof RangeError) return {ok: false, problem: {file, where: '', message: 'is nested too deeply to be a round'}};
		const errors: ParseError[] = [];
		try {
			parseTolerant(text, errors, {disallowComments: true, allowTrailingComma: false, allowEmptyContent: false});
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

const zodProblems = (file: string, error: z.ZodError): Problem[] =>
	error.issues.map((issue) => ({file, where: fieldPath(issue.path), message: issue.message}));

const readText = (file: string): {ok: true; text: string} | {ok: false; problem: Problem} => {
	const fail = (message: string) => ({ok: false as const, problem: {file, where: '', message}});
	let bytes: Buffer;
	try {
		const stats = statSync(file);
		if (stats.isDirectory()) return fail('is a directory, not a dataset file');
		if (stats.size > maxBytes) return fail(`is ${Math.round(stats.size / 1024 / 1024)} MB; the limit is ${maxBytes / 1024 / 1024} MB`);
		bytes = readFileSync(file);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ENOENT') return fail('no such file');
		if (code === 'EACCES' || code === 'EPERM') return fail('cannot be read (permission denied)');
		return fail(`cannot be read (${code ?? 'unknown error'})`);
	}
	if (bytes.length === 0) return fail('is empty; expected a JSON object describing one round');
	// JSON text never holds a NUL byte; a file that does is an image, an archive or the like.
	if (bytes.includes(0)) return fail('is a binary file, not JSON text');
	if (!isUtf8(bytes)) return fail('is not UTF-8 text');
	return {ok: true, text: bytes.toString('utf8')};
};

/**
 * Validate an already-parsed value as a round: its text cleaned, then the
 * schema, then cross-references. `alreadyClean` skips the cleaning walk when
 * the JSON text was seen to hold nothing to clean.
 */
export const validateRound = (file: string, value: unknown, alreadyClean = false): LoadResult => {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		const found = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
		return {ok: false, file, problems: [{file, where: '(top level)', message: `expected a JSON object describing one round, found ${found}`}]};
	}
	const parsed = Round.safeParse(alreadyClean ? value : cleanStrings(value));
	if (!parsed.success) return {ok: false, file, problems: zodProblems(file, parsed.error)};
	const references = checkReferences(parsed.data).map((problem) => ({file, ...problem}));
	if (references.length > 0) return {ok: false, file, problems: references};
	return {ok: true, file, round: parsed.data};
};

// The file's bytes and text go out of scope here, before validation, so a
// large file is not held in memory three times over.
const readJson = (file: string): ReturnType<typeof parseJson> => {
	const read = readText(file);
	return read.ok ? parseJson(file, read.text) : read;
};

export const loadRound = (file: string): LoadResult => {
	const json = readJson(file);
	if (!json.ok) return {ok: false, file, problems: [json.problem]};
	if (isJsonSchemaDocument(json.value)) return {ok: false, file, problems: [], schemaDocument: true};
	return validateRound(file, json.value, json.clean);
};
