import {formatDate} from '../../data/calendar.js';
import {diplomacyOn, initiativesOn} from '../../data/diplomacy.js';
import type {InitiativeStatus} from '../../data/schema.js';
import {clockTime} from '../../data/time.js';
import {mdText} from '../../export/markdown-text.js';
import {citationsOf, marksOf, noteMarks} from '../../view/cite.js';
import {statusText} from '../../view/signs.js';
import type {PaneContext} from '../types.js';
import {mdTable} from '../markdown.js';

/*
 * The Diplomacy pane: each initiative's status on the day and who took that
 * step (who proposed, blocked, rejected, denied or claimed it), its dated
 * steps so far, and the day's diplomatic events and statements.
 */

export type DiplomacyStep = {
	date: string;
	time?: string | undefined;
	status: InitiativeStatus;
	by: string[];
	note: string;
	marks: string[];
};
export type DiplomacyRow = {
	id: string;
	title: string;
	/** The step in force on the day; undefined before the first. */
	status?: InitiativeStatus | undefined;
	since?: string | undefined;
	/** Who took the step in force, as the sources name them; empty when the step does not say. */
	by: string[];
	actors: string[];
	/** Mediators that are not also actors. */
	mediators: string[];
	steps: DiplomacyStep[];
	firstStep?: string | undefined;
};
/** One of the day's diplomatic events or statements, as a line: "14:00 UTC+2 Statement: …". */
export type DiplomacyDayItem = {id: string; kind: 'event' | 'statement'; time?: string | undefined; text: string; marks: string[]};
export type DiplomacyModel = {
	date: string;
	dayNumber: number;
	rows: DiplomacyRow[];
	today: DiplomacyDayItem[];
	round: PaneContext['round'];
};

export const diplomacyModel = ({round, day}: PaneContext): DiplomacyModel => {
	const today = diplomacyOn(round, day.date);
	return {
		date: day.date,
		dayNumber: day.number,
		round,
		rows: initiativesOn(round, day.date).map(({initiative, current}) => ({
			id: initiative.id,
			title: initiative.title,
			status: current?.status,
			since: current?.date,
			by: current?.by ?? [],
			actors: initiative.actors,
			mediators: (initiative.mediators ?? []).filter((mediator) => !initiative.actors.includes(mediator)),
			steps: initiative.history
				.filter((step) => step.date <= day.date)
				.map((step) => ({
					date: step.date,
					time: step.time ? clockTime(round, step.date, step.time) : undefined,
					status: step.status,
					by: step.by ?? [],
					note: step.note,
					marks: marksOf(round, step.sources),
				})),
			firstStep: initiative.history[0]?.date,
		})),
		today: [
			...today.events.map((event) => ({
				id: event.id,
				kind: 'event' as const,
				time: event.time ? clockTime(round, event.date, event.time) : undefined,
				text: `${event.kind === 'statement' ? 'Statement: ' : ''}${event.summary}`,
				marks: marksOf(round, event.sources),
			})),
			...today.statements.map((statement) => ({
				id: statement.id,
				kind: 'statement' as const,
				time: statement.time ? clockTime(round, statement.date, statement.time) : undefined,
				text: `${statement.speaker}${statement.role ? ` (${statement.role})` : ''}${statement.form === 'paraphrase' ? ', paraphrased' : ''}: ${statement.text}`,
				marks: marksOf(round, statement.sources),
			})),
		],
	};
};

/** "Egypt, Hamas, via Qatar" */
export const actorsText = (row: DiplomacyRow): string => [...row.actors, ...row.mediators.map((mediator) => `via ${mediator}`)].join(', ');

/** "⊘ blocked", or "not yet" before the first step. */
export const statusWords = (row: DiplomacyRow): string => (row.status ? statusText(row.status) : '– not yet');

/** "blocked by United States, United Kingdom": a step as a sentence's start. */
export const stepHead = (step: DiplomacyStep): string => `${statusText(step.status)}${step.by.length ? ` by ${step.by.join(', ')}` : ''}`;

/** "11 Nov 14:00 UTC+2 ⊘ blocked by United States: note [3]" */
export const stepText = (
	step: DiplomacyStep,
	print: (marks: string[]) => string,
	date = (text: string) => formatDate(text).slice(0, -5),
): string => `${date(step.date)}${step.time ? ` ${step.time}` : ''} ${stepHead(step)}: ${step.note} ${print(step.marks)}`.trimEnd();

/** "14:00 UTC+2 Ban Ki-moon (UN Secretary-General): … [3]" */
export const dayItemText = (item: DiplomacyDayItem, print: (marks: string[]) => string): string =>
	`${item.time ? `${item.time} ` : ''}${item.text} ${print(item.marks)}`.trimEnd();

export const todayHeading = (model: DiplomacyModel): string =>
	`Day ${model.dayNumber} · ${formatDate(model.date)}: diplomatic events and statements${model.today.length ? '' : ': none recorded in this dataset'}`;

export const diplomacyCited = (model: DiplomacyModel) =>
	citationsOf(
		[...model.rows.flatMap((row) => row.steps.flatMap((step) => step.marks)), ...model.today.flatMap((item) => item.marks)],
		model.round,
	);

export const diplomacyMarkdown = (model: DiplomacyModel): string[] => {
	const out = [`## Initiatives on ${formatDate(model.date)}`, ''];
	out.push(
		mdTable(
			['Initiative', 'Status', 'Since', 'By', 'Actors'],
			model.rows.map((row) => [row.title, statusWords(row), row.since ? formatDate(row.since) : '', row.by.join(', '), actorsText(row)]),
		),
		'',
	);
	out.push(`## ${mdText(todayHeading(model))}`, '');
	for (const item of model.today) out.push(`- ${mdText(dayItemText(item, () => ''))} ${noteMarks(item.marks)}`);
	if (model.today.length) out.push('');
	for (const row of model.rows) {
		if (row.steps.length === 0) continue;
		out.push(`### ${mdText(row.title)}`, '');
		for (const step of row.steps) out.push(`- ${mdText(stepText(step, () => '', formatDate))} ${noteMarks(step.marks)}`);
		out.push('');
	}
	return out;
};

export const diplomacyJson = (model: DiplomacyModel) => ({initiatives: model.rows, today: model.today});
