import type {Day} from '../../data/calendar.js';
import {formatDate} from '../../data/calendar.js';
import type {Quantity} from '../../data/claims.js';
import type {Measure, MeasurePoint, MeasureSeries} from '../../data/measures.js';
import {quantityLabel as metricQuantityLabel} from '../../data/metrics.js';
import type {EventKind} from '../../data/schema.js';
import {clockTime} from '../../data/time.js';
import {mdText} from '../../export/markdown-text.js';
import {citationsOf, marksOf, noteMarks} from '../../view/cite.js';
import {derived} from '../../view/derived.js';
import {carriedText, claimFlags, claimValue} from '../../view/claim-value.js';
import {signs} from '../../view/signs.js';
import type {PaneContext, ShownFigure} from '../types.js';
import {citedCell, mdTable, notesCell} from '../markdown.js';
import {keyLineFigures, keyLineMarks, keyLines, keyLinesJson, keyLinesMarkdown, type KeyLine} from '../../view/key-lines.js';

/*
 * The Escalation pane: one measure per day (the chart), every claimant's
 * figure kept, and the day's events by kind, or every event matching the filter.
 */

export const kindLabels: Record<EventKind, string> = {
	strike: 'Strikes',
	'rocket-fire': 'Rocket fire',
	interception: 'Interceptions',
	casualties: 'Casualty reports',
	diplomacy: 'Diplomacy',
	statement: 'Statements',
	humanitarian: 'Humanitarian',
	unrest: 'Unrest',
	other: 'Other',
};

export type ChartScope = 'daily' | 'cumulative';

/** "Rockets fired from Gaza", "Killed · Palestinians in Gaza". */
export const quantityLabel = (quantity: Quantity): string => metricQuantityLabel(quantity.metric, quantity.population);

/** How a measure's values read: per day, or a running total to date. */
export const scopeLabel = (scope: ChartScope): string => (scope === 'daily' ? 'per day' : 'to date (running total)');

/** Another originator's own count on a day (reported or derived), as the line under the chart lists it. */
export type OtherFigure = {originator: string; display: string; derived: boolean; marks: string[]};

/*
 * One day of the charted series. `value` is the bar's length (the low end of
 * a range); undefined when the originator published nothing that day or
 * before (no report), never 0.
 */
export type Bar = {
	day: Day;
	selected: boolean;
	flagged: boolean;
	kind: MeasurePoint['kind'];
	value?: number | undefined;
	/** The count as printed: "138", "480–>800", "↳2,800" (carried forward); '' for no report. */
	display: string;
	/** A carried-forward count's own date. */
	asOf?: string | undefined;
	/** "†?": published later, weak source. */
	flags: string;
	marks: string[];
	others: OtherFigure[];
};
export type SeriesInfo = {label: string; coverage: number};
export type EventEntry = {
	id: string;
	date: string;
	prefix: string;
	time?: string | undefined;
	summary: string;
	marks: string[];
	caveat?: string | undefined;
};
export type EventSection = {heading: string; dayHeading?: boolean; events: EventEntry[]};
export type EscalationModel = {
	round: PaneContext['round'];
	day: Day;
	measure?: (Measure & {label: string}) | undefined;
	/** The key-figure line of the measure charted: to date and that day, who counted, as of when. */
	keyLines: KeyLine[];
	/** Place of the measure in the `m` cycle (from 0), and how many there are. */
	measureIndex: number;
	measureCount: number;
	/** Whose series the chart draws; the others, best-covering first (`o` cycles). */
	series?: SeriesInfo | undefined;
	others: SeriesInfo[];
	bars: Bar[];
	filter: string;
	/** Events: by kind for the day, or by day for a filter. */
	sections: EventSection[];
	eventCount: number;
	notes: string[];
};

const pointText = (point: MeasurePoint): string => {
	if (!point.claim || point.kind === 'no-report') return '';
	const value = claimValue(point.claim);
	return point.kind === 'carried' ? carriedText(value) : value;
};

