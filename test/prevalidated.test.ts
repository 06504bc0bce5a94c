import {test} from 'node:test';
import assert from 'node:assert/strict';
import {appendFileSync, copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {bundledRoundFiles} from '../source/data/catalog.js';
import {loadRound} from '../source/data/load-round.js';
import {prevalidatedLoader, validatedCopies, type PrevalidatedRecord} from '../source/data/prevalidated.js';
import {offsetLabel, timesOf} from '../source/data/time.js';
import {writePrevalidated} from '../scripts/prevalidate.js';

/*
 * The shipped rounds are validated at build time into a record; at start-up a
 * file is taken from it only while its bytes are the ones validated.
 */
const withRecord = (run: (folder: string, record: string) => void) => {
	const folder = mkdtempSync(join(tmpdir(), 'sitrep-prevalidated-'));
	try {
		for (const file of bundledRoundFiles('data')) copyFileSync(file, join(folder, file.split('/').at(-1)!));
		const record = join(folder, 'rounds.record');
		writePrevalidated(folder, record);
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

test('a file edited in place to the same size, or one whose validated copy is gone, is loaded as usual', () => {
	withRecord((folder, record) => {
		const [first, second] = bundledRoundFiles(folder);
		// One digit of the file changed: same length, other bytes.
		const text = readFileSync(first!, 'utf8');
		const at = text.search(/[0-8]/);
		writeFileSync(first!, `${text.slice(0, at)}${Number(text[at]) + 1}${text.slice(at + 1)}`);
		rmSync(join(validatedCopies(record), second!.split('/').at(-1)!));
		const loader = prevalidatedLoader(record, folder);
		assert.equal(loader(first!), undefined);
		assert.equal(loader(second!), undefined);
	});
	// The same near the end of the file, past the first 64 KB read.
	withRecord((folder, record) => {
		const [first] = bundledRoundFiles(folder);
		const text = readFileSync(first!, 'utf8');
		assert.ok(text.length > 128 * 1024);
		const at = text.slice(0, -64).search(/[0-8][^0-9]*$/);
		writeFileSync(first!, `${text.slice(0, at)}${Number(text[at]) + 1}${text.slice(at + 1)}`);
		assert.equal(prevalidatedLoader(record, folder)(first!), undefined);
	});
});

test('the UTC offsets of the shipped rounds are recorded as worked out, and shown from the record', () => {
	withRecord((folder, record) => {
		const recorded = JSON.parse(readFileSync(record, 'utf8')) as PrevalidatedRecord;
		for (const entry of recorded.files) {
			assert.ok(Object.keys(entry.offsets ?? {}).length > 0, `${entry.name} has times`);
			for (const [date, time] of timesOf(entry.round))
				assert.equal(entry.offsets![`${date} ${time}`], offsetLabel(entry.round.timezone, date, time), `${entry.name} ${date} ${time}`);
		}
		// A record is what the loader shows: here one saying something Intl would not.
		const file = join(folder, 'zone.json');
		writeFileSync(file, '{}');
		copyFileSync(file, join(validatedCopies(record), 'zone.json'));
		const fake = {
			files: [
				{
					name: 'zone.json',
					round: {...recorded.files[0]!.round, timezone: 'Test/Zone'},
					offsets: {'2030-01-01 10:00': 'UTC+9'},
				},
			],
		};
		writeFileSync(record, JSON.stringify(fake));
		assert.equal(offsetLabel('Test/Zone', '2030-01-01', '10:00'), 'local');
		assert.ok(prevalidatedLoader(record, folder)(file)?.ok);
		assert.equal(offsetLabel('Test/Zone', '2030-01-01', '10:00'), 'UTC+9');
		assert.equal(offsetLabel('Test/Zone', '2030-01-01', '11:00'), 'local');
	});
});
