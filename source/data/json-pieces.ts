import {jsonNeedsCleaning} from './clean-text.js';

/*
 * A JSON object read in pieces, as its text arrives in chunks. Reading a
 * 40 MB round whole costs its bytes and its text in fresh memory (two
 * copies, ~0.25 s of page faults on a VM) before JSON.parse even starts;
 * read in 64 KB chunks the same memory is reused. The top-level object is
 * scanned here, and each member's value is handed to JSON.parse; the
 * elements of an array value (events, figures ...) go in batches of a few
 * kilobytes, so no piece is ever large.
 *
 * Only a yes or a "don't know": anything this reader is unsure of (not an
 * object, a syntax error, a member too large to be worth it) gives undefined,
 * and the caller parses the whole text as before, which also words the error.
 * What it gives is what JSON.parse gives for the whole text: the same keys in
 * the same order (a repeated key keeps its first place and its last value),
 * the same values. test/json-pieces.test.ts holds it to JSON.parse.
 */

const space = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
const quote = 0x22;
const backslash = 0x5c;

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

/** Array elements are parsed in batches of about this many characters (measured: larger ones cost more page faults). */
const defaultBatchChars = 16 * 1024;
/** A member whose text outgrows this (a huge non-array value) is not worth reading in pieces. */
const maxCarry = 4 * 1024 * 1024;

export class JsonPieces {
	/** `batchChars`: tests make batches small, to cut arrays often. */
	constructor(readonly batchChars = defaultBatchChars) {}

	readonly #object: Record<string, unknown> = {};
	#state = start;
	/** Unconsumed text: from the start of the piece being scanned. */
	#text = '';
	#pos = 0;
	#depth = 0;
	#inString = false;
	#key = '';
	#items: unknown[] = [];
	#cut = false;
	/** Whether every piece parsed so far is known to need no cleaning (cleanText would change none of its strings). */
	#clean = true;
	#inspect = false;

