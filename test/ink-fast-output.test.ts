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
import type {Composer} from '../source/render/paint.js';

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

test('text cut by a clipping box, on either side, is cut as stock Ink cuts it', async () => {
	// The grid's texts are wrapped or truncated to their boxes before they are written, so this
	// drives both composers directly: lines wider than the clip, plain, coloured, wide and combining.
	type ComposerClass = new (size: {width: number; height: number}) => Composer;
	const load = async (path: string) => ((await import(pathToFileURL(path).href)) as {default: ComposerClass}).default;
	const Stock = await load('node_modules/ink/build/output.js');
	const Patched = await load('patches/ink-output.js');
	const texts = [
		'Gaza Ministry of Health: 232 killed',
		'ab\ncdefghij\nklm',
		'\u001B[1mbold\u001B[22m and \u001B[31mred text\u001B[39m here',
		'日本語のテキスト and more',
		'e\u0301te\u0301 cafe\u0301 ok',
		'flags 🇵🇸🇮🇱 ✔️ end',
	];
	const clips = [
		{x1: 2, x2: 9},
		{x1: 0, x2: 5},
		{x1: 4, x2: 30},
		{x1: 3, x2: 12, y1: 0, y2: 2},
	];
	let compared = 0;
	for (const text of texts)
		for (const clip of clips)
			for (const x of [0, 1, 3, 6])
				for (const pass of [1, 2]) {
					const draw = (Composer: ComposerClass) => {
						const output = new Composer({width: 32, height: 4});
						output.clip(clip);
						output.write(x, 0, text, {transformers: []});
						output.unclip();
						return output.get().output;
					};
					assert.equal(draw(Patched), draw(Stock), `${JSON.stringify(text)} at x ${x}, clip ${JSON.stringify(clip)}, pass ${pass}`);
					compared++;
				}
	assert.equal(compared, texts.length * clips.length * 4 * 2);
});
