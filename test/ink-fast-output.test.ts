import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
// @ts-expect-error: a plain ESM script shared with the build, without types.
import {bundle} from '../scripts/bundle.js';
import {bundledRoundFiles, byRecency, openCatalog} from '../source/data/catalog.js';
import type * as Grid from './fixtures/frame-grid.js';

/*
 * sitrep's bundle replaces Ink's output composer (patches/ink-output.js) with
 * one that keeps its caches across frames and re-composes only changed rows.
 * Its frames must be Ink's, byte for byte: the grid is drawn by two bundles of
 * the same components (production React, as the CLI has), one with stock Ink and
 * one with the patched Ink, in one long sequence so each frame meets the caches
 * the others left behind.
 */
const rounds = byRecency(openCatalog(bundledRoundFiles('data')).rounds);

test('the patched Ink output draws every grid frame byte for byte as stock Ink', async () => {
	const folder = mkdtempSync(join(tmpdir(), 'sitrep-ink-patch-'));
	try {
		const load = async (name: string, options: {stockInk: boolean}) => {
			const file = join(folder, `${name}.mjs`);
			await bundle('test/fixtures/frame-grid.tsx', file, options);
			const grid = (await import(pathToFileURL(file).href)) as typeof Grid;
			await grid.loadInk();
			return grid;
		};
		const stock = await load('stock', {stockInk: true});
		const patched = await load('patched', {stockInk: false});
		const cases = stock.gridCases(rounds);
		assert.ok(cases.length >= 300, `only ${cases.length} cases`);
		let differing = 0;
		const firstDifferences: string[] = [];
		// A second pass over an eighth of the grid meets every row in the caches.
		for (const pass of [1, 2])
			for (const gridCase of pass === 1 ? cases : cases.filter((_, index) => index % 8 === 0)) {
				const expected = stock.drawCase(rounds, gridCase);
				const actual = patched.drawCase(rounds, gridCase);
				if (actual !== expected) {
					differing++;
					if (firstDifferences.length < 3) firstDifferences.push(`pass ${pass}, ${gridCase.label}`);
				}
			}
		assert.equal(differing, 0, `frames differ: ${firstDifferences.join('; ')}`);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});

test('a build stops, naming the file, when Ink is not the version the patch was written for', async () => {
	const {build} = await import('esbuild');
	// @ts-expect-error: a plain ESM script shared with the build, without types.
	const {inkPatchPlugin} = await import('../scripts/ink-patches.js');
	const folder = mkdtempSync(join(tmpdir(), 'sitrep-ink-upgrade-'));
	try {
		mkdirSync(join(folder, 'node_modules', 'ink', 'build'), {recursive: true});
		writeFileSync(join(folder, 'node_modules', 'ink', 'build', 'output.js'), 'export default class Output {}\n');
		writeFileSync(join(folder, 'entry.js'), "import Output from './node_modules/ink/build/output.js';\nconsole.log(Output);\n");
		await assert.rejects(
			build({entryPoints: [join(folder, 'entry.js')], bundle: true, write: false, logLevel: 'silent', plugins: [inkPatchPlugin]}),
			/ink\/build\/output\.js is not the file patches\/ink-output\.js was written for/,
		);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});
