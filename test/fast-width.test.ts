import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth8 from 'string-width';
// wrap-ansi's own copy (string-width 7), which Ink's text wrapping uses.
import stringWidth7 from '../node_modules/wrap-ansi/node_modules/string-width/index.js';
import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {oneColumnClass, oneColumnClass8, oneColumnWidth, oneColumnWidth8} from '../patches/string-width-fast.js';
import {fit, formatValue, truncate, widthOf, wrap, wrapKept} from '../source/ui/text.js';

/*
 * The bundle answers string widths for one-column text itself
 * (patches/string-width-fast.js). Every character it claims must be one column
 * in both string-width versions in the bundle, and its answers for any string
 * must be theirs.
 */
const widths = [stringWidth8, stringWidth7 as typeof stringWidth8];
const claimed = (set = oneColumnClass): string[] => {
	const characters: string[] = [];
	const member = new RegExp(`^[${set}]$`);
	for (let code = 0; code <= 0xffff; code++) {
		const character = String.fromCharCode(code);
		if (member.test(character)) characters.push(character);
	}
	return characters;
};

test('every character of the one-column set is one column wide in string-width 7 and 8', () => {
	const characters = claimed();
	assert.ok(characters.length > 1000);
	for (const character of characters)
		for (const width of widths) assert.equal(width(character), 1, `U+${character.codePointAt(0)!.toString(16)}`);
	const only8 = claimed(oneColumnClass8).filter((character) => !characters.includes(character));
	assert.deepEqual(only8, ['↔']);
	for (const character of only8) assert.equal(stringWidth8(character), 1);
});

test('the fast path gives string-width’s answer for random mixes of text, colour codes, wide and zero-width characters', () => {
	const characters = claimed();
	const others = [
		'↔',
		'↔\ufe0f',
		'✔',
		'界',
		'😀',
		'👍🏽',
		'e\u0301',
		'\u200b',
		'\u00ad',
		'\t',
		'\u001b',
		'\u001b[',
		'🇺🇳',
		'\u00a0',
		'ｱ',
		'\u1100\u1161',
	];
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
		const answer8 = oneColumnWidth8(text, undefined);
		if (answer8 !== -1) assert.equal(answer8, stringWidth8(text), JSON.stringify(text));
		const answer = oneColumnWidth(text, undefined);
		if (answer === -1) continue;
		fast++;
		for (const width of widths) assert.equal(answer, width(text), JSON.stringify(text));
	}
	assert.ok(fast > 5000, `the fast path answered only ${fast} strings`);
	assert.equal(oneColumnWidth('abc', {ambiguousIsNarrow: false}), -1, 'options go to string-width');
});

// All but -0, which reads as the 0 it is (test/hardening.test.ts), where NumberFormat writes "-0".
test('counts are grouped as Intl.NumberFormat en-US groups them', () => {
	const format = new Intl.NumberFormat('en-US');
	for (const value of [0, 7, 999, 1000, 1900, -1234, 1_000_000, 12_345_678, Number.MAX_SAFE_INTEGER, 2.5, 1234.5678, 1e21, Number.NaN])
		assert.equal(formatValue(value, 'exact'), format.format(value), String(value));
	assert.equal(formatValue(1900, 'at-least'), '≥1,900');
});

// Every non-ASCII character written in sitrep's sources (not \u escapes: those are the controls the cleaner removes) and data.
const ourCharacters = (): Map<string, string> => {
	const found = new Map<string, string>();
	const files = (folder: string): string[] =>
		readdirSync(folder, {withFileTypes: true}).flatMap((entry) =>
			entry.isDirectory() ? files(join(folder, entry.name)) : [join(folder, entry.name)],
		);
	for (const file of [...files('source'), ...files('data').filter((name) => name.endsWith('.json'))])
		for (const character of readFileSync(file, 'utf8')) if (character > '\u007f' && !found.has(character)) found.set(character, file);
	return found;
};

test('every character sitrep’s sources and bundled data use is measured without string-width’s slow path, as string-width measures it', () => {
	const found = ourCharacters();
	assert.ok(found.size > 20);
	for (const [character, file] of found) {
		const name = `U+${character.codePointAt(0)!.toString(16)} (${file})`;
		assert.equal(oneColumnWidth8(character), 1, `${name} is not in the one-column set`);
		assert.equal(widthOf(character), stringWidth8(character), name);
		if (character !== '↔') assert.equal(oneColumnWidth(character), stringWidth7(character), name);
	}
});

