import {test} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {writeLargeRound} from './large-round.js';

/*
 * A large round is read with V8's young generation held at its size
 * (young-generation.ts). The suite runs on Node 20, 22 and 24, so these hold
 * on each: V8 still reads the flag when it grows the young generation, and
 * knows it (an unknown flag would print a line on stderr). Each case runs in
 * a Node of its own: a young generation one test grew to its limit could not
 * show another whether it grows.
 */
const inFreshNode = (body: string): Record<string, number> => {
	const script = `
		import {getHeapSpaceStatistics} from 'node:v8';
		import {withYoungGenerationHeld} from './source/data/young-generation.ts';
		const youngBytes = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
		// Objects that all stay alive, as a parsed round's do: the case in which V8 grows its young generation.
		const kept = [];
		const survivors = () => { for (let index = 0; index < 400_000; index++) kept.push({index, text: 'item ' + index}); };
		const sizes = {};
		${body}
		process.stdout.write(JSON.stringify(sizes));`;
	const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '--eval', script], {
		encoding: 'utf8',
		env: {...process.env, NODE_OPTIONS: ''},
	});
	assert.equal(result.stderr, '');
	return JSON.parse(result.stdout) as Record<string, number>;
};

test('while a large file is read the young generation does not grow; afterwards it may again', () => {
	const {before, held, after} = inFreshNode(`
		sizes.before = youngBytes();
		withYoungGenerationHeld(() => { survivors(); sizes.held = youngBytes(); });
		survivors();
		sizes.after = youngBytes();`);
	assert.equal(held, before, 'no growth while held');
	assert.ok(after! > before!, `grows again after: ${before} → ${after}`);
});

test('a read that throws still gives the young generation back its growth', () => {
	const {before, after} = inFreshNode(`
		sizes.before = youngBytes();
		try { withYoungGenerationHeld(() => { throw new Error('unreadable'); }); } catch {}
		survivors();
		sizes.after = youngBytes();`);
	assert.ok(after! > before!, `grows: ${before} → ${after}`);
});

test('a young generation sized by whoever started Node is left as they chose', () => {
	const {before, held} = inFreshNode(`
		process.execArgv.push('--max-semi-space-size=64');
		sizes.before = youngBytes();
		withYoungGenerationHeld(() => { survivors(); sizes.held = youngBytes(); });`);
	assert.ok(held! > before!, `grows as V8 would: ${before} → ${held}`);
});

test('opening a file large enough to be read in pieces prints nothing on stderr', () => {
	const folder = mkdtempSync(join(tmpdir(), 'sitrep-young-'));
	try {
		const file = join(folder, 'large.json');
		writeLargeRound(file);
		const result = spawnSync(
			process.execPath,
			['--import', 'tsx', 'source/cli.tsx', '--data', file, '--snapshot', '--width', '80', '--height', '24'],
			{
				encoding: 'utf8',
				env: {...process.env, NO_COLOR: '1', NODE_OPTIONS: ''},
			},
		);
		assert.equal(result.stderr, '');
		assert.equal(result.status, 0);
		assert.match(result.stdout, /Overview/);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});
