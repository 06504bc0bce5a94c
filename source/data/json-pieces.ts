import {isAscii, isUtf8} from 'node:buffer';
import {jsonNeedsCleaning} from './clean-text.js';

/*
 * A JSON object read in pieces, as its bytes arrive in chunks. Reading a
 * 40 MB round whole costs its bytes and its text in fresh memory (two
 * copies, ~0.25 s of page faults on a VM) before JSON.parse even starts;
 * read in 64 KB chunks through one buffer, the same memory is reused. The
 * top-level object is scanned here, byte by byte, and each member's value is
 * decoded and handed to JSON.parse; the elements of an array value (events,
 * figures ...) go in batches of a few kilobytes, so no piece is ever large.
 * Quotes, backslashes and brackets are ASCII, never part of a multi-byte
 * UTF-8 character, so a piece never cuts one.
 *
 * Only a yes or a "don't know": anything this reader is unsure of (not an
 * object, a syntax error, bytes that are not UTF-8, a member too large to be
 * worth it) gives undefined, and the caller reads the whole file as before,
 * which also words the error. What it gives is what JSON.parse gives for the
 * whole text: the same keys in the same order (a repeated key keeps its first
 * place and its last value), the same values. test/json-pieces.test.ts holds
 * it to JSON.parse.
 */

/** Reads up to `length` bytes into `buffer` at `offset`; 0 at the end. */
export type ReadInto = (buffer: Buffer, offset: number, length: number) => number;

export type PiecesOptions = {
	/** The buffer's size to start with; it grows only for a piece larger than itself. */
	chunkBytes?: number;
	/** Array elements are parsed in batches of about this many bytes (measured: much larger ones cost more page faults). */
	batchBytes?: number;
	/** A piece larger than this is not worth reading in pieces. */
	maxPiece?: number;
	/** Called with each batch of a top-level array's elements as it is parsed (may change them in place). */
	eachBatch?: (member: string, elements: unknown[]) => void;
};

const space = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
const quote = 0x22;
const backslash = 0x5c;
const comma = 0x2c;
const openBrace = 0x7b;
const closeBrace = 0x7d;
const openBracket = 0x5b;
const closeBracket = 0x5d;

// Where the reader is in the top-level object.
const start = 0;
const key = 1;
const firstKey = 2;
const colon = 3;
const value = 4;
const array = 5;
const other = 6;
const afterValue = 7;
const end = 8;
const failed = 9;

class Scanner {
	readonly object: Record<string, unknown> = {};
	state = start;
	/** Whether every piece parsed so far needs no cleaning (cleanText would change none of its strings). */
	clean = true;
	/** Where the piece being scanned starts: the bytes before it are done with. */
	#start = 0;
	#pos = 0;
	#depth = 0;
	#inString = false;
	#key = '';
	#items: unknown[] = [];
	#cut = false;
	/** The bytes between an array's elements when one starts each line (see #lineBatches); undefined when not. */
	#between: Buffer | undefined;
	/** Whether #lineBatches is to be tried from the current piece's start. */
	#byLines = false;
	/** The reader is at the end of the text: no more bytes to wait for. */
	atEnd = false;

	constructor(
		readonly batchBytes: number,
		readonly eachBatch?: (member: string, elements: unknown[]) => void,
	) {}

	#take(items: unknown[]): void {
		this.eachBatch?.(this.#key, items);
		for (let index = 0; index < items.length; index++) this.#items.push(items[index]);
	}

	/** Scans the buffer's first `length` bytes from where it stopped; gives how many bytes before the current piece may go. */
	scan(buffer: Buffer, length: number): number {
		try {
			this.#scan(buffer, length);
		} catch {
			// A piece JSON.parse refused: the whole text is parsed instead, which says where.
			this.state = failed;
		}
		const done = this.#start;
		this.#start = 0;
		this.#pos -= done;
		return done;
	}