const barsOf = (round: PaneContext['round'], all: MeasureSeries[], shown: number, date: string, flagged: Set<string>): Bar[] => {
	const series = all[shown];
	if (!series) return [];
	return series.points.map((point, index): Bar => {
		const others = all.flatMap((each, rank): OtherFigure[] => {
			const other = each.points[index];
			if (rank === shown || !other?.claim || (other.kind !== 'reported' && other.kind !== 'derived')) return [];
			return [
				{originator: each.label, display: pointText(other), derived: other.kind === 'derived', marks: marksOf(round, other.claim.sources)},
			];
		});
		const {claim} = point;
		return {
			day: point.day,
			selected: point.day.date === date,
			flagged: flagged.has(point.day.date),
			kind: point.kind,
			value: claim && point.kind !== 'no-report' ? claim.value : undefined,
			display: pointText(point),
			asOf: point.kind === 'carried' ? claim?.asOf : undefined,
			flags: claim ? claimFlags(claim) : '',
			marks: claim ? marksOf(round, claim.sources) : [],
			others,
		};
	});
};

const caveatText = {'single-source': 'single source', 'low-quality-source': 'low-quality source'} as const;

export const escalationModel = ({round, state, day}: PaneContext): EscalationModel => {
	const measures = derived.measures(round);
	const measureIndex = measures.length > 0 ? state.metric % measures.length : 0;
	const measure = measures[measureIndex];
	const all = measure ? derived.measureSeries(round, measure) : [];
	const shown = all.length > 0 ? state.series % all.length : 0;
	const filter = state.filter.text;
	const days = derived.days(round);
	const entry = (event: (typeof round.events)[number], prefix = ''): EventEntry => ({
		id: event.id,
		date: event.date,
		prefix,
		time: event.time ? clockTime(round, event.date, event.time) : undefined,
		summary: event.summary,
		marks: marksOf(round, event.sources),
		caveat: event.caveat ? caveatText[event.caveat] : undefined,
	});
	const sections: EventSection[] = filter
		? days.flatMap((each) => {
				const matches = derived.matchingEvents(round, each.date, filter);
				return matches.length === 0
					? []
					: [
							{
								heading: `Day ${each.number} · ${each.weekday} ${formatDate(each.date)}`,
								dayHeading: true,
								events: matches.map((event) => entry(event, `${kindLabels[event.kind]}: `)),
							},
						];
			})
		: derived.eventsByKind(round, day.date).map((group) => ({
				heading: `${kindLabels[group.kind]} (${group.events.length})`,
				events: group.events.map((event) => entry(event)),
			}));
	const filterDays = new Set(filter ? sections.map((section) => section.events[0]!.date) : []);
	const info = (series: MeasureSeries): SeriesInfo => ({label: series.label, coverage: series.coverage});
	return {
		round,
		day,
		measure: measure && {...measure, label: quantityLabel(measure)},
		keyLines: measure
			? keyLines(round, day.date, {metrics: [measure.metric], population: measure.population, subgroups: 'all'})
					.filter((line) => (line.subgroup ?? '') === (measure.subgroup ?? ''))
					// Beside a chart per day, the running total says it is one.
					.map((line) => ({...line, label: `${line.label}, to date`}))
			: [],
		measureIndex,
		measureCount: measures.length,
		series: all[shown] && info(all[shown]),
		others: all.filter((_, rank) => rank !== shown).map(info),
		bars: barsOf(round, all, shown, day.date, filterDays),
		filter,
		sections,
		eventCount: sections.reduce((sum, section) => sum + section.events.length, 0),
		notes: filter ? [] : (round.dayNotes ?? []).filter((each) => each.date === day.date).map((each) => each.note),
	};
};

/** "10:40 Summary [3] (single source)" */
export const eventText = (event: EventEntry, marks: (marks: string[]) => string): string =>
	`${event.prefix}${event.time ? `${event.time} ` : ''}${event.summary} ${marks(event.marks)}${event.caveat ? ` (${event.caveat})` : ''}`;

