import {formatDate} from '../../data/calendar.js';
import {initiativesOn} from '../../data/diplomacy.js';
import {clockTime} from '../../data/time.js';
import {mdText} from '../../export/markdown-text.js';
import {citationsOf, marksOf, noteMarks} from '../../view/cite.js';
import type {PaneContext} from '../types.js';
import {mdTable} from '../markdown.js';

/* The Diplomacy pane: each initiative's status on the day, and its dated steps so far. */

export type DiplomacyStep = {date: string; time?: string | undefined; status: string; note: string; marks: string[]};
export type DiplomacyRow = {
	id: string;
	title: string;
	/** The step in force on the day; undefined before the first. */
	status?: string | undefined;
	since?: string | undefined;
	actors: string[];
	/** Mediators that are not also actors. */
	mediators: string[];
	steps: DiplomacyStep[];
	firstStep?: string | undefined;
};
export type DiplomacyModel = {date: string; rows: DiplomacyRow[]; round: PaneContext['round']};

export const diplomacyModel = ({round, day}: PaneContext): DiplomacyModel => ({
	date: day.date,
	round,
	rows: initiativesOn(round, day.date).map(({initiative, current}) => ({
		id: initiative.id,
		title: initiative.title,
		status: current?.status,
		since: current?.date,
		actors: initiative.actors,
		mediators: (initiative.mediators ?? []).filter((mediator) => !initiative.actors.includes(mediator)),
		steps: initiative.history
			.filter((step) => step.date <= day.date)
			.map((step) => ({date: step.date, time: step.time ? clockTime(round, step.date, step.time) : undefined, status: step.status, note: step.note, marks: marksOf(round, step.sources)})),
		firstStep: initiative.history[0]?.date,
	})),
});

/** "Egypt, Hamas, via Qatar" */
export const actorsText = (row: DiplomacyRow): string => [...row.actors, ...row.mediators.map((mediator) => `via ${mediator}`)].join(', ');

export const diplomacyCited = (model: DiplomacyModel) => citationsOf(model.rows.flatMap((row) => row.steps.flatMap((step) => step.marks)), model.round);

export const diplomacyMarkdown = (model: DiplomacyModel): string[] => {
	const out = [`## Initiatives on ${formatDate(model.date)}`, ''];
	out.push(mdTable(['Initiative', 'Status', 'Since', 'Actors'], model.rows.map((row) => [row.title, row.status ?? 'not yet', row.since ? formatDate(row.since) : '', actorsText(row)])), '');
	for (const row of model.rows) {
		if (row.steps.length === 0) continue;
		out.push(`### ${mdText(row.title)}`, '');
		for (const step of row.steps) out.push(`- ${formatDate(step.date)}${step.time ? ` ${mdText(step.time)}` : ''} · ${mdText(step.status)}: ${mdText(step.note)} ${noteMarks(step.marks)}`);
		out.push('');
	}
	return out;
};

export const diplomacyJson = (model: DiplomacyModel) => ({initiatives: model.rows});
