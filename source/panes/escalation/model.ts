import type {Day} from '../../data/calendar.js';
import {formatDate} from '../../data/calendar.js';
import type {Quantity} from '../../data/claims.js';
import type {EventKind} from '../../data/schema.js';
import {clockTime} from '../../data/time.js';
import {mdText} from '../../export/markdown-text.js';
import {citationsOf, marksOf, noteMarks} from '../../view/cite.js';
import {derived} from '../../view/derived.js';
import {formatValue} from '../../view/text.js';
import type {PaneContext, ShownFigure} from '../types.js';
import {mdTable} from '../markdown.js';
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

export const quantityLabel = (quantity: Quantity): string => `${quantity.metric.replaceAll('-', ' ')} · ${quantity.population}`;

export type BarFigure = {value: number; display: string; claimant: string; derived: boolean; marks: string[]};
export type Bar = {day: Day; selected: boolean; flagged: boolean; figures: BarFigure[]};
export type EventEntry = {id: string; date: string; prefix: string; time?: string | undefined; summary: string; marks: string[]; caveat?: string | undefined};
export type EventSection = {heading: string; dayHeading?: boolean; events: EventEntry[]};
export type EscalationModel = {
	round: PaneContext['round'];
	day: Day;
	quantity?: Quantity | undefined;
	/** The key-figure line of the measure charted: to date and that day, who counted, as of when. */
	keyLines: KeyLine[];
	bars: Bar[];
	filter: string;
	/** Events: by kind for the day, or by day for a filter. */
	sections: EventSection[];
	eventCount: number;
	notes: string[];
};

const caveatText = {'single-source': 'single source', 'low-quality-source': 'low-quality source'} as const;

export const escalationModel = ({round, state, day}: PaneContext): EscalationModel => {
	const quantities = derived.quantities(round);
	const quantity = quantities.length > 0 ? quantities[state.metric % quantities.length] : undefined;
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
				return matches.length === 0 ? [] : [{heading: `Day ${each.number} · ${each.weekday} ${formatDate(each.date)}`, dayHeading: true, events: matches.map((event) => entry(event, `${kindLabels[event.kind]}: `))}];
			})
		: derived.eventsByKind(round, day.date).map((group) => ({heading: `${kindLabels[group.kind]} (${group.events.length})`, events: group.events.map((event) => entry(event))}));
	const filterDays = new Set(filter ? sections.map((section) => section.events[0]!.date) : []);
	return {
		round,
		day,
		quantity,
		keyLines: quantity
			? keyLines(round, day.date, {metrics: [quantity.metric], population: quantity.population, subgroups: 'all'})
					.filter((line) => (line.subgroup ?? '') === (quantity.subgroup ?? ''))
					// Beside a chart per day, the running total says it is one.
					.map((line) => ({...line, label: `${line.label}, to date`}))
			: [],
		bars: (quantity ? derived.dayRows(round, quantity) : []).map((row) => ({
			day: row.day,
			selected: row.day.date === day.date,
			flagged: filterDays.has(row.day.date),
			figures: row.figures.map((figure) => ({
				value: figure.value,
				display: formatValue(figure.value, figure.qualifier),
				claimant: figure.claimant,
				derived: figure.derived,
				marks: marksOf(round, figure.sources),
			})),
		})),
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
	citationsOf([...keyLineMarks(model.keyLines), ...model.bars.flatMap((bar) => bar.figures.flatMap((figure) => figure.marks)), ...model.sections.flatMap((section) => section.events.flatMap((event) => event.marks))], model.round);

export const escalationFigures = (model: EscalationModel): ShownFigure[] => [
	...keyLineFigures(model.keyLines),
	...model.bars.flatMap((bar) => bar.figures.map((figure) => ({value: figure.display, marks: figure.marks}))),
];

export const escalationMarkdown = (model: EscalationModel): string[] => {
	const out: string[] = model.keyLines.length ? [`## Key figure as of ${formatDate(model.day.date)}`, '', ...keyLinesMarkdown(model.keyLines), ''] : [];
	const figureText = (figure: BarFigure) => `${figure.display}${figure.derived ? ' (derived)' : ''} ${figure.claimant} ${noteMarks(figure.marks)}`;
	if (model.quantity) {
		out.push(`## ${mdText(quantityLabel(model.quantity))}, per day`, '');
		out.push(
			mdTable(
				['Day', 'Date', 'Figure', 'Claimant', 'Other claimants'],
				model.bars.map((bar) => {
					const [top, ...others] = bar.figures;
					return [
						String(bar.day.number),
						`${bar.day.weekday} ${formatDate(bar.day.date)}`,
						top ? `${top.display}${top.derived ? ' (derived)' : ''}` : 'no report',
						top ? `${top.claimant} ${noteMarks(top.marks)}` : '',
						others.map(figureText).join('; '),
					];
				}),
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
	measure: model.quantity ?? null,
	keyFigures: keyLinesJson(model.keyLines),
	days: model.bars.map((bar) => ({day: bar.day, figures: bar.figures})),
	...(model.filter ? {filter: model.filter} : {}),
	events: model.sections.flatMap((section) => section.events),
	notes: model.notes,
});
