// Replaces ink 6.8.0's build/output.js in sitrep's bundle (scripts/ink-patches.js
// checks the original's hash and fails the build on any other version).
//
// Stock Ink composes every frame from scratch: it tokenises each written line
// into styled cells, paints them on a fresh width × height grid, then turns every
// row back into a string, and drops its width and token caches with the frame.
// That is most of the time a key takes. This version keeps the same algorithm
// and the same bytes, with three changes:
// - its caches (string widths, styled cells, clipped slices) live across frames;
// - a row is composed only when the writes that land on it differ from a row
//   composed before: a row's text depends only on the frame's width and on the
//   (x, text) writes that reach it, in order, so those are its cache key.
// - a plain one-column line clipped by a box is cut with String.slice, not slice-ansi
//   (the same text; see `slice` below).
// test/ink-fast-output.test.ts compares it with stock Ink byte for byte.
import sliceAnsi from 'slice-ansi';
import stringWidth from 'string-width';
import {styledCharsFromTokens, styledCharsToString, tokenize} from '@alcalzone/ansi-tokenize';
import {oneColumnClass} from './string-width-fast.js';

/** A Map that forgets everything once it holds `limit` entries: memory stays bounded on long sessions. */
class BoundedCache {
	map = new Map();
	constructor(limit) {
		this.limit = limit;
	}
	get(key) {
		return this.map.get(key);
	}
	set(key, value) {
		if (this.map.size >= this.limit) this.map.clear();
		this.map.set(key, value);
	}
}

// Text of one-column characters and no escape code: every code unit is a cell of its own, without style.
const plainOneColumn = new RegExp(`^[${oneColumnClass}]*$`);

const widths = new BoundedCache(50_000);
const blockWidths = new BoundedCache(20_000);
const styledCharsCache = new BoundedCache(20_000);
const slices = new BoundedCache(20_000);
const rowsCache = new BoundedCache(5_000);

const getStringWidth = (text) => {
	let cached = widths.get(text);
	if (cached === undefined) {
		cached = stringWidth(text);
		widths.set(text, cached);
	}
	return cached;
};
const getWidestLine = (text) => {
	let cached = blockWidths.get(text);
	if (cached === undefined) {
		let lineWidth = 0;
		for (const line of text.split('\n')) lineWidth = Math.max(lineWidth, getStringWidth(line));
		cached = lineWidth;
		blockWidths.set(text, cached);
	}
	return cached;
};
const getStyledChars = (line) => {
	let cached = styledCharsCache.get(line);
	if (cached === undefined) {
		cached = styledCharsFromTokens(tokenize(line));
		styledCharsCache.set(line, cached);
	}
	return cached;
};
const slice = (line, from, to) => {
	// One-column text without escape codes: columns are code units, and slice-ansi gives just this.
	if (plainOneColumn.test(line)) return line.slice(from, to);
	const key = `${from}:${to}:${line}`;
	let cached = slices.get(key);
	if (cached === undefined) {
		cached = sliceAnsi(line, from, to);
		slices.set(key, cached);
	}
	return cached;
};

/*
 * A row whose writes are all plain one-column text (every row of a snapshot
 * drawn without colour, most rows of any frame): its characters over blanks.
 * The cells below would hold the same characters with no styles, which
 * stringify to just those characters.
 */
const composePlainRow = (width, writes) => {
	const row = Array.from({length: width}, () => ' ');
	for (let index = 0; index < writes.length; index += 2) {
		const x = writes[index];
		const text = writes[index + 1];
		for (let offset = 0; offset < text.length; offset++) row[x + offset] = text[offset];
	}
	return row
		.filter((item) => item !== undefined)
		.join('')
		.trimEnd();
};

