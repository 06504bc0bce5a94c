import {closeSync, createReadStream} from 'node:fs';
import {parse, CsvError} from 'csv-parse';
import type {Claimant, Event, Figure, Initiative, Round, Source} from './schema.js';
import {formatDate, isCalendarDate} from './calendar.js';
import {openRegularFile, unreadable, validateRound, type Problem} from './load-round.js';
import {compareDates} from './calendar.js';

/*
 * ACLED exports (CSV) as sitrep rounds: one round per country, or per country
 * within a --window. Each row is an event; the day's fatalities summed over
 * ACLED's events are one daily "killed" claim whose originator is ACLED (the
 * round's `claimants` list names it: ACLED counts from reported sources);
 * "Strategic developments / Agreement" rows are steps of one diplomacy
 * initiative. The file is streamed row by row: only the events are kept.
 */

/** What sitrep does with each ACLED column; a test checks every standard column is here. */
export const acledColumns: Record<string, {use: 'used' | 'ignored'; why: string}> = {
	event_id_cnty: {use: 'used', why: 'event id (lower-cased)'},
	event_date: {use: 'used', why: 'event date (YYYY-MM-DD or "10 May 2021")'},
	event_type: {use: 'used', why: 'event kind, and the start of the summary'},
	sub_event_type: {use: 'used', why: 'event kind, and the start of the summary; Agreement rows become diplomacy steps'},
	actor1: {use: 'used', why: 'actors; the most frequent are the round\'s parties'},
	assoc_actor_1: {use: 'used', why: 'actors (split on ";")'},
	actor2: {use: 'used', why: 'actors (the other side)'},
	assoc_actor_2: {use: 'used', why: 'actors (split on ";")'},
	civilian_targeting: {use: 'used', why: 'noted in the summary'},
	country: {use: 'used', why: 'one round per country; the population of the fatality claims'},
	admin1: {use: 'used', why: 'place (location, admin3, admin2, admin1: most local first)'},
	admin2: {use: 'used', why: 'place (location, admin3, admin2, admin1: most local first)'},
	admin3: {use: 'used', why: 'place (location, admin3, admin2, admin1: most local first)'},
	location: {use: 'used', why: 'place (location, admin3, admin2, admin1: most local first)'},
	source: {use: 'used', why: 'sources: one per distinct value'},
	notes: {use: 'used', why: 'the event\'s summary, after its type'},
	fatalities: {use: 'used', why: 'summed per day into a daily "killed" claim whose originator is ACLED'},
	year: {use: 'ignored', why: 'repeats event_date'},
	time_precision: {use: 'ignored', why: 'sitrep works in days'},
	disorder_type: {use: 'ignored', why: 'event_type and sub_event_type say more'},
	inter1: {use: 'ignored', why: 'an actor-type code; the actor names are used'},
	inter2: {use: 'ignored', why: 'an actor-type code; the actor names are used'},
	interaction: {use: 'ignored', why: 'a code combining inter1 and inter2'},
	iso: {use: 'ignored', why: 'country code; country is used'},
	region: {use: 'ignored', why: 'rounds are per country'},
	latitude: {use: 'ignored', why: 'sitrep has no map'},
	longitude: {use: 'ignored', why: 'sitrep has no map'},
	geo_precision: {use: 'ignored', why: 'sitrep has no map'},
	source_scale: {use: 'ignored', why: 'not a claimant or a source'},
	tags: {use: 'ignored', why: 'free-form coding notes'},
	timestamp: {use: 'ignored', why: 'when ACLED uploaded the row, not when it happened'},
	// Older exports.
	data_id: {use: 'ignored', why: 'an internal row number (pre-2023 exports)'},
	event_id_no_cnty: {use: 'ignored', why: 'event_id_cnty is used (pre-2023 exports)'},
};

/** The originator of a converted round's counts: ACLED codes fatalities from the sources it reads. */
export const acledClaimant: Claimant = {
	id: 'acled',
	name: 'ACLED',
	kind: 'research',
	note: 'Armed Conflict Location & Event Data: fatalities as ACLED codes them from reported sources, summed per day.',
};

const maxRecordSize = 1024 * 1024;

const requiredColumns = ['event_id_cnty', 'event_date', 'event_type', 'actor1', 'country', 'fatalities'];

export type AcledResult = {ok: true; rounds: Round[]} | {ok: false; problems: Problem[]};
export type Window = {start: string; end: string};

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** "2021-05-10" or "10 May 2021" (older exports) as YYYY-MM-DD, or undefined. */
export const acledDate = (text: string): string | undefined => {
	const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
	const written = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text.trim());
	const [year, month, day] = iso
		? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
		: written
			? [Number(written[3]), months.findIndex((name) => name.startsWith(written[2]!.toLowerCase()) && written[2]!.length >= 3) + 1, Number(written[1])]
			: [0, 0, 0];
	if (!year || !isCalendarDate(year, month, day)) return undefined;
	return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

