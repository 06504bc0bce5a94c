import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {createHash} from 'node:crypto';
import {mkdtempSync, readFileSync, readdirSync, rmSync, copyFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve, sep} from 'node:path';

/*
 * sitrep never writes to a dataset, never opens a network connection, and
 * writes files only where --export or the e key says. The built CLI runs with
 * a preload that traps and logs every network API and every file write. The one
 * other place it may write is its own cache folder (the compiled-code cache):
 * here a folder of the test's, and writes there are told apart.
 */
const trap = resolve('test/fixtures/trap-side-effects.cjs');
const cli = resolve('dist/cli.js');
let dir = '';
before(() => {
	execFileSync(process.execPath, ['scripts/build.js'], {stdio: 'inherit'});
	dir = mkdtempSync(join(tmpdir(), 'sitrep-effects-'));
	copyFileSync('test/fixtures/hostile.json', join(dir, 'mine.json'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

const digest = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const datasets = () =>
	[...readdirSync('data').map((name) => join('data', name)), join(dir, 'mine.json')].map((file) => `${file} ${digest(file)}`);

const cacheHome = () => join(dir, 'cache');
// "write NAME PATH [FLAGS]"
const inCache = (event: string) => (event.split(' ')[2] ?? '').startsWith(join(cacheHome(), 'sitrep') + sep);
const runTrapped = (args: string[]) => {
	const log = join(dir, `trap-${Math.random().toString(36).slice(2)}.log`);
	const result = spawnSync(process.execPath, ['--require', trap, cli, ...args], {
		cwd: dir,
		encoding: 'utf8',
		env: {...process.env, SITREP_TRAP_LOG: log, XDG_CACHE_HOME: cacheHome()},
	});
	const lines = readFileSync(log, 'utf8').trim().split('\n');
	assert.equal(lines[0], 'trap ready');
	return {
		status: result.status,
		stderr: result.stderr,
		events: lines.slice(1).filter((event) => !inCache(event)),
		cacheEvents: lines.slice(1).filter(inCache),
	};
};

test('snapshots, lists, validation and --data: no network, no file written, datasets unchanged', () => {
	const before = datasets();
	for (const args of [
		['--snapshot'],
		['--list'],
		['validate', join(dir, 'mine.json')],
		['--data', join(dir, 'mine.json'), '--round', 'hostile', '--snapshot', '--pane', 'sources'],
		['--pane', 'casualties'],
	]) {
		const {status, stderr, events, cacheEvents} = runTrapped(args);
		assert.equal(status, 0, `${args.join(' ')}: ${stderr}`);
		assert.deepEqual(events, [], `${args.join(' ')} did something it should not`);
		assert.ok(
			cacheEvents.every((event) => /^write (openSync|writeFileSync|renameSync|rmSync) /.test(event)),
			cacheEvents.join('\n'),
		);
	}
	assert.deepEqual(datasets(), before);
});

test('--export writes exactly the files asked for, and nothing goes to the network', () => {
	const files = ['brief.txt', 'brief.ansi', 'brief.svg', 'brief.png', 'brief.md', 'brief.json'].map((name) => join(dir, name));
	const {status, stderr, events} = runTrapped(['--pane', 'casualties', ...files.flatMap((file) => ['--export', file])]);
	assert.equal(status, 0, stderr);
	assert.deepEqual(
		events.filter((event) => event.startsWith('network')),
		[],
	);
	// Each export is written to a temporary file beside it and renamed into place (source/export/write-file.ts).
	const temporary = /\/\.[^/]+\.\d+-[0-9a-f]{8}\.tmp$/;
	const written = new Set(events.map((event) => event.split(' ').at(-1)!).filter((file) => !temporary.test(file)));
	assert.deepEqual([...written].sort(), [...files].sort());
	assert.deepEqual(
		readdirSync(dir).filter((name) => name.endsWith('.tmp')),
		[],
		'no temporary file left',
	);
});

test('the e key writes its SVG and PNG in the current folder and nothing else', () => {
	// The interactive app needs a terminal: tmux gives it one, the trap rides along in NODE_OPTIONS.
	const socket = `sitrep-effects-${process.pid}`;
	const log = join(dir, 'trap-interactive.log');
	const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket, ...args], {encoding: 'utf8'});
	try {
		tmux(
			'new-session',
			'-d',
			'-s',
			'e',
			'-x',
			'100',
			'-y',
			'30',
			'-c',
			dir,
			`sh -c 'env -u CI SITREP_TRAP_LOG=${log} XDG_CACHE_HOME=${cacheHome()} ${process.execPath} --require ${trap} ${cli}; echo SHELL-BACK; sleep 30'`,
		);
		const wait = (pattern: RegExp) => {
			for (let tries = 0; tries < 160; tries++) {
				if (pattern.test(tmux('capture-pane', '-p', '-t', 'e'))) return;
				execFileSync('sleep', ['0.05']);
			}
			assert.fail(`never saw ${pattern}`);
		};
		wait(/Day 12/);
		tmux('send-keys', '-t', 'e', '3');
		tmux('send-keys', '-t', 'e', 'e');
		// The status bar names the full path written.
		wait(new RegExp(`exported ${dir}/sitrep-gaza-2021-casualties-day12\\.svg`));
		tmux('send-keys', '-t', 'e', 'q');
		wait(/SHELL-BACK/);
	} finally {
		spawnSync('tmux', ['-L', socket, 'kill-server']);
	}
	const events = readFileSync(log, 'utf8')
		.trim()
		.split('\n')
		.slice(1)
		.filter((event) => !inCache(event));
	assert.deepEqual(
		events.filter((event) => event.startsWith('network')),
		[],
	);
	assert.deepEqual(events.map((event) => event.split(' ').at(-1)).sort(), [
		join(dir, 'sitrep-gaza-2021-casualties-day12.png'),
		join(dir, 'sitrep-gaza-2021-casualties-day12.svg'),
	]);
});
