import {test} from 'node:test';
import assert from 'node:assert/strict';
import {cleanStrings, cleanText, jsonNeedsCleaning} from '../source/data/clean-text.js';

test('escape sequences of every kind are removed from dataset text', () => {
	assert.equal(cleanText('a\u001B[31mred\u001B[0m b'), 'ared b');
	assert.equal(cleanText('\u001B]0;new title\u0007x'), 'x', 'OSC title change');
	assert.equal(cleanText('\u001B]8;;https://evil\u001B\\link\u001B]8;;\u001B\\'), 'link', 'OSC 8 hyperlink');
	assert.equal(cleanText('\u001BPq#0;2;0;0;0\u001B\\y'), 'y', 'DCS');
	assert.equal(cleanText('\u001B_payload\u001B\\z'), 'z', 'APC');
	assert.equal(cleanText('\u009B2Jq'), 'q', 'C1 CSI');
});

test('remaining control characters are shown visibly, line breaks become spaces', () => {
	assert.equal(cleanText('bell\u0007 nul\u0000 del\u007F'), 'bell^G nul^@ del^?');
	assert.equal(cleanText('two\nlines\r\nand\ttab'), 'two lines and tab');
	assert.equal(cleanText('c1\u0085'), 'c1<U+0085>');
});

test('bidi overrides and isolates are removed; ordinary Arabic, Hebrew and emoji stay', () => {
	assert.equal(cleanText('\u202Eevil\u202C \u2066x\u2069'), 'evil x');
	assert.equal(cleanText('غزة · ירושלים · 🚀 · café'), 'غزة · ירושלים · 🚀 · café');
});

test('JSON text is checked for anything to clean, escaped or not, but not for whitespace between tokens', () => {
	assert.equal(jsonNeedsCleaning('{\n\t"a": "plain text, café, غزة"\r\n}'), false);
	assert.equal(jsonNeedsCleaning('{"a": "x\\u001b[31m"}'), true);
	assert.equal(jsonNeedsCleaning('{"a": "line\\nbreak"}'), true);
	assert.equal(jsonNeedsCleaning('{"a": "\u202Eevil"}'), true);
	assert.equal(jsonNeedsCleaning('{"a": "c1\u0085"}'), true);
});

test('cleanStrings cleans values and keys in place, deep in arrays and objects', () => {
	const value = {title: 'a\u001B[2Jb', list: [{text: '\u202Ex'}], ['bad\u0007key']: 1};
	cleanStrings(value);
	assert.deepEqual(value, {title: 'ab', list: [{text: 'x'}], 'bad^Gkey': 1});
});

test('invisible marks that terminals count differently are removed too', () => {
	assert.equal(cleanText('\u200Fغزة\u200F \u200Ba\u2060b\uFEFF \u061C'), 'غزة ab ');
	assert.equal(jsonNeedsCleaning('{"a": "\\u200f"}'), true);
	assert.equal(jsonNeedsCleaning('{"a": "\u200F"}'), true);
});

test('a key that cleans to "__proto__" stays a key of its own: it never sets the prototype nor lends a round a missing field', () => {
	const value = JSON.parse('{"id": "x", "__proto__\\u200b": {"title": "INHERITED"}}') as Record<string, unknown>;
	const cleaned = cleanStrings(value) as Record<string, unknown>;
	assert.equal(Object.getPrototypeOf(cleaned), Object.prototype);
	assert.equal(cleaned['title'], undefined);
	assert.deepEqual(Object.getOwnPropertyDescriptor(cleaned, '__proto__')?.value, {title: 'INHERITED'});
});