const slug = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '') || 'x';

const kindOf = (eventType: string, subEventType: string): Event['kind'] => {
	const type = eventType.toLowerCase();
	const sub = subEventType.toLowerCase();
	if (sub === 'agreement') return 'diplomacy';
	if (sub === 'disrupted weapons use') return 'interception';
	if (sub === 'shelling/artillery/missile attack') return 'rocket-fire';
	if (type === 'battles' || type === 'explosions/remote violence' || type === 'violence against civilians') return 'strike';
	if (type === 'protests' || type === 'riots') return 'unrest';
	return 'other';
};

const cut = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

type Kept = {event: Event; country: string; fatalities: number; sourceId: string; agreement: boolean; actor1: string; row: number};

/** Reads an ACLED CSV export into rounds, or into located problems (row and column). */
export const loadAcled = async (file: string, window?: Window): Promise<AcledResult> => {
	const fail = (where: string, message: string): AcledResult => ({ok: false, problems: [{file, where, message}]});
	// Only a regular file, opened without blocking: a FIFO or /dev/zero is refused, not waited on or read forever.
	const opened = openRegularFile(file);
	if (!opened.ok) return fail('', opened.message.replace('not a dataset file', 'not a CSV file'));
	if (opened.size === 0) {
		closeSync(opened.fd);
		return fail('', 'is empty; expected an ACLED export with a header row');
	}

	let header: string[] = [];
	const parser = createReadStream(file, {fd: opened.fd}).pipe(
		parse({
			bom: true,
			skip_empty_lines: true,
			// One record may not hold the whole memory: a file with no line ends is refused as a record too long.
			max_record_size: maxRecordSize,
			// Each record with its own line number, for problems located in the file.
			info: true,
			// Older exports write the headers in upper case.
			columns: (names: string[]) => (header = names.map((name) => name.trim().toLowerCase())),
		}),
	);
	const problems: Problem[] = [];
	const kept: Kept[] = [];
	const sources = new Map<string, Source>();
	// Rows count data records from 1; the line is where the record ends in the file.
	let line = 0;
	const problem = (row: number, column: string, message: string) => {
		if (problems.length < 50) problems.push({file, where: `row ${row} (line ${line}), column ${column}`, message});
	};
	let row = 0;
	try {
		for await (const {record, info} of parser as AsyncIterable<{record: Record<string, string>; info: {lines: number}}>) {
			row++;
			line = info.lines;
			if (row === 1) {
				const missing = requiredColumns.filter((name) => !header.includes(name));
				if (missing.length > 0) return fail('header', `missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`);
			}
			const value = (name: string) => (record[name] ?? '').trim();
			const date = acledDate(value('event_date'));
			if (!date) problem(row, 'event_date', `"${cut(value('event_date'), 40)}" is not a date (YYYY-MM-DD or "10 May 2021")`);
			const fatalitiesText = value('fatalities');
			if (!/^\d+$/.test(fatalitiesText)) problem(row, 'fatalities', `expected a whole number, not "${cut(fatalitiesText, 40)}"`);
			if (!value('event_id_cnty')) problem(row, 'event_id_cnty', 'is empty');
			if (!value('country')) problem(row, 'country', 'is empty');
			if (!date || !/^\d+$/.test(fatalitiesText) || !value('event_id_cnty') || !value('country')) continue;
			if (window && (date < window.start || date > window.end)) continue;

			const sourceName = cut(value('source') || 'ACLED (no source named)', 300);
			let source = sources.get(sourceName);
			if (!source) {
				source = {id: `s${sources.size + 1}`, outlet: sourceName, kind: 'news'};
				sources.set(sourceName, source);
			}
			const actors = [value('actor1'), ...value('assoc_actor_1').split(';'), value('actor2'), ...value('assoc_actor_2').split(';')]
				.map((actor) => cut(actor.trim(), 300))
				.filter((actor, index, all) => actor && all.indexOf(actor) === index);
			const place = [value('location'), value('admin3'), value('admin2'), value('admin1')]
				.filter((part, index, all) => part && all.indexOf(part) === index)
				.join(', ');
			const typeText = [value('event_type'), value('sub_event_type')].filter(Boolean).join(' / ');
			const targeting = value('civilian_targeting') ? ' [civilian targeting]' : '';
			const summary = cut(`${typeText}: ${value('notes') || '(no notes)'}${targeting} (${fatalitiesText} fatalities, per ACLED)`, 4000);
			kept.push({
				event: {
					id: slug(value('event_id_cnty')),
					date,
					kind: kindOf(value('event_type'), value('sub_event_type')),
					actors,
					...(place ? {place: cut(place, 300)} : {}),
					summary,
					sources: [source.id],
				},
				country: value('country'),
				fatalities: Number(fatalitiesText),
				sourceId: source.id,
				agreement: value('sub_event_type').toLowerCase() === 'agreement',
				actor1: value('actor1'),
				row,
			});
		}
	} catch (error) {
		if (error instanceof CsvError)
			return fail(
				`line ${(error as CsvError & {lines?: number}).lines ?? '?'}`,
				`not valid CSV: ${error.message.replace(/^Invalid [^:]*: /, '')}`,
			);
		// A read that fails part-way (EIO, a file made unreadable) is one line too, never a stack trace.
		return fail('', unreadable(error));
	}
	if (row === 0) return fail('', 'has a header but no rows');
	if (problems.length > 0) return {ok: false, problems};
	if (kept.length === 0) return fail('', window ? `no rows between ${window.start} and ${window.end}` : 'no usable rows');

	const rounds: Round[] = [];
	for (const country of [...new Set(kept.map((each) => each.country))]) {
		const rows = kept.filter((each) => each.country === country).sort((a, b) => compareDates(a.event.date, b.event.date));
		const start = rows[0]!.event.date;
		const end = rows.at(-1)!.event.date;
		const byDay = new Map<string, {fatalities: number; sources: Set<string>}>();
		for (const each of rows) {
			const day = byDay.get(each.event.date) ?? {fatalities: 0, sources: new Set<string>()};
			day.fatalities += each.fatalities;
			day.sources.add(each.sourceId);
			byDay.set(each.event.date, day);
		}
		const figures: Figure[] = [...byDay].map(([date, day]) => ({
			id: `killed-${date}`,
			metric: 'killed',
			population: `People in ${country}`,
			value: day.fatalities,
			qualifier: 'exact',
			scope: 'daily',
			date,
			claimant: acledClaimant.id,
			sources: [...day.sources].slice(0, 20),
			note: 'sum of the fatalities ACLED codes for the day\'s events',
		}));
		const agreements = rows.filter((each) => each.agreement);
		const initiatives: Initiative[] = agreements.length
			? [
					{
						id: 'acled-agreements',
						title: 'Agreements recorded by ACLED',
						actors: [...new Set(agreements.flatMap((each) => each.event.actors))].slice(0, 10),
						history: agreements.map((each) => ({date: each.event.date, status: 'agreed' as const, note: each.event.summary, sources: each.event.sources})),
					},
				]
			: [];
		const frequency = new Map<string, number>();
		for (const each of rows) if (each.actor1) frequency.set(each.actor1, (frequency.get(each.actor1) ?? 0) + 1);
		const parties = [...frequency].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([actor]) => cut(actor, 300));
		const used = new Set(rows.flatMap((each) => each.event.sources));
		const round = {
			id: `acled-${slug(country)}${window ? `-${window.start}-${window.end}` : ''}`,
			title: cut(`ACLED: ${country}, ${formatDate(start)} – ${formatDate(end)}`, 300),
			shortTitle: cut(`ACLED ${country}`, 24),
			start,
			end,
			timezone: 'local dates, as ACLED codes them',
			parties: parties.length > 0 ? parties : ['(actors as coded by ACLED)'],
			claimants: [acledClaimant],
			sources: [...sources.values()].filter((source) => used.has(source.id)),
			events: rows.map((each) => each.event),
			figures,
			initiatives,
			statements: [],
		};
		const checked = validateRound(file, round);
		if (!checked.ok) {
			// Problems in events are put back on the CSV rows they came from.
			const located = checked.problems.map((each) => {
				const match = /^events\.(\d+)\.?(.*)$/.exec(each.where);
				if (each.where === 'end' && each.message.includes('the limit is'))
					return {...each, where: country, message: `${each.message}; pick a stretch with --window`};
				return match ? {...each, where: `row ${rows[Number(match[1])]!.row}${match[2] ? ` (${match[2]})` : ''}`} : each;
			});
			return {ok: false, problems: located};
		}
		rounds.push(checked.round);
	}
	return {ok: true, rounds};
};

/** "2021-05-06..2021-05-22" */
export const parseWindow = (text: string): Window | undefined => {
	const match = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(text.trim());
	if (!match || !acledDate(match[1]!) || !acledDate(match[2]!) || match[1]! > match[2]!) return undefined;
	return {start: match[1]!, end: match[2]!};
};