	/**
	 * Adds the next chunk of text. `plain`: the chunk is known to hold nothing cleanText
	 * would change (ASCII without backslash or DEL); otherwise the pieces it is part of are looked at.
	 */
	push(chunk: string, plain = false): void {
		if (this.#state === failed) return;
		if (!plain) this.#inspect = true;
		// Inside a member's value the text is kept from where its piece starts; between members, from where scanning is.
		if (this.#state === array || this.#state === other) this.#text += chunk;
		else {
			this.#text = this.#text.slice(this.#pos) + chunk;
			this.#pos = 0;
		}
		this.#scan();
		// What is left over is carried into the next chunk: only the piece being scanned.
		if (this.#text.length > maxCarry) this.#state = failed;
	}

	/** The object and whether its text needed no cleaning, or undefined: parse the whole text instead. */
	end(): {value: Record<string, unknown>; clean: boolean} | undefined {
		return this.#state === end ? {value: this.#object, clean: this.#clean} : undefined;
	}

	#parse(text: string): unknown {
		if (this.#inspect && this.#clean && jsonNeedsCleaning(text)) this.#clean = false;
		return JSON.parse(text);
	}

	#set(name: string, item: unknown): void {
		// As JSON.parse does: an own data property, even one named __proto__.
		Object.defineProperty(this.#object, name, {value: item, writable: true, enumerable: true, configurable: true});
	}

	/** Past the string whose opening quote is before `pos`: the position after its closing quote, or -1 when the text ends first. */
	#stringEnd(pos: number): number {
		const text = this.#text;
		const length = text.length;
		while (pos < length) {
			const code = text.charCodeAt(pos);
			if (code === quote) return pos + 1;
			if (code === backslash) pos += 2;
			else pos++;
		}
		return -1;
	}

	#scan(): void {
		try {
			this.#scanMembers();
		} catch {
			// A piece JSON.parse refused: the whole text is parsed instead, which says where.
			this.#state = failed;
		}
	}

	#scanMembers(): void {
		while (this.#pos < this.#text.length) {
			const state = this.#state;
			if (state === array) {
				if (!this.#scanArray()) return;
				continue;
			}
			if (state === other) {
				if (!this.#scanOther()) return;
				continue;
			}
			const text = this.#text;
			const code = text.charCodeAt(this.#pos);
			if (space(code)) {
				this.#pos++;
				continue;
			}
			if (state === start) {
				if (code !== 0x7b) return this.#fail();
				this.#state = firstKey;
				this.#pos++;
			} else if (state === key || state === firstKey) {
				if (code === 0x7d && state === firstKey) {
					this.#state = end;
					this.#pos++;
					continue;
				}
				if (code !== quote) return this.#fail();
				const after = this.#stringEnd(this.#pos + 1);
				if (after === -1) return;
				this.#key = this.#parse(text.slice(this.#pos, after)) as string;
				this.#pos = after;
				this.#state = colon;
			} else if (state === colon) {
				if (code !== 0x3a) return this.#fail();
				this.#pos++;
				this.#state = value;
			} else if (state === value) {
				this.#depth = 0;
				this.#inString = false;
				if (code === 0x5b) {
					this.#pos++;
					this.#items = [];
					this.#cut = false;
					this.#state = array;
				} else this.#state = other;
				// The value's piece starts here: what is before it is done with.
				this.#drop();
			} else if (state === afterValue) {
				this.#pos++;
				if (code === 0x2c) this.#state = key;
				else if (code === 0x7d) this.#state = end;
				else return this.#fail();
			} else return this.#fail();
		}
	}

	#fail(): void {
		this.#state = failed;
	}

	/** Forgets the text before `pos`: a piece starts there. */
	#drop(): void {
		this.#text = this.#text.slice(this.#pos);
		this.#pos = 0;
	}

	/** A top-level value that is not an array: scanned to the comma or brace after it, then parsed whole. */
	#scanOther(): boolean {
		const text = this.#text;
		const length = text.length;
		let pos = this.#pos;
		let depth = this.#depth;
		for (;;) {
			if (this.#inString) {
				const after = this.#stringEnd(pos);
				if (after === -1) break;
				pos = after;
				this.#inString = false;
				continue;
			}
			if (pos >= length) break;
			const code = text.charCodeAt(pos);
			if (code === quote) this.#inString = true;
			else if (code === 0x7b || code === 0x5b) depth++;
			else if ((code === 0x7d || code === 0x5d || code === 0x2c) && depth === 0) {
				if (code === 0x5d) {
					this.#fail();
					return false;
				}
				this.#set(this.#key, this.#parse(text.slice(0, pos)));
				this.#pos = pos;
				this.#state = afterValue;
				this.#drop();
				return true;
			} else if (code === 0x7d || code === 0x5d) depth--;
			pos++;
		}
		// The text ran out inside the value: resume here with the next chunk.
		this.#pos = pos;
		this.#depth = depth;
		return false;
	}

	/** Appends the elements of one batch. Only an array's one and only batch may be empty (`[]`): else `[,1]` or `[1,]` would pass. */
	#batch(text: string, last: boolean): void {
		const items = this.#parse(`[${text}]`) as unknown[];
		if (items.length === 0 && (this.#cut || !last)) throw new Error('empty batch');
		for (let index = 0; index < items.length; index++) this.#items.push(items[index]);
	}

	/** The elements of a top-level array value, parsed in batches cut at commas between elements. */
	#scanArray(): boolean {
		const text = this.#text;
		const length = text.length;
		let pos = this.#pos;
		let depth = this.#depth;
		for (;;) {
			if (this.#inString) {
				const after = this.#stringEnd(pos);
				if (after === -1) break;
				pos = after;
				this.#inString = false;
				continue;
			}
			if (pos >= length) break;
			const code = text.charCodeAt(pos);
			if (code === quote) this.#inString = true;
			else if (code === 0x7b || code === 0x5b) depth++;
			else if (code === 0x7d || code === 0x5d) {
				if (depth === 0) {
					if (code === 0x7d) {
						this.#fail();
						return false;
					}
					this.#batch(text.slice(0, pos), true);
					this.#set(this.#key, this.#items);
					this.#items = [];
					this.#pos = pos + 1;
					this.#state = afterValue;
					this.#drop();
					return true;
				}
				depth--;
			} else if (code === 0x2c && depth === 0 && pos >= this.batchChars) {
				this.#batch(text.slice(0, pos), false);
				this.#cut = true;
				this.#pos = pos + 1;
				this.#depth = 0;
				this.#drop();
				return true;
			}
			pos++;
		}
		this.#pos = pos;
		this.#depth = depth;
		return false;
	}
}
