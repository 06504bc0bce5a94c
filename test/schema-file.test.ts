import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {roundJsonSchema} from '../source/data/json-schema.js';

test('data/schema.json matches the zod schema (run `npm run schema` after changing it)', () => {
	assert.equal(readFileSync('data/schema.json', 'utf8'), roundJsonSchema());
});

test('the bundled rounds point editors at the schema file', () => {
	for (const file of ['data/gaza-2012.json', 'data/gaza-2021.json'])
		assert.equal(JSON.parse(readFileSync(file, 'utf8')).$schema, './schema.json');
});
