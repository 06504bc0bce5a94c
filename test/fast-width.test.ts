import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth8 from 'string-width';
// wrap-ansi's own copy (string-width 7), which Ink's text wrapping uses.
import stringWidth7 from '../node_modules/wrap-ansi/node_modules/string-width/index.js';
// @ts-expect-error: a plain ESM module that the bundle puts in front of string-width, without types.
import {oneColumnClass, oneColumnWidth} from '../patches/string-width-fast.js';
import {formatValue} from '../source/ui/text.js';

/*
 * The bundle answers string widths for one-column text itself
 * (patches/string-width-fast.js). Every character it claims must be one column
 * in both string-width versions in the bundle, and its answers for any string
 * must be theirs.
 */
const widths = [stringWidth8, stringWidth7 as typeof stringWidth8];
const claimed = (): string[] => {
	const characters: string[] = [];
	for (let code = 0; code <= 0xffff; code++) {
		const character = String.fromCharCode(code);
		if (new RegExp(`^[${oneColumnClass}]$`).test(character)) characters.push(character);
	}
	return characters;
};

test('every character of the one-column set is one column wide in string-width 7 and 8', () => {
	const characters = claimed();
	assert.ok(characters.length > 1000);
	for (const character of characters)
		for (const width of widths) assert.equal(width(character), 1, `U+${character.codePointAt(0)!.toString(16)}`);
});

test('the fast path gives string-width’s answer for random mixes of text, colour codes, wide and zero-width characters', () => {
	const characters = claimed();
	const others = ['界', '😀', '👍🏽', 'e\u0301', '\u200b', '\u00ad', '\t', '\u001b', '\u001b[', '🇺🇳', '\u00a0', 'ｱ', '\u1100\u1161'];
	const codes = [
		'\u001b[31m',
		'\u001b[39m',
		'\u001b[1;4m',
		'\u001b[m',
		'\u001b[38;5;123m',
		'\u001b[12345m',
		'\u001b]8;;x\u0007',
		'\u001b[2K',
	];
	let seed = 7;
	const random = (n: number) => {
		seed = (seed * 1103515245 + 12345) % 2147483648;
		return seed % n;
	};
	let fast = 0;
	for (let run = 0; run < 20_000; run++) {
		let text = '';
		const length = random(12);
		for (let index = 0; index < length; index++) {
			const kind = random(10);
			text += kind < 7 ? characters[random(characters.length)] : kind < 9 ? codes[random(codes.length)] : others[random(others.length)];
		}
		const answer = oneColumnWidth(text, undefined);
		if (answer === -1) continue;
		fast++;
		for (const width of widths) assert.equal(answer, width(text), JSON.stringify(text));
	}
	assert.ok(fast > 5000, `the fast path answered only ${fast} strings`);
	assert.equal(oneColumnWidth('abc', {ambiguousIsNarrow: false}), -1, 'options go to string-width');
});

test('counts are grouped as Intl.NumberFormat en-US groups them', () => {
	const format = new Intl.NumberFormat('en-US');
	for (const value of [0, -0, 7, 999, 1000, 1900, -1234, 1_000_000, 12_345_678, Number.MAX_SAFE_INTEGER, 2.5, 1234.5678, 1e21, Number.NaN])
		assert.equal(formatValue(value, 'exact'), format.format(value), String(value));
	assert.equal(formatValue(1900, 'at-least'), '≥1,900');
});