	/** The piece's text, decoded as the whole file would be (ASCII or UTF-8), and parsed. */
	#parse(buffer: Buffer, from: number, to: number): unknown {
		const bytes = buffer.subarray(from, to);
		let text: string;
		if (isAscii(bytes)) {
			text = buffer.toString('latin1', from, to);
			if (this.clean && (bytes.includes(backslash) || bytes.includes(0x7f)) && jsonNeedsCleaning(text)) this.clean = false;
		} else {
			if (!isUtf8(bytes)) throw new Error('not UTF-8');
			text = buffer.toString('utf8', from, to);
			if (this.clean && jsonNeedsCleaning(text)) this.clean = false;
		}
		return JSON.parse(text);
	}

	#set(name: string, item: unknown): void {
		// As JSON.parse does: an own data property, even one named __proto__.
		Object.defineProperty(this.object, name, {value: item, writable: true, enumerable: true, configurable: true});
	}

	#scan(buffer: Buffer, length: number): void {
		while (this.#pos < length && this.state !== failed) {
			const state = this.state;
			if (state === array || state === other) {
				if (!this.#scanValue(buffer, length)) return;
				continue;
			}
			const code = buffer[this.#pos]!;
			if (space(code)) {
				this.#start = ++this.#pos;
				continue;
			}
			if (state === start) {
				if (code !== openBrace) this.state = failed;
				else this.state = firstKey;
			} else if (state === key || state === firstKey) {
				if (code === closeBrace && state === firstKey) this.state = end;
				else if (code !== quote) this.state = failed;
				else {
					let after = this.#pos + 1;
					while (after < length && buffer[after] !== quote) after += buffer[after] === backslash ? 2 : 1;
					// The text ends inside the key: wait for more.
					if (after >= length) return;
					this.#key = this.#parse(buffer, this.#pos, after + 1) as string;
					this.#pos = after;
					this.state = colon;
				}
			} else if (state === colon) {
				if (code !== 0x3a) this.state = failed;
				else this.state = value;
			} else if (state === value) {
				this.#depth = 0;
				this.#inString = false;
				this.#items = [];
				this.#cut = false;
				this.state = code === openBracket ? array : other;
				// The value's piece starts here; an array's with its bracket, which its batches are parsed with.
				this.#start = this.#pos;
				if (code === openBracket) {
					this.#pos++;
					this.#between = separatorAfter(buffer, this.#pos, length);
					this.#byLines = this.#between !== undefined;
				}
				continue;
			} else if (state === afterValue) {
				if (code === comma) this.state = key;
				else if (code === closeBrace) this.state = end;
				else this.state = failed;
			} else this.state = failed;
			this.#start = ++this.#pos;
		}
	}

	/*
	 * A top-level value, scanned to its end: a value that is not an array up to
	 * the comma or brace after it, then parsed whole; an array element by element,
	 * parsed in batches cut at the commas between elements. Gives false when the
	 * bytes run out first (the scan resumes there with more).
	 */
	#scanValue(buffer: Buffer, length: number): boolean {
		const inArray = this.state === array;
		if (inArray && this.#byLines && !this.#lineBatches(buffer, length)) return false;
		let pos = this.#pos;
		let depth = this.#depth;
		let inString = this.#inString;
		for (; pos < length; pos++) {
			if (inString) {
				// Most bytes are inside strings: the next quote is searched for natively, then checked for an
				// escape (an odd run of backslashes before it; the string's own opening quote stops the run).
				const next = buffer.indexOf(quote, pos);
				if (next === -1 || next >= length) {
					pos = length;
					break;
				}
				let before = next - 1;
				while (buffer[before] === backslash) before--;
				if ((next - before) % 2 === 1) inString = false;
				pos = next;
				continue;
			}
			const code = buffer[pos]!;
			if (code === quote) inString = true;
			else if (code === openBrace || code === openBracket) depth++;
			else if (code === closeBrace || code === closeBracket || code === comma) {
				if (depth > 0) {
					if (code !== comma) depth--;
					continue;
				}
				if (inArray) {
					if (code === closeBrace) {
						this.state = failed;
						return false;
					}
					if (code === comma && pos - this.#start < this.batchBytes) continue;
					this.#batch(buffer, pos, code === closeBracket);
					if (code === comma) {
						this.#cut = true;
						this.#start = pos;
						if (this.#between) {
							this.#byLines = true;
							if (!this.#lineBatches(buffer, length)) return false;
							// Byte by byte from the last cut on (the loop steps past it).
							pos = this.#start;
						}
						continue;
					}
					this.#set(this.#key, this.#items);
					this.#items = [];
				} else {
					if (code === closeBracket) {
						this.state = failed;
						return false;
					}
					this.#set(this.#key, this.#parse(buffer, this.#start, pos));
				}
				// The comma or brace after the value is the top level's to read.
				this.state = afterValue;
				this.#pos = this.#start = inArray ? pos + 1 : pos;
				return true;
			}
		}
		this.#pos = pos;
		this.#depth = depth;
		this.#inString = inString;
		return false;
	}

	/*
	 * Batches cut where a line starts an element, without scanning the bytes
	 * between. In a file with one element per line (or pretty-printed, each
	 * element at the same indent) the bytes between two elements are a comma and
	 * the white space the array's first element came after, with a newline in it;
	 * that is searched for natively. A newline is never inside a JSON string, but
	 * the same bytes may stand between the members of a value nested inside an
	 * element, so a cut is only a guess: the batch must parse. It then holds whole
	 * elements (an array and its brackets parse only if balanced, and "[" and "]"
	 * never join to what they replace), and the cut is where the byte-by-byte scan
	 * would have made it. A batch that does not parse gets its two bytes back (its
	 * first as the batch before left it: that byte is made "[" again before any
	 * parse), and the rest of the array is scanned byte by byte, as before. Gives
	 * false when it waits for bytes that may still come (the piece's start is
	 * kept; `atEnd` says none will). Measured on the 100k-event round: one element
	 * per line, 912 → 853 ms load + first frame; pretty-printed, 1129 → 1051; all
	 * on one line (no newline to cut at), as before.
	 */
	#lineBatches(buffer: Buffer, length: number): boolean {
		const between = this.#between!;
		// Only the bytes at hand: the buffer's tail holds old ones.
		const bytes = buffer.subarray(0, length);
		let start = this.#start;
		for (;;) {
			let at = bytes.indexOf(between, start + Math.max(1, this.batchBytes));
			// A line indented deeper than the elements is inside one.
			while (at !== -1 && at + between.length < length && space(buffer[at + between.length]!)) at = bytes.indexOf(between, at + 1);
			if (at === -1 || at + between.length >= length) {
				// No cut in the bytes at hand: wait for a few batches' worth (never growing the buffer for it), then
				// scan what there is byte by byte.
				const few = 2 * this.batchBytes + 2 * between.length + 2;
				if (!this.atEnd && length < buffer.length && length - start < few) {
					this.#start = start;
					this.#pos = start + 1;
					return false;
				}
				this.#byLines = false;
				break;
			}
			const opening = buffer[start]!;
			buffer[start] = openBracket;
			buffer[at] = closeBracket;
			let items: unknown[] | undefined;
			try {
				items = this.#parse(buffer, start, at + 1) as unknown[];
			} catch {
				items = undefined;
			}
			if (!items || items.length === 0) {
				buffer[start] = opening;
				buffer[at] = comma;
				this.#between = undefined;
				this.#byLines = false;
				break;
			}
			this.#take(items);
			this.#cut = true;
			start = at;
		}
		// The scan goes on after the cut (or the array's bracket), at the array's own depth.
		this.#start = start;
		this.#pos = start + 1;
		this.#depth = 0;
		this.#inString = false;
		return true;
	}

	/*
	 * The elements between the piece's start (the array's bracket or a comma)
	 * and `to` (a comma or the closing bracket), parsed as an array: the two
	 * bytes are made brackets, so no text is joined to them (a comma so
	 * overwritten starts the next batch, which overwrites it again).
	 * Only an array's one and only batch may be empty (`[]`): else `[,1]` or `[1,]` would pass.
	 */
	#batch(buffer: Buffer, to: number, last: boolean): void {
		buffer[this.#start] = openBracket;
		buffer[to] = closeBracket;
		const items = this.#parse(buffer, this.#start, to + 1) as unknown[];
		if (items.length === 0 && (this.#cut || !last)) throw new Error('empty batch');
		this.#take(items);
	}
}

/*
 * After an array's bracket: the comma and white space that would stand before
 * each further element if the first starts a line ("\n", "\r\n  " ...), or
 * undefined (no newline before it, or not all of it in the bytes at hand).
 */
const separatorAfter = (buffer: Buffer, from: number, length: number): Buffer | undefined => {
	let end = from;
	while (end < length && space(buffer[end]!)) end++;
	if (end >= length || !buffer.subarray(from, end).includes(0x0a)) return undefined;
	return Buffer.concat([Buffer.of(comma), buffer.subarray(from, end)]);
};

/** The object and whether its text needed no cleaning, or undefined: read the whole file instead. */
export const readJsonObject = (read: ReadInto, options: PiecesOptions = {}): {value: Record<string, unknown>; clean: boolean} | undefined => {
	const {chunkBytes = 64 * 1024, batchBytes = 16 * 1024, maxPiece = 4 * 1024 * 1024, eachBatch} = options;
	const scanner = new Scanner(batchBytes, eachBatch);
	let buffer = Buffer.allocUnsafe(chunkBytes);
	let length = 0;
	for (;;) {
		if (length === buffer.length) {
			// The piece being scanned fills the buffer: a larger one, up to the limit.
			if (buffer.length >= maxPiece) return undefined;
			const larger = Buffer.allocUnsafe(buffer.length * 2);
			buffer.copy(larger, 0, 0, length);
			buffer = larger;
		}
		const got = read(buffer, length, buffer.length - length);
		if (got === 0) {
			// What was left waiting for more is scanned now.
			scanner.atEnd = true;
			length -= scanner.scan(buffer, length);
			if (scanner.state === failed) return undefined;
			break;
		}
		// JSON text never holds a NUL byte: the whole-file path says what the file is.
		if (buffer.subarray(length, length + got).includes(0)) return undefined;
		length += got;
		const done = scanner.scan(buffer, length);
		if (scanner.state === failed) return undefined;
		buffer.copy(buffer, 0, done, length);
		length -= done;
	}
	return scanner.state === end && length === 0 ? {value: scanner.object, clean: scanner.clean} : undefined;
};
