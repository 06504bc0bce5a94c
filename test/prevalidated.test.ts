import {test} from 'node:test';
import assert from 'node:assert/strict';
import {appendFileSync, copyFileSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {bundledRoundFiles} from '../source/data/catalog.js';
import {loadRound} from '../source/data/load-round.js';
import {prevalidatedLoader} from '../source/data/prevalidated.js';
import {prevalidate} from '../scripts/prevalidate.js';

/*
 * The shipped rounds are validated at build time into a record; at start-up a
 * file is taken from it only while its bytes are the ones validated.
 */
const withRecord = (run: (folder: string, record: string) => void) => {
	const folder = mkdtempSync(join(tmpdir(), 'sitrep-prevalidated-'));
	try {
		for (const file of bundledRoundFiles('data')) copyFileSync(file, join(folder, file.split('/').at(-1)!));
		const record = join(folder, 'rounds.record');
		writeFileSync(record, JSON.stringify(prevalidate(folder)));
		run(folder, record);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
};

test('a recorded round is the round loading and validating the file gives', () => {
	withRecord((folder, record) => {
		const loader = prevalidatedLoader(record, folder);
		const files = bundledRoundFiles(folder);
		assert.ok(files.length >= 2);
		for (const file of files) assert.deepEqual(loader(file), loadRound(file));
	});
});

test('a changed file, a file elsewhere or a missing record is loaded as usual', () => {
	withRecord((folder, record) => {
		const [first, second] = bundledRoundFiles(folder);
		appendFileSync(first!, '\n');
		const loader = prevalidatedLoader(record, folder);
		assert.equal(loader(first!), undefined);
		assert.ok(loader(second!)?.ok);
		assert.equal(loader(join('data', second!.split('/').at(-1)!)), undefined, 'the same name in another folder');
		assert.equal(prevalidatedLoader(join(folder, 'missing'), folder)(second!), undefined);
	});
});