/** One row, exactly as stock Ink paints and stringifies it. */
const composeRow = (width, writes) => {
	let plain = true;
	for (let index = 1; plain && index < writes.length; index += 2) plain = plainOneColumn.test(writes[index]);
	if (plain) return composePlainRow(width, writes);
	const row = [];
	for (let x = 0; x < width; x++) row.push({type: 'char', value: ' ', fullWidth: false, styles: []});
	for (let index = 0; index < writes.length; index += 2) {
		let offsetX = writes[index];
		for (const character of getStyledChars(writes[index + 1])) {
			row[offsetX] = character;
			const characterWidth = Math.max(1, getStringWidth(character.value));
			if (characterWidth > 1) {
				for (let cell = 1; cell < characterWidth; cell++) {
					row[offsetX + cell] = {type: 'char', value: '', fullWidth: false, styles: character.styles};
				}
			}
			offsetX += characterWidth;
		}
	}
	// See https://github.com/vadimdemedes/ink/pull/564#issuecomment-1637022742
	return styledCharsToString(row.filter((item) => item !== undefined)).trimEnd();
};

const rowText = (width, writes) => {
	let key = `${width}`;
	for (let index = 0; index < writes.length; index += 2) key += `|${writes[index]}:${writes[index + 1].length}:${writes[index + 1]}`;
	let cached = rowsCache.get(key);
	if (cached === undefined) {
		cached = composeRow(width, writes);
		rowsCache.set(key, cached);
	}
	return cached;
};

export default class Output {
	width;
	height;
	operations = [];
	caches = {getStringWidth, getWidestLine, getStyledChars};
	constructor(options) {
		const {width, height} = options;
		this.width = width;
		this.height = height;
	}
	write(x, y, text, options) {
		const {transformers} = options;
		if (!text) return;
		this.operations.push({type: 'write', x, y, text, transformers});
	}
	clip(clip) {
		this.operations.push({type: 'clip', clip});
	}
	unclip() {
		this.operations.push({type: 'unclip'});
	}
	get() {
		// Per row, the writes that reach it, in order, as flat [x, line, x, line, …].
		const rows = [];
		for (let y = 0; y < this.height; y++) rows.push([]);
		const clips = [];
		for (const operation of this.operations) {
			if (operation.type === 'clip') clips.push(operation.clip);
			if (operation.type === 'unclip') clips.pop();
			if (operation.type === 'write') {
				const {text, transformers} = operation;
				let {x, y} = operation;
				let lines = text.split('\n');
				const clip = clips.at(-1);
				if (clip) {
					const clipHorizontally = typeof clip?.x1 === 'number' && typeof clip?.x2 === 'number';
					const clipVertically = typeof clip?.y1 === 'number' && typeof clip?.y2 === 'number';
					if (clipHorizontally) {
						const width = getWidestLine(text);
						if (x + width < clip.x1 || x > clip.x2) continue;
					}
					if (clipVertically) {
						const height = lines.length;
						if (y + height < clip.y1 || y > clip.y2) continue;
					}
					if (clipHorizontally) {
						lines = lines.map((line) => {
							const from = x < clip.x1 ? clip.x1 - x : 0;
							const width = getStringWidth(line);
							const to = x + width > clip.x2 ? clip.x2 - x : width;
							return slice(line, from, to);
						});
						if (x < clip.x1) x = clip.x1;
					}
					if (clipVertically) {
						const from = y < clip.y1 ? clip.y1 - y : 0;
						const height = lines.length;
						const to = y + height > clip.y2 ? clip.y2 - y : height;
						lines = lines.slice(from, to);
						if (y < clip.y1) y = clip.y1;
					}
				}
				let offsetY = 0;
				for (let [index, line] of lines.entries()) {
					const writes = rows[y + offsetY];
					// Line can be missing if `text` is taller than height of pre-initialized output
					if (!writes) continue;
					for (const transformer of transformers) line = transformer(line, index);
					writes.push(x, line);
					offsetY++;
				}
			}
		}
		return {output: rows.map((writes) => rowText(this.width, writes)).join('\n'), height: rows.length};
	}
}
