import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawn, spawnSync} from 'node:child_process';
import {closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, rmSync, readdirSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {makeRound} from './helpers.js';

// The CLI is run from source through tsx, so the suite needs no build first.
const sitrep = (...args: string[]) => {
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'source/cli.tsx', ...args], {
		encoding: 'utf8',
		env: {...process.env, NO_COLOR: '1'},
	});
	return {code: result.status, stdout: result.stdout, stderr: result.stderr};
};

let dir = '';
before(() => {
	dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

test('validate accepts the bundled data (and recognises the schema file) with exit 0', () => {
	const files = readdirSync('data').map((name) => join('data', name));
	const {code, stdout} = sitrep('validate', ...files);
	assert.equal(code, 0, stdout);
	assert.match(stdout, /gaza-2012\.json: valid/);
	assert.match(stdout, /gaza-2021\.json: valid/);
	assert.match(stdout, /schema\.json: skipped: this is the JSON Schema/);
});

test('validate gives exit 2 and one located line per problem, never a stack trace', () => {
	const badJson = join(dir, 'bad.json');
	writeFileSync(badJson, '{"id": }');
	const empty = join(dir, 'empty.json');
	writeFileSync(empty, '');
	const ghost = join(dir, 'ghost.json');
	const round = makeRound({events: [{id: 'e', date: '2030-01-11', kind: 'other', actors: [], summary: 's', sources: ['nope']}]});
	writeFileSync(ghost, JSON.stringify(round));
	const missing = join(dir, 'missing.json');
	const {code, stdout, stderr} = sitrep('validate', badJson, empty, ghost, missing);
	assert.equal(code, 2);
	assert.deepEqual(stdout.trim().split('\n'), [
		`${badJson}: line 1, column 8: not valid JSON: value expected`,
		`${empty}: is empty; expected a JSON object describing one round`,
		`${ghost}: events.0.sources.0: no source with id "nope"`,
		`${missing}: no such file`,
	]);
	assert.doesNotMatch(stdout + stderr, /\n\s+at /, 'no stack trace');
});

test('--list names both bundled rounds, most recent first', () => {
	const {code, stdout} = sitrep('--list');
	assert.equal(code, 0);
	const ids = stdout
		.trim()
		.split('\n')
		.map((line) => line.split(' ')[0]);
	assert.deepEqual(ids, ['gaza-2021', 'gaza-2012']);
});

test('--data adds a round; a bad --data file is skipped with its reason and exit 2, the bundled rounds stay', () => {
	const extra = join(dir, 'extra.json');
	writeFileSync(extra, JSON.stringify(makeRound({id: 'extra-round'})));
	const added = sitrep('--list', '--data', extra);
	assert.equal(added.code, 0);
	assert.match(added.stdout, /^extra-round /m);

	const broken = join(dir, 'broken.json');
	writeFileSync(broken, '[1, 2]');
	const skipped = sitrep('--list', '--data', broken);
	assert.equal(skipped.code, 2);
	assert.match(skipped.stderr, /skipped: .*broken\.json: \(top level\): expected a JSON object/);
	assert.match(skipped.stdout, /^gaza-2021 /m);
});

test('an unknown round id is a clear error with exit 2', () => {
	const {code, stderr} = sitrep('--round', 'nowhere');
	assert.equal(code, 2);
	assert.equal(stderr.trim(), 'sitrep: no round with id "nowhere"; open rounds: gaza-2021, gaza-2012');
});

test('--version prints the package version', () => {
	const {code, stdout} = sitrep('--version');
	assert.equal(code, 0);
	assert.match(stdout.trim(), /^\d+\.\d+\.\d+$/);
});

test('--help lists every option sitrep accepts, and the panes it can open', () => {
	const {code, stdout} = sitrep('--help');
	assert.equal(code, 0);
	const options = stdout.split('\n').filter((line) => /^\s+--/.test(line));
	for (const name of [
		'round',
		'data',
		'window',
		'pane',
		'vs',
		'day',
		'snapshot',
		'width',
		'height',
		'export',
		'export-dir',
		'brief',
		'no-color',
		'list',
	])
		assert.ok(
			options.some((line) => line.trimStart().startsWith(`--${name} `)),
			`--${name} is in the help`,
		);
	assert.match(stdout, /--pane NAME\s+overview, escalation, casualties, diplomacy, sources or compare/);
});

/*
 * A snapshot exits as soon as its frame is written, without waiting for Node to
 * wind down: nothing may be lost on the way. The frame here (a round with 1,500
 * long sources, on the Sources pane) is more than a pipe holds, and the reader
 * waits before it reads.
 */
test('a large snapshot arrives whole through a slow pipe and into a file, after its export, with exit 2 for a skipped file', async () => {
	const sources = Array.from({length: 1500}, (_, index) => ({
		id: `s${index}`,
		outlet: `Outlet ${index} ${'o'.repeat(150)}`,
		title: `Title ${index} ${'t'.repeat(100)}`,
		kind: 'news' as const,
	}));
	const events = sources.map((source, index) => ({
		id: `e${index}`,
		date: '2030-01-11',
		kind: 'other' as const,
		actors: [],
		summary: `Summary ${index}`,
		sources: [source.id],
	}));
	const large = join(dir, 'large.json');
	writeFileSync(large, JSON.stringify(makeRound({id: 'large', sources, events})));
	const broken = join(dir, 'large-broken.json');
	writeFileSync(broken, '[]');
	const args = ['--import', 'tsx', 'source/cli.tsx', '--snapshot', '--pane', 'sources', '--width', '300', '--height', '500'];
	args.push('--data', large, '--round', 'large', '--data', broken);
	const exported = join(dir, 'large.md');
	const piped = await new Promise<{code: number | null; stdout: string; stderr: string}>((resolve) => {
		const child = spawn(process.execPath, [...args, '--export', exported], {env: {...process.env, NO_COLOR: '1'}});
		let stdout = '';
		let stderr = '';
		child.stdout.pause();
		setTimeout(() => child.stdout.resume(), 1500);
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
		child.on('close', (code) => resolve({code, stdout, stderr}));
	});
	assert.equal(piped.code, 2, piped.stderr);
	assert.match(piped.stderr, /skipped: .*large-broken\.json/);
	assert.match(piped.stderr, /wrote .*large\.md/);
	assert.ok(statSync(exported).size > 1000);
	assert.ok(piped.stdout.length > 100_000, `only ${piped.stdout.length} bytes`);
	assert.match(piped.stdout, /Sources/);
	assert.ok(piped.stdout.endsWith('\n'));

	const file = join(dir, 'large.txt');
	const output = openSync(file, 'w');
	const filed = spawnSync(process.execPath, args, {stdio: ['ignore', output, 'pipe'], env: {...process.env, NO_COLOR: '1'}});
	closeSync(output);
	assert.equal(filed.status, 2);
	assert.equal(readFileSync(file, 'utf8'), piped.stdout);
});

test('an output that cannot be written (a full disk) is one line naming the error and exit 1; a reader that stops early, exit 0', () => {
	const full = openSync('/dev/full', 'w');
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'source/cli.tsx', '--snapshot'], {
		stdio: ['ignore', full, 'pipe'],
		encoding: 'utf8',
	});
	closeSync(full);
	assert.equal(result.status, 1);
	assert.equal(result.stderr, 'sitrep: cannot write to standard output (ENOSPC)\n');
	const early = spawnSync(
		'bash',
		['-c', `${JSON.stringify(process.execPath)} --import tsx source/cli.tsx --snapshot | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`],
		{
			encoding: 'utf8',
		},
	);
	assert.equal(early.stdout.trim(), '0');
});