export const escalationCited = (model: EscalationModel) =>
	citationsOf(
		[
			...keyLineMarks(model.keyLines),
			...model.bars.flatMap((bar) => [...bar.marks, ...bar.others.flatMap((figure) => figure.marks)]),
			...model.sections.flatMap((section) => section.events.flatMap((event) => event.marks)),
		],
		model.round,
	);

export const escalationFigures = (model: EscalationModel): ShownFigure[] => [
	...keyLineFigures(model.keyLines),
	...model.bars.flatMap((bar) => [
		...(bar.display ? [{value: bar.display, marks: bar.marks}] : []),
		...bar.others.map((figure) => ({value: figure.display, marks: figure.marks})),
	]),
];

/** "12 days", "1 day": how much of the round a series covers. */
export const daysText = (count: number): string => `${count} day${count === 1 ? '' : 's'}`;

/** What a chart's day says in words: the count, "derived", "carried forward from 15 May", or "no report". */
export const barWords = (bar: Bar): string =>
	bar.kind === 'no-report'
		? 'no report'
		: `${bar.display}${bar.flags ? ` ${bar.flags}` : ''}${bar.kind === 'derived' ? ' (derived from its running totals)' : ''}${bar.asOf ? ` (carried forward from ${formatDate(bar.asOf)})` : ''}`;

export const escalationMarkdown = (model: EscalationModel): string[] => {
	const out: string[] = model.keyLines.length
		? [`## Key figure as of ${formatDate(model.day.date)}`, '', ...keyLinesMarkdown(model.keyLines), '']
		: [];
	const {measure, series} = model;
	if (measure && series) {
		out.push(
			`## ${mdText(measure.label)}, ${scopeLabel(measure.scope)}: the count of ${mdText(series.label)} (${daysText(series.coverage)})`,
			'',
		);
		out.push(
			mdTable(
				['Day', 'Date', `${series.label}`, 'Sources', 'Other originators that day'],
				model.bars.map((bar) => [
					String(bar.day.number),
					`${bar.day.weekday} ${formatDate(bar.day.date)}`,
					barWords(bar),
					notesCell(bar.marks),
					{
						markdown: bar.others
							.map((figure) => citedCell(`${figure.display}${figure.derived ? ' (derived)' : ''} ${figure.originator}`, figure.marks))
							.map((cell) => cell.markdown)
							.join('; '),
					},
				]),
			),
			'',
		);
		if (model.others.length > 0)
			out.push(
				`Other originators' series of this measure: ${mdText(model.others.map((other) => `${other.label} (${daysText(other.coverage)})`).join(', '))}.`,
				'',
			);
		out.push(
			mdText(
				`${signs.noReport.mark} no report: ${series.label} published no count that day (not zero). ${signs.carriedForward.mark}: ${signs.carriedForward.meaning}. Derived: ${signs.derived.meaning}.`,
			),
			'',
		);
	}
	out.push(model.filter ? `## Events mentioning "${mdText(model.filter)}"` : `## Events on ${formatDate(model.day.date)}`, '');
	if (model.eventCount === 0) out.push(model.filter ? 'No event mentions that.' : 'No events reported for this day.', '');
	for (const section of model.sections) {
		out.push(`### ${mdText(section.heading)}`, '');
		for (const event of section.events) out.push(`- ${mdText(eventText(event, () => ''))} ${noteMarks(event.marks)}`);
		out.push('');
	}
	for (const note of model.notes) out.push(`Note: ${mdText(note)}`, '');
	return out;
};

export const escalationJson = (model: EscalationModel) => ({
	measure: model.measure ?? null,
	keyFigures: keyLinesJson(model.keyLines),
	series: model.series ?? null,
	otherSeries: model.others,
	days: model.bars.map(({day, kind, display, asOf, flags, marks, others}) => ({
		day,
		kind,
		shown: display || null,
		asOf: asOf ?? null,
		flags,
		marks,
		others,
	})),
	...(model.filter ? {filter: model.filter} : {}),
	events: model.sections.flatMap((section) => section.events),
	notes: model.notes,
});