/*
 * text.ts before its fast path: string-width and a grapheme segmenter for
 * everything. The functions must give its answers for any text.
 */
const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});
const reference = {
	truncate: (text: string, width: number): string => {
		if (width <= 0) return '';
		if (stringWidth8(text) <= width) return text;
		let out = '';
		let used = 0;
		for (const {segment} of segmenter.segment(text)) {
			const w = stringWidth8(segment);
			if (used + w > width - 1) break;
			out += segment;
			used += w;
		}
		return `${out}…`;
	},
	wrap: (text: string, width: number): string[] => {
		if (width <= 0) return [];
		const lines: string[] = [];
		let line = '';
		for (const word of text.split(/\s+/).filter(Boolean)) {
			const candidate = line ? `${line} ${word}` : word;
			if (stringWidth8(candidate) <= width) {
				line = candidate;
				continue;
			}
			if (line) lines.push(line);
			line = '';
			let rest = word;
			while (stringWidth8(rest) > width) {
				let piece = '';
				for (const {segment} of segmenter.segment(rest)) {
					if (stringWidth8(piece + segment) > width) break;
					piece += segment;
				}
				if (!piece) break;
				lines.push(piece);
				rest = rest.slice(piece.length);
			}
			line = rest;
		}
		if (line) lines.push(line);
		return lines;
	},
	wrapKept: (text: string, width: number): string[] => {
		const lines: string[] = [];
		let line = '';
		for (const word of text.split(/[^\S\u00A0]+/).filter(Boolean)) {
			const group = word.replaceAll('\u00A0', ' ');
			const candidate = line ? `${line} ${group}` : group;
			if (stringWidth8(candidate) <= width) {
				line = candidate;
				continue;
			}
			if (line) lines.push(line);
			const pieces = stringWidth8(group) <= width ? [group] : reference.wrap(group, width);
			lines.push(...pieces.slice(0, -1));
			line = pieces.at(-1) ?? '';
		}
		if (line) lines.push(line);
		return lines;
	},
};

const edgeCases = [
	'界', // wide CJK
	'ｱ', // halfwidth katakana
	'😀', // emoji
	'👍🏽', // emoji with a skin tone
	'👩‍👩‍👧', // ZWJ sequence
	'❤\ufe0f', // VS16 makes an emoji
	'↔\ufe0f',
	'e\u0301', // combining mark
	'\u1100\u1161', // Hangul jamo making one syllable
	'\u115f', // Hangul choseong filler
	'\u3164', // Hangul filler
	'\u200b', // zero-width space
	'\u00ad', // soft hyphen
	'\t',
	'\u0007',
	'\u001b',
	'\u0085',
	'🇺🇳', // flag
	'1\ufe0f\u20e3', // keycap
	'\u00a0',
	'©',
	'✔',
];

test('widths of wide, zero-width, joined and control characters are string-width’s, alone and next to one-column text', () => {
	const neighbours = ['', 'a', '·', '↳', '↔', '–'];
	for (const edge of edgeCases)
		for (const before of neighbours)
			for (const after of neighbours) {
				const text = `${before}${edge}${after}`;
				assert.equal(widthOf(text), stringWidth8(text), JSON.stringify(text));
			}
});

test('truncate, fit and wrap cut text as string-width and a grapheme segmenter would, with and without the fast path', () => {
	const overview = 'Killed · Palestinians in Gaza 232–243 ↳\u00a065 Gaza Ministry of Health (as of 20 May)\u00a0[1][188] † talks ↔ ✓ ✗ ▒▒';
	const texts = [overview, ...edgeCases.map((edge) => `ab·${edge}c–d ${edge}${edge} e↳f${edge}`), `${'x'.repeat(30)}界${'y'.repeat(9)}`];
	for (const text of texts)
		for (let width = 0; width <= 48; width++) {
			const name = `${JSON.stringify(text)} at ${width}`;
			const cut = truncate(text, width);
			assert.equal(cut, reference.truncate(text, width), name);
			if (width > 0) assert.equal(fit(text, width), cut + ' '.repeat(Math.max(0, width - stringWidth8(cut))), name);
			assert.deepEqual(wrap(text, width), reference.wrap(text, width), name);
			assert.deepEqual(wrapKept(text, width), reference.wrapKept(text, width), name);
		}
});
