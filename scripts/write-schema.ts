// Writes data/schema.json from the zod schema, so dataset authors get editor
// completion; test/schema-file.test.ts fails when it is out of date.
import {writeFileSync} from 'node:fs';
import {roundJsonSchema} from '../source/data/json-schema.js';

writeFileSync(new URL('../data/schema.json', import.meta.url), roundJsonSchema());
