import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {largeRoundId, writeLargeRound} from './large-round.js';

/*
 * dist/cli.js compiles the program with a V8 code cache kept in the user's
 * cache folder. Whatever state that cache is in, the output is the same; a
 * cache that cannot be written is skipped without a word.
 */
let dir = '';
before(() => {
	execFileSync(process.execPath, ['scripts/build.js'], {stdio: 'inherit'});
	dir = mkdtempSync(join(tmpdir(), 'sitrep-code-cache-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

const snapshot = (environment: Record<string, string>) => {
	const result = spawnSync(process.execPath, ['dist/cli.js', '--snapshot', '--width', '100', '--height', '30', '--pane', 'casualties'], {
		encoding: 'utf8',
		env: {...process.env, ...environment},
	});
	assert.equal(result.status, 0, result.stderr);
	assert.equal(result.stderr, '');
	return result.stdout;
};
const cacheFiles = (home: string) =>
	existsSync(join(home, 'sitrep')) ? readdirSync(join(home, 'sitrep')).map((name) => join(home, 'sitrep', name)) : [];

test('the first run writes the cache, later runs use it, and all print the same frame', () => {
	const home = join(dir, 'fresh');
	const reference = snapshot({SITREP_CODE_CACHE: '0', XDG_CACHE_HOME: home});
	assert.deepEqual(cacheFiles(home), [], 'SITREP_CODE_CACHE=0 writes nothing');
	assert.match(reference, /Casualties/);
	assert.equal(snapshot({XDG_CACHE_HOME: home}), reference);
	const [file, ...others] = cacheFiles(home);
	assert.ok(file && others.length === 0, 'one cache file');
	assert.match(file, new RegExp(`code-[0-9a-f]{16}-${process.version.replaceAll('.', '\\.')}-${process.arch}\\.v8$`));
	const written = statSync(file).mtimeMs;
	assert.equal(snapshot({XDG_CACHE_HOME: home}), reference);
	assert.equal(statSync(file).mtimeMs, written, 'an accepted cache is not rewritten');
	// A damaged cache is rejected by V8 and replaced.
	writeFileSync(file, 'not a code cache');
	assert.equal(snapshot({XDG_CACHE_HOME: home}), reference);
	assert.notEqual(readFileSync(file, 'utf8').slice(0, 16), 'not a code cache');
});

/*
 * V8 stamps a code cache with a hash of its flags and rejects one made under
 * other flags. Reading a large file changes a flag for a while (the young
 * generation held: source/data/young-generation.ts); it is back to what it was
 * before the cache is written, so the two kinds of run share one cache.
 */
test('a cache written by a run that read a large file is the one a plain start uses, and the reverse', () => {
	const large = join(dir, 'large.json');
	writeLargeRound(large);
	const openLarge = (home: string) => {
		const result = spawnSync(process.execPath, ['dist/cli.js', '--data', large, '--round', largeRoundId, '--snapshot'], {
			encoding: 'utf8',
			env: {...process.env, XDG_CACHE_HOME: home, NODE_OPTIONS: ''},
		});
		assert.equal(result.status, 0, result.stderr);
		assert.equal(result.stderr, '');
	};
	for (const [name, writer, reader] of [
		['large first', openLarge, (home: string) => snapshot({XDG_CACHE_HOME: home})],
		['plain first', (home: string) => snapshot({XDG_CACHE_HOME: home}), openLarge],
	] as const) {
		const home = join(dir, name.replace(' ', '-'));
		writer(home);
		const [file] = cacheFiles(home);
		assert.ok(file, `${name}: a cache is written`);
		const written = statSync(file).mtimeMs;
		reader(home);
		assert.equal(statSync(file).mtimeMs, written, `${name}: the cache is accepted, not rewritten`);
	}
});

test('a cache folder that cannot be written is skipped silently', () => {
	const blocker = join(dir, 'a-file');
	writeFileSync(blocker, '');
	const reference = snapshot({SITREP_CODE_CACHE: '0'});
	assert.equal(snapshot({XDG_CACHE_HOME: blocker}), reference);
});

test('the built CLI prints the package version (its folder has a package.json of its own)', () => {
	const {version} = JSON.parse(readFileSync('package.json', 'utf8')) as {version: string};
	const out = spawnSync(process.execPath, ['dist/cli.js', '--version'], {encoding: 'utf8', env: {...process.env, XDG_CACHE_HOME: dir}});
	assert.equal(out.status, 0);
	assert.equal(out.stdout.trim(), version);
});

test('only a run that drew a frame writes the cache, so an early exit never leaves a cache without most of the program', () => {
	const home = join(dir, 'early');
	for (const args of [['--version'], ['--help'], ['--list'], ['--pane', 'nowhere', '--snapshot']]) {
		spawnSync(process.execPath, ['dist/cli.js', ...args], {env: {...process.env, XDG_CACHE_HOME: home}});
		assert.deepEqual(cacheFiles(home), [], args.join(' '));
	}
	snapshot({XDG_CACHE_HOME: home});
	assert.equal(cacheFiles(home).length, 1);
});

test('caches other builds left for this Node version go, but for the two written last', () => {
	const home = join(dir, 'others');
	mkdirSync(join(home, 'sitrep'), {recursive: true});
	const other = (hash: string, daysAgo: number, version = process.version) => {
		const file = join(home, 'sitrep', `code-${hash}-${version}-${process.arch}.v8`);
		writeFileSync(file, 'old');
		const when = Date.now() / 1000 - daysAgo * 86_400;
		utimesSync(file, when, when);
		return file;
	};
	const kept = [other('1'.repeat(16), 1), other('2'.repeat(16), 2)];
	const gone = [other('3'.repeat(16), 3), other('4'.repeat(16), 4)];
	const otherNode = other('5'.repeat(16), 5, 'v0.0.1');
	snapshot({XDG_CACHE_HOME: home});
	const files = cacheFiles(home);
	assert.equal(files.length, 4);
	for (const file of [...kept, otherNode]) assert.ok(files.includes(file), file);
	for (const file of gone) assert.ok(!files.includes(file), file);
});
