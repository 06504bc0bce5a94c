import {isCalendarDate} from './calendar.js';
import {claimantKinds, eventKinds, initiativeStatuses, qualifiers, scopes, sourceKinds, type Round} from './schema.js';

/*
 * A fast yes for a round the schema (schema.ts) accepts as it is. Building and
 * running the zod schema costs about a second on a round of 100,000 events and
 * copies every object; almost every file is valid, and for those this check
 * answers alone, without building zod at all. It is only ever a yes or an "ask
 * zod": whatever it does not accept (an invalid file, or a valid one it cannot
 * vouch for) goes through the schema, which gives the messages. So it must
 * never accept what the schema rejects, and what it accepts must be what the
 * schema would output: the same values, each object's keys in the schema's
 * order (an object whose keys come in another order is accepted as a copy in
 * that order, as the schema outputs it). test/round-check.test.ts holds it to
 * the schema, field by field and on fuzzed rounds.
 */

/** A check of one value: the value to keep (itself, or a copy with its keys in schema order), or `invalid`. */
type Check = (value: unknown) => unknown;
const invalid = Symbol('invalid');

const isString = (value: unknown): value is string => typeof value === 'string';
const text =
	(min: number, max: number, pattern?: RegExp, also?: (value: string) => boolean): Check =>
	(value) =>
		isString(value) && value.length >= min && value.length <= max && (!pattern || pattern.test(value)) && (!also || also(value))
			? value
			: invalid;

// After the pattern: four digits, dash, two, dash, two. Read as numbers without slicing (every date of every event).
const digits = (value: string, from: number, count: number): number => {
	let number = 0;
	for (let index = from; index < from + count; index++) number = number * 10 + value.charCodeAt(index) - 48;
	return number;
};
const isRealDate = (value: string): boolean => isCalendarDate(digits(value, 0, 4), digits(value, 5, 2), digits(value, 8, 2));

/*
 * The patterns checked on every event and figure (ids, source ids, dates,
 * metrics) are read character by character: a regular expression call per
 * value costs more than the check itself, on a few hundred thousand values.
 */
const isDigit = (code: number) => code >= 48 && code <= 57;
const isLower = (code: number) => code >= 97 && code <= 122;
/** /^\d{4}-\d{2}-\d{2}$/ and a real calendar day. */
const isoDate: Check = (value) => {
	if (!isString(value) || value.length !== 10) return invalid;
	for (let index = 0; index < 10; index++) {
		const code = value.charCodeAt(index);
		if (index === 4 || index === 7 ? code !== 45 : !isDigit(code)) return invalid;
	}
	return isRealDate(value) ? value : invalid;
};
/** /^[a-z0-9][a-z0-9-]*$/ (or /^[a-z][a-z0-9-]*$/ with `letterFirst`), at most `max` long. */
const slug =
	(max: number, letterFirst: boolean): Check =>
	(value) => {
		if (!isString(value) || value.length === 0 || value.length > max) return invalid;
		const first = value.charCodeAt(0);
		if (!isLower(first) && (letterFirst || !isDigit(first))) return invalid;
		for (let index = 1; index < value.length; index++) {
			const code = value.charCodeAt(index);
			if (!isLower(code) && !isDigit(code) && code !== 45) return invalid;
		}
		return value;
	};
const localTime = text(0, Infinity, /^([01]\d|2[0-3]):[0-5]\d$/);
const id = slug(80, false);
const longText = text(1, 4000);
const shortText = text(1, 300);

/*
 * zod's url() trims the value and drops tabs and line breaks from it before
 * the other checks see it; a value with no white space at all (which the
 * schema's own pattern then requires) is kept as it is. Its http(s) protocol
 * wants "://" and a value the WHATWG URL parser reads.
 */
