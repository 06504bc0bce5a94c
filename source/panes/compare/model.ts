import {formatDate} from '../../data/calendar.js';
import {milestoneLabels, milestones, type Comparison, type RoundOnDay} from '../../data/compare.js';
import type {Round} from '../../data/schema.js';
import {mdText} from '../../export/markdown-text.js';
import {citationsOf, marksOf, noteMarks} from '../../view/cite.js';
import {derived} from '../../view/derived.js';
import {formatFigure, formatValue} from '../../view/text.js';
import type {PaneContext, ShownFigure} from '../types.js';
import {mdTable} from '../markdown.js';

/*
 * The Compare pane: two rounds side by side by day of hostilities. The two
 * rounds number their sources separately: the second round's marks are "B3".
 */

export type ColumnKey = 'killed1' | 'killed2' | 'rockets' | 'strikes' | 'milestones';
export const columnHeads: Record<ColumnKey, string> = {killed1: 'killed¹', killed2: 'killed²', rockets: 'rockets', strikes: 'strikes', milestones: 'MTAC'};
export const columnKeys: ColumnKey[] = ['killed1', 'killed2', 'rockets', 'strikes', 'milestones'];

/** A cell: its text as printed ('·' for no report) and the marks of its sources. */
export type CompareCell = {text: string; marks: string[]};
export type CompareSide = {date: string; cells: Record<ColumnKey, CompareCell>};
export type CompareRow = {day: number; selected: boolean; a?: CompareSide | undefined; b?: CompareSide | undefined};
export type CompareModel = {
	a: Round;
	b: Round;
	/** Only one round is open: nothing to compare. */
	alone: boolean;
	legends: [string, string];
	headlines: Array<{label: string; text: string; marks: string[]}>;
	rows: CompareRow[];
	signs: string;
};

const legend = (label: string, side: Comparison['a']) =>
	`${label} ${side.round.shortTitle}: ${side.sides.map((each, index) => `${index === 0 ? '¹' : '²'} ${each.population} by ${each.claimant ?? 'no claimant'}${each.runningTotal ? ' (running total of its daily counts)' : ''}`).join('; ') || 'no death counts'}`;

const sideOf = (round: Round, day: RoundOnDay | undefined, prefix: string): CompareSide | undefined => {
	if (!day) return undefined;
	const cell = (figure: {value: number; qualifier: Parameters<typeof formatValue>[1]; sources: string[]} | undefined): CompareCell =>
		figure ? {text: formatValue(figure.value, figure.qualifier), marks: marksOf(round, figure.sources, prefix)} : {text: '·', marks: []};
	return {
		date: day.date,
		cells: {
			killed1: cell(day.killed[0]),
			killed2: cell(day.killed[1]),
			rockets: cell(day.rockets),
			strikes: cell(day.strikes),
			milestones: {text: day.milestones.map((milestone) => milestoneLabels[milestone].code).join(''), marks: []},
		},
	};
};

const headline = (label: string, side: Comparison['a'], prefix: string) => {
	const ceasefire = side.headline.daysToCeasefire === undefined ? 'no ceasefire recorded' : `ceasefire day ${side.headline.daysToCeasefire}`;
	const perDay = side.headline.killedPerDay
		.map((each, index) => `${index === 0 ? '¹' : '²'} ${each.final ? `${each.perDay!.toFixed(1)} (${formatFigure(each.final)}÷${side.headline.hostilityDays})` : 'no count'}`)
		.join(' ');
	const marks = side.headline.killedPerDay.flatMap((each) => (each.final ? marksOf(side.round, each.final.sources, prefix) : []));
	return {label, text: `${label}: ${ceasefire} · killed per day of hostilities ${perDay || 'no count'}`, marks};
};

export const compareModel = ({round, rounds, state}: PaneContext): CompareModel => {
	const b = rounds[state.compare.vs] ?? round;
	const comparison = derived.comparison(round, b, state.compare.claimantRank);
	const selected = derived.days(round)[state.days[state.round] ?? 0]?.number;
	return {
		a: round,
		b,
		alone: rounds.length < 2,
		legends: [legend('A', comparison.a), legend('B', comparison.b)],
		headlines: [headline('A', comparison.a, ''), headline('B', comparison.b, 'B')],
		rows: comparison.rows.map((row) => ({day: row.day, selected: row.day === selected, a: sideOf(round, row.a, ''), b: sideOf(b, row.b, 'B')})),
		signs: `· no report · ${milestones.map((milestone) => `${milestoneLabels[milestone].code} ${milestoneLabels[milestone].label}`).join(' · ')} · rockets and strikes: the best-covered claimant's daily figure`,
	};
};

const sides = (row: CompareRow) => [row.a, row.b].filter((side): side is CompareSide => side !== undefined);

export const compareCited = (model: CompareModel) =>
	model.alone
		? []
		: citationsOf(
				[...model.rows.flatMap((row) => sides(row).flatMap((side) => columnKeys.flatMap((key) => side.cells[key].marks))), ...model.headlines.flatMap((each) => each.marks)],
				model.a,
				model.b,
			);

export const compareFigures = (model: CompareModel): ShownFigure[] =>
	model.alone
		? []
		: model.rows.flatMap((row) =>
				sides(row).flatMap((side) => columnKeys.filter((key) => key !== 'milestones' && side.cells[key].marks.length > 0).map((key) => ({value: side.cells[key].text, marks: side.cells[key].marks}))),
			);

export const compareMarkdown = (model: CompareModel): string[] => {
	if (model.alone) return ['Open a second round (sitrep --data FILE) to compare.', ''];
	const out = [`## ${mdText(model.a.title)} (A) and ${mdText(model.b.title)} (B), by day of hostilities`, ''];
	for (const text of model.legends) out.push(`- ${mdText(text)}`);
	out.push('', 'Killed columns are cumulative (each claimant\'s latest count as of the day); rockets and strikes are daily. Sources of round B are numbered B1, B2 …', '');
	const cell = (each: CompareCell) => `${each.text}${each.marks.length ? ` ${noteMarks(each.marks)}` : ''}`;
	const side = (each: CompareSide | undefined) => (each ? [formatDate(each.date), ...columnKeys.map((key) => cell(each.cells[key]))] : ['', '', '', '', '', '']);
	out.push(
		mdTable(
			['Day', 'A date', ...columnKeys.map((key) => `A ${columnHeads[key]}`), 'B date', ...columnKeys.map((key) => `B ${columnHeads[key]}`)],
			model.rows.map((row) => [String(row.day), ...side(row.a), ...side(row.b)]),
		),
		'',
	);
	for (const each of model.headlines) out.push(`- ${mdText(each.text)} ${noteMarks(each.marks)}`);
	out.push('', mdText(model.signs), '');
	return out;
};

export const compareJson = (model: CompareModel) => ({
	a: {id: model.a.id, title: model.a.title},
	b: {id: model.b.id, title: model.b.title},
	legends: model.legends,
	headlines: model.headlines,
	rows: model.rows,
});
