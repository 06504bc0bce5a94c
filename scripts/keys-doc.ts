// Writes the README's key table from the keymap; test/keymap.test.ts fails when it is out of date.
import {readFileSync, writeFileSync} from 'node:fs';
import {withKeysTable} from '../source/state/keymap.js';

const file = new URL('../README.md', import.meta.url);
writeFileSync(file, withKeysTable(readFileSync(file, 'utf8')));