const urlPattern = /^[^\s"'<>`\\]+$/;
const url: Check = (value) => {
	if (!isString(value) || value.length > 2000 || !urlPattern.test(value) || !/^https?:\/\//i.test(value)) return invalid;
	try {
		return /^https?$/.test(new URL(value).protocol.slice(0, -1)) ? value : invalid;
	} catch {
		return invalid;
	}
};

const oneOf = (values: readonly string[]): Check => {
	const allowed = new Set(values);
	return (value) => (isString(value) && allowed.has(value) ? value : invalid);
};
const boolean: Check = (value) => (typeof value === 'boolean' ? value : invalid);
const count: Check = (value) => (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : invalid);
const anyString: Check = (value) => (isString(value) ? value : invalid);

/** An array of checked items, at least `min` long; an item kept as a copy replaces the item in place. */
const list =
	(item: Check, min = 0): Check =>
	(value) => {
		if (!Array.isArray(value) || value.length < min) return invalid;
		for (let index = 0; index < value.length; index++) {
			const kept = item(value[index]);
			if (kept === invalid) return invalid;
			if (kept !== value[index]) value[index] = kept;
		}
		return value;
	};

type Field = {check: Check; optional?: true};
const optional = (check: Check): Field => ({check, optional: true});

/** The field checks of one object, in the schema's key order. */
export type Shape = Record<string, Check | Field>;
const fieldOf = (entry: Check | Field): Field => (typeof entry === 'function' ? {check: entry} : entry);

/** Whether Object.prototype has no enumerable key (nothing added one): asked again by each outermost check. */
let plainPrototype = false;
/** How many object checks are under way, one inside another. */
let depth = 0;
/** Every field's memory of the value it last vouched for; forgotten when the outermost check ends. */
const vouchedFor: Array<{vouched: unknown}> = [];

/** A strict object: no key the shape does not name, every required key there, each value checked. */
const object = (shape: Shape): Check & {shape: Shape} => {
	const keys = Object.keys(shape);
	/*
	 * Each field remembers the last value it vouched for in this check: entries
	 * that repeat it (the day's date, a kind, the list of sources many share,
	 * kept once as a large file is read: repeated-values.ts) are not checked
	 * again. Strings cannot change, and nothing changes a list during a check
	 * but the check itself, which leaves it vouched for. Forgotten when the check
	 * ends: a list may change after it, and a round checked is not to be held.
	 */
	const fields = new Map(
		keys.map((key, index) => {
			const {check, optional} = fieldOf(shape[key]!);
			const field = {check, optional: optional === true, index, vouched: invalid as unknown};
			vouchedFor.push(field);
			return [key, field];
		}),
	);
	const required = keys.filter((key) => !fieldOf(shape[key]!).optional).length;
	const check = (value: unknown): unknown => {
		if (typeof value !== 'object' || value === null || Array.isArray(value)) return invalid;
		const record = value as Record<string, unknown>;
		if (depth === 0) plainPrototype = Object.keys(Object.prototype).length === 0;
		depth++;
		try {
			return checkFields(record);
		} finally {
			depth--;
			if (depth === 0) for (const field of vouchedFor) field.vouched = invalid;
		}
	};
	const checkFields = (record: Record<string, unknown>): unknown => {
		// for...in also lists inherited keys; on a plain object, with nothing enumerable in Object.prototype, every key is its own.
		const plain = plainPrototype && Object.getPrototypeOf(record) === Object.prototype;
		let present = 0;
		let last = -1;
		let ordered = true;
		for (const key in record) {
			const field = fields.get(key);
			if (!field || (!plain && !Object.hasOwn(record, key))) return invalid;
			const found = record[key];
			if (found !== field.vouched) {
				const kept = field.check(found);
				if (kept === invalid) return invalid;
				if (kept === found) field.vouched = found;
				else record[key] = kept;
			}
			if (!field.optional) present++;
			if (field.index < last) ordered = false;
			last = field.index;
		}
		if (present !== required) return invalid;
		if (ordered) return record;
		const copy: Record<string, unknown> = {};
		for (const key of keys) if (Object.hasOwn(record, key)) copy[key] = record[key];
		return copy;
	};
	return Object.assign(check, {shape});
};

const caveat = oneOf(['single-source', 'low-quality-source']);
const sourceIds = list(id, 1);

/** The shapes, exported for the test that holds them to the zod schema. */
export const source = object({
	id,
	outlet: shortText,
	title: optional(shortText),
	author: optional(shortText),
	published: optional(isoDate),
	publishedTime: optional(localTime),
	url: optional(url),
	kind: oneOf(sourceKinds),
	commissioned: optional(boolean),
	caveat: optional(caveat),
});

export const claimant = object({id, name: shortText, kind: oneOf(claimantKinds), note: optional(longText)});

export const event = object({
	id,
	date: isoDate,
	time: optional(localTime),
	kind: oneOf(eventKinds),
	actors: list(shortText),
	place: optional(shortText),
	summary: longText,
	sources: sourceIds,
	caveat: optional(caveat),
});

export const figure = object({
	id,
	metric: slug(Infinity, true),
	population: shortText,
	subgroup: optional(shortText),
	value: count,
	valueHigh: optional(count),
	qualifier: oneOf(qualifiers),
	scope: oneOf(scopes),
	since: optional(isoDate),
	date: isoDate,
	time: optional(localTime),
	reported: optional(isoDate),
	claimant: shortText,
	via: optional(shortText),
	attributedAs: optional(shortText),
	attribution: optional(oneOf(['stated', 'inferred'])),
	sources: sourceIds,
	note: optional(longText),
	caveat: optional(caveat),
});

export const initiativeStep = object({
	date: isoDate,
	time: optional(localTime),
	status: oneOf(initiativeStatuses),
	by: optional(list(shortText)),
	note: longText,
	sources: sourceIds,
});

export const initiative = object({
	id,
	title: shortText,
	actors: list(shortText, 1),
	mediators: optional(list(shortText)),
	history: list(initiativeStep, 1),
});

export const statement = object({
	id,
	date: isoDate,
	time: optional(localTime),
	speaker: shortText,
	role: optional(shortText),
	form: oneOf(['quote', 'paraphrase']),
	text: longText,
	sources: sourceIds,
	initiative: optional(id),
});

export const dayNote = object({date: isoDate, note: longText});

export const round = object({
	$schema: optional(anyString),
	id,
	title: shortText,
	shortTitle: text(1, 24),
	start: isoDate,
	end: isoDate,
	leadUpFrom: optional(isoDate),
	aftermathUntil: optional(isoDate),
	timezone: text(1, 64),
	parties: list(shortText, 1),
	claimants: optional(list(claimant)),
	sources: list(source, 1),
	events: list(event),
	figures: list(figure),
	initiatives: list(initiative),
	statements: list(statement),
	dayNotes: optional(list(dayNote)),
});

/**
 * The round as the schema would output it, when this check can vouch for it;
 * undefined means "ask the schema". Objects whose keys are out of the schema's
 * order are replaced in `value` by ordered copies, so it must be a value the
 * caller owns (freshly parsed JSON).
 */
export const checkedRound = (value: unknown): Round | undefined => {
	const kept = round(value);
	return kept === invalid ? undefined : (kept as Round);
};
