import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Round} from '../source/data/schema.js';
import {makeRound, claim} from './helpers.js';

// Through the real CLI, as a dataset author meets it.
const validate = (file: string) => {
	const result = spawnSync(process.execPath, ['--import', 'tsx', 'source/cli.tsx', 'validate', file], {
		encoding: 'utf8',
		env: {...process.env, NO_COLOR: '1'},
	});
	return {code: result.status, lines: result.stdout.trim().split('\n'), all: result.stdout + result.stderr};
};

let dir = '';
before(() => {
	dir = mkdtempSync(join(tmpdir(), 'sitrep-claimants-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

const write = (name: string, round: unknown) => {
	const file = join(dir, name);
	writeFileSync(file, JSON.stringify(round));
	return file;
};
const registry: NonNullable<Round['claimants']> = [
	{id: 'gaza-moh', name: 'Gaza Ministry of Health', kind: 'health-authority'},
	{id: 'pa-moh', name: 'Palestinian Ministry of Health (Ramallah)', kind: 'health-authority'},
	{id: 'un-ocha', name: 'UN OCHA', kind: 'un-agency'},
];

test('an unknown claimant id: exit 2, one line naming the field and the closest known ids', () => {
	const file = write(
		'unknown.json',
		makeRound({claimants: registry, figures: [claim({date: '2030-01-11', value: 1, claimant: 'gaza-mho'})]}),
	);
	const {code, lines, all} = validate(file);
	assert.equal(code, 2);
	assert.deepEqual(lines, [`${file}: figures.0.claimant: no entry in claimants has id "gaza-mho"; closest ids: gaza-moh, pa-moh, un-ocha`]);
	assert.doesNotMatch(all, /\n\s+at /, 'no stack trace');
});

test('a duplicate claimant id: exit 2, one line at the second entry', () => {
	const file = write('duplicate.json', makeRound({claimants: [...registry, {id: 'un-ocha', name: 'OCHA', kind: 'un-agency'}]}));
	const {code, lines} = validate(file);
	assert.equal(code, 2);
	assert.deepEqual(lines, [`${file}: claimants.3.id: duplicate id "un-ocha"`]);
});

test('a claimant of an unknown kind: exit 2, one line listing the kinds', () => {
	const file = write('kind.json', {...makeRound(), claimants: [{id: 'reuters', name: 'Reuters', kind: 'newspaper'}]});
	const {code, lines} = validate(file);
	assert.equal(code, 2);
	assert.equal(lines.length, 1);
	assert.match(
		lines[0]!,
		/^.*kind\.json: claimants\.0\.kind: expected the kind of body: health-authority, government, .*media, encyclopedia, other$/,
	);
});

test('a file without a claimants list still loads: free-text claimants', () => {
	const file = write(
		'legacy.json',
		makeRound({figures: [claim({date: '2030-01-11', value: 1, claimant: 'Gaza health officials (via AFP)'})]}),
	);
	const {code, lines} = validate(file);
	assert.equal(code, 0, lines.join('\n'));
	assert.match(lines[0]!, /legacy\.json: valid: test-round, 0 events, 1 figures/);
});

test('the migrated shape validates: via, attributedAs, inferred attribution, valueHigh, blog and repost sources, step by', () => {
	const file = write(
		'migrated.json',
		makeRound({
			claimants: registry,
			sources: [
				{id: 'src', outlet: 'AFP', kind: 'news'},
				{id: 'blog', outlet: 'A live blog', kind: 'blog'},
			],
			figures: [
				claim({
					date: '2030-01-11',
					value: 230,
					valueHigh: 232,
					claimant: 'gaza-moh',
					via: 'AFP',
					attributedAs: 'Gaza medical officials',
					attribution: 'inferred',
				}),
				claim({date: '2030-01-12', value: 240, claimant: 'gaza-moh', sources: ['blog']}),
			],
			initiatives: [
				{
					id: 'i',
					title: 'Truce',
					actors: ['A', 'B'],
					history: [{date: '2030-01-12', status: 'blocked', by: ['A'], note: 'n', sources: ['src']}],
				},
			],
		}),
	);
	const {code, lines} = validate(file);
	assert.equal(code, 0, lines.join('\n'));
});
