import {test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {build} from 'esbuild';
// @ts-expect-error: a plain ESM script shared with the build, without types.
import {memoisedToESM} from '../scripts/bundle.js';

/*
 * The program bundle shares one namespace object per CommonJS module among its
 * importers (scripts/bundle.js, memoisedToESM). Two modules importing the same
 * CommonJS module, default and named, must see what they saw before.
 */
test('CommonJS modules imported from several modules answer as before once their namespaces are shared', async () => {
	const folder = mkdtempSync(join(tmpdir(), 'sitrep-bundle-helpers-'));
	try {
		writeFileSync(join(folder, 'counter.cjs'), 'let made = 0; module.exports = {name: "counter", made: () => ++made};\n');
		writeFileSync(join(folder, 'a.mjs'), "import counter, {name} from './counter.cjs'; export const a = [counter, name];\n");
		writeFileSync(
			join(folder, 'b.mjs'),
			"import * as counter from './counter.cjs'; export const b = [counter.default, counter.name, counter];\n",
		);
		writeFileSync(join(folder, 'entry.mjs'), "import {a} from './a.mjs'; import {b} from './b.mjs'; export {a, b};\n");
		const bundled = await build({
			entryPoints: [join(folder, 'entry.mjs')],
			bundle: true,
			minify: true,
			format: 'esm',
			platform: 'node',
			write: false,
		});
		const stock = bundled.outputFiles[0]!.text;
		const shared = memoisedToESM(stock) as string;
		assert.notEqual(shared, stock);
		const load = async (name: string, code: string) => {
			writeFileSync(join(folder, name), code);
			return (await import(pathToFileURL(join(folder, name)).href)) as {a: unknown[]; b: unknown[]};
		};
		const [before, after] = [await load('stock.mjs', stock), await load('shared.mjs', shared)];
		for (const {a, b} of [before, after]) {
			assert.equal(a[1], 'counter');
			assert.equal(b[1], 'counter');
			assert.equal(a[0], b[0], 'the same module object');
		}
		assert.equal((after.b[2] as {name: string}).name, 'counter');
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});

test('a build stops when esbuild writes its __toESM helper in a shape the memoisation does not know', () => {
	assert.throws(() => memoisedToESM('var x = 1;'), /__toESM helper found 0 times/);
});
