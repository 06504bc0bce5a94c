import type {Day} from '../../data/calendar.js';
import {formatDate} from '../../data/calendar.js';
import {initiativesOn} from '../../data/diplomacy.js';
import type {EventKind} from '../../data/schema.js';
import {clockTime} from '../../data/time.js';
import {mdText} from '../../export/markdown-text.js';
import {citationsOf, marksOf, noteMarks} from '../../view/cite.js';
import {derived} from '../../view/derived.js';
import {
	capOriginators,
	keyLineFigures,
	keyLineMarks,
	keyLines,
	keyLinesJson,
	keyLinesMarkdown,
	type KeyLine,
} from '../../view/key-lines.js';
import type {PaneContext, ShownFigure} from '../types.js';
import {mdTable, notesCell} from '../markdown.js';
import {compareDates} from '../../data/calendar.js';

/*
 * The Overview, the opening screen and the one-page brief: the day's key
 * figures (one line each, who counted them, as of when), each initiative's
 * status that day, and the day's main events, most important first.
 */

export type OverviewInitiative = {
	id: string;
	title: string;
	/** The status word that day; undefined before the initiative's first step. */
	status?: string | undefined;
	since?: string | undefined;
	/** Who took the step in force (proposed, blocked, rejected …), as the sources name them. */
	by: string[];
	note?: string | undefined;
	marks: string[];
};

export type OverviewEvent = {
	id: string;
	kind: EventKind;
	time?: string | undefined;
	summary: string;
	marks: string[];
	caveat?: string | undefined;
};

export type OverviewModel = {
	round: PaneContext['round'];
	day: Day;
	/** "Key figures as of Sun 18 Nov 2012 · cumulative since 14 Nov unless marked · latest count of each originator" */
	heading: string;
	/** The same in under 80 columns: "Key figures as of Sun 18 Nov · cumulative since 14 Nov · latest per originator" */
	shortHeading: string;
	lines: KeyLine[];
	initiatives: OverviewInitiative[];
	/** The day's main events, most important first (at most `eventCap`). */
	events: OverviewEvent[];
	/** Events of the day not listed here (they are on the Escalation pane). */
	moreEvents: number;
};

/** How many of the day's events the Overview lists: a slide, not a log. */
export const eventCap = 6;

/** Originators named on a key line of the Overview: the leading count and the two ends of a range. */
export const originatorCap = 3;

/** What the Overview reports, as an OCHA flash update does; the other measures are on Escalation (m). */
export const overviewMetrics = ['killed', 'wounded', 'rockets-fired', 'rockets-intercepted', 'targets-struck', 'airstrikes', 'displaced'];

// What a briefer asks first: who was hurt, what was struck, what moved diplomatically.
const kindOrder: EventKind[] = [
	'casualties',
	'strike',
	'rocket-fire',
	'diplomacy',
	'interception',
	'humanitarian',
	'statement',
	'unrest',
	'other',
];

const caveatText = {'single-source': 'single source', 'low-quality-source': 'low-quality source'} as const;

/*
 * Key figures worth a line on the opening screen: every line with a count, and
 * "no count published" for the measures a briefer always asks about (killed,
 * wounded of a population that has counts elsewhere in the round; rockets fired).
 */
const alwaysAsked = new Set(['killed', 'wounded', 'rockets-fired', 'displaced']);
const hasCount = (line: KeyLine) =>
	line.status !== 'none' || (line.today !== undefined && line.today.status !== 'none') || Boolean(line.incidents?.length);
// A part ("intercepted", "of them children") never stands without the line it is part of: alone, it would read as part of the line above.
const partsOf = (line: KeyLine, all: readonly KeyLine[]) =>
	line.partOf ? [] : all.filter((part) => part.partOf === line.label && part.population === line.population);
const worthALine = (line: KeyLine, all: readonly KeyLine[]): boolean =>
	hasCount(line) ||
	partsOf(line, all).some(hasCount) ||
	(!line.partOf &&
		alwaysAsked.has(line.metric) &&
		all.some((other) => other !== line && other.population === line.population && other.status !== 'none'));

const short = (date: string) => formatDate(date).slice(0, -5);

// A day nobody had counted anything yet (a quiet lead-up day) still answers the first questions, in words.
const shownLines = (all: readonly KeyLine[]): KeyLine[] => {
	const worth = all.filter((line) => worthALine(line, all));
	return worth.length > 0 ? worth : all.filter((line) => !line.partOf && alwaysAsked.has(line.metric));
};

export const overviewModel = ({round, day}: PaneContext): OverviewModel => {
	const all = keyLines(round, day.date, {metrics: overviewMetrics});
	const events = [...derived.events(round, day.date)]
		.map((event, index) => ({event, index}))
		.sort((a, b) => kindOrder.indexOf(a.event.kind) - kindOrder.indexOf(b.event.kind) || a.index - b.index)
		.map(({event}) => event);
	return {
		round,
		day,
		heading: `Key figures as of ${day.weekday} ${short(day.date)} · cumulative since ${short(round.start)} unless marked · latest count of each originator`,
		shortHeading: `Key figures as of ${day.weekday} ${short(day.date)} · cumulative since ${short(round.start)} · latest per originator`,
		lines: shownLines(all).map((line) => capOriginators(line, originatorCap)),
		// The initiative that moved most recently first: what changed is what a briefer reports.
		initiatives: initiativesOn(round, day.date)
			.sort((a, b) => compareDates(b.current?.date ?? '', a.current?.date ?? ''))
			.map(({initiative, current}) => ({
				id: initiative.id,
				title: initiative.title,
				status: current?.status,
				since: current?.date,
				by: current?.by ?? [],
				note: current?.note,
				marks: current ? marksOf(round, current.sources) : [],
			})),
		events: events.slice(0, eventCap).map((event) => ({
			id: event.id,
			kind: event.kind,
			time: event.time ? clockTime(round, event.date, event.time) : undefined,
			summary: event.summary,
			marks: marksOf(round, event.sources),
			caveat: event.caveat ? caveatText[event.caveat] : undefined,
		})),
		moreEvents: Math.max(0, events.length - eventCap),
	};
};

/** "blocked by the United States (since 19 May)" */
export const statusText = (initiative: OverviewInitiative, sinceToday: boolean): string =>
	initiative.status === undefined
		? 'not yet begun'
		: `${initiative.status}${initiative.by.length ? ` by ${initiative.by.join(', ')}` : ''}${sinceToday ? '' : ` since ${formatDate(initiative.since!).slice(0, -5)}`}`;

/** "10:40 Summary (single source)" without marks. */
export const overviewEventText = (event: OverviewEvent): string =>
	`${event.time ? `${event.time} ` : ''}${event.summary}${event.caveat ? ` (${event.caveat})` : ''}`;

export const overviewCited = (model: OverviewModel) =>
	citationsOf(
		[...keyLineMarks(model.lines), ...model.initiatives.flatMap((each) => each.marks), ...model.events.flatMap((event) => event.marks)],
		model.round,
	);

export const overviewFigures = (model: OverviewModel): ShownFigure[] => keyLineFigures(model.lines);

export const overviewMarkdown = (model: OverviewModel): string[] => {
	const out = [
		`## ${mdText(model.heading)}`,
		'',
		'A range is the lowest and highest current count of different originators, each named: never a sum or an average.',
		'',
	];
	out.push(...keyLinesMarkdown(model.lines), '');
	if (model.initiatives.length > 0) {
		out.push(`## Initiatives on ${formatDate(model.day.date)}`, '');
		out.push(
			mdTable(
				['Initiative', 'Status', 'Latest step', 'Sources'],
				model.initiatives.map((each) => [
					each.title,
					statusText(each, each.since === model.day.date),
					each.note ?? '',
					notesCell(each.marks),
				]),
			),
			'',
		);
	}
	out.push(`## Main events on ${model.day.weekday} ${formatDate(model.day.date)}`, '');
	if (model.events.length === 0) out.push('No events reported for this day.', '');
	for (const event of model.events) out.push(`- ${mdText(overviewEventText(event))} ${noteMarks(event.marks)}`);
	if (model.moreEvents > 0) out.push(`- +${model.moreEvents} more on the Escalation pane`);
	if (model.events.length > 0) out.push('');
	return out;
};

export const overviewJson = (model: OverviewModel) => ({
	heading: model.heading,
	keyFigures: keyLinesJson(model.lines),
	initiatives: model.initiatives,
	events: model.events,
	moreEvents: model.moreEvents,
});
