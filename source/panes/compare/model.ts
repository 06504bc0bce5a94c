import {formatDate} from '../../data/calendar.js';
import {
	milestoneLabels,
	milestones,
	type Comparison,
	type Count,
	type Rate,
	type RoundOnDay,
	type Side,
	type SidePairing,
} from '../../data/compare.js';
import type {Qualifier, Round} from '../../data/schema.js';
import {mdText} from '../../export/markdown-text.js';
import {citationsOf, marksOf, noteMarks} from '../../view/cite.js';
import {derived} from '../../view/derived.js';
import {signs} from '../../view/signs.js';
import {formatValue} from '../../view/text.js';
import type {PaneContext, ShownFigure} from '../types.js';
import {citedCell, mdTable} from '../markdown.js';

/*
 * The Compare pane: two rounds side by side by day of hostilities. The two
 * rounds number their sources separately: the second round's marks are "B3".
 * Killed columns are cumulative counts of one originator per side, of the
 * same kind of body in both rounds; a count repeated from an earlier day is
 * marked carried forward, never shown as if new.
 */

export type ColumnKey = 'killed1' | 'killed2' | 'rockets' | 'strikes' | 'milestones';
/** Column names as exports write them; the screen puts "killed, cumulative" and "daily" on a line above. */
export const columnHeads: Record<ColumnKey, string> = {
	killed1: 'killed¹, cumulative',
	killed2: 'killed², cumulative',
	rockets: 'rockets, daily',
	strikes: 'strikes, daily',
	milestones: 'MTAC',
};
export const columnKeys: ColumnKey[] = ['killed1', 'killed2', 'rockets', 'strikes', 'milestones'];

/** A cell: its text as printed ('·' for no report, "↳≥28" when carried forward) and the marks of its sources. */
export type CompareCell = {text: string; marks: string[]; /** Carried forward: the day the count is as of. */ asOf?: string | undefined};
export type CompareSide = {date: string; cells: Record<ColumnKey, CompareCell>};
export type CompareRow = {day: number; selected: boolean; a?: CompareSide | undefined; b?: CompareSide | undefined};
/** One round's rate for a side: "A 20.3/day (243 in 12 days)", with the count's marks. */
export type RatePart = {label: 'A' | 'B'; text: string; count?: string | undefined; marks: string[]};
export type RateLine = {
	side: string;
	population: string;
	parts: RatePart[];
	/** Why no rate is given, when none is. */ missing?: string | undefined;
};
export type CompareModel = {
	a: Round;
	b: Round;
	/** Only one round is open: nothing to compare. */
	alone: boolean;
	/** Per side: who counted in each round, and whether they are comparable. */
	legends: string[];
	rates: RateLine[];
	/** Each round's populations, side by side (¹ then ²). */
	populations: {a: string[]; b: string[]};
	ceasefire: string;
	rows: CompareRow[];
	signs: string;
};

const sideMark = (index: number) => (index === 0 ? '¹' : '²');
const kindText = (side: Side) => (side.kind ? side.kind.replaceAll('-', ' ') : 'unknown kind');
const counter = (side: Side) => `${side.claimant ?? 'nobody'}${side.runningTotal ? ' (running total of its daily counts)' : ''}`;

/** Who counted on each side, in both rounds: the legend the reader needs before any number. */
const legendOf = (comparison: Comparison, index: number, pairing: SidePairing): string => {
	const a = comparison.a.sides[index]!;
	const b = comparison.b.sides[index]!;
	const whose = a.population === b.population ? a.population : `A ${a.population}, B ${b.population}`;
	if (!pairing.comparable)
		return `${sideMark(index)} ${whose}: no originator of the same kind counted in both rounds, so no rate is compared; A shows ${counter(a)} (${kindText(a)}), B ${counter(b)} (${kindText(b)})`;
	const who = a.originator === b.originator ? `${counter(a)} in both` : `A ${counter(a)}, B ${counter(b)}`;
	const cycle = pairing.pairs > 1 ? ` · pair ${pairing.pair + 1} of ${pairing.pairs} (c: next)` : '';
	return `${sideMark(index)} ${whose} killed, counted by ${who} (${kindText(a)})${cycle}`;
};

const rangeText = (count: {value: number; qualifier: Qualifier; valueHigh?: number | undefined; qualifierHigh?: Qualifier | undefined}) =>
	count.valueHigh === undefined
		? formatValue(count.value, count.qualifier)
		: `${formatValue(count.value, count.qualifier)}–${formatValue(count.valueHigh, count.qualifierHigh ?? count.qualifier)}`;

const countCell = (round: Round, count: Count | undefined, prefix: string): CompareCell =>
	count
		? {
				text: `${count.carried ? signs.carriedForward.mark : ''}${rangeText(count)}`,
				marks: marksOf(round, count.sources, prefix),
				...(count.carried ? {asOf: count.date} : {}),
			}
		: {text: signs.noReport.mark, marks: []};

const sideOf = (round: Round, day: RoundOnDay | undefined, prefix: string): CompareSide | undefined => {
	if (!day) return undefined;
	const cell = (figure: {value: number; qualifier: Qualifier; sources: string[]} | undefined): CompareCell =>
		figure
			? {text: formatValue(figure.value, figure.qualifier), marks: marksOf(round, figure.sources, prefix)}
			: {text: signs.noReport.mark, marks: []};
	return {
		date: day.date,
		cells: {
			killed1: countCell(round, day.killed[0], prefix),
			killed2: countCell(round, day.killed[1], prefix),
			rockets: cell(day.rockets),
			strikes: cell(day.strikes),
			milestones: {text: day.milestones.map((milestone) => milestoneLabels[milestone].code).join(''), marks: []},
		},
	};
};

const perDayText = (rate: Rate) => {
	const qualifier = rate.final!.qualifier;
	const low = formatValue(Number(rate.perDay!.toFixed(1)), qualifier).replace(/^([^\d]*\d+)$/, '$1.0');
	return rate.perDayHigh === undefined ? low : `${low}–${rate.perDayHigh.toFixed(1)}`;
};

const ratePart = (label: 'A' | 'B', round: Round, rate: Rate, hostilityDays: number, prefix: string): RatePart => {
	if (!rate.final) {
		const stale = rate.stale
			? `its last count, ${rangeText(rate.stale)} as of ${formatDate(rate.stale.date)}, is older than the end of hostilities`
			: 'no count by the end of hostilities';
		return {
			label,
			text: `${label} no rate: ${stale}`,
			...(rate.stale ? {count: rangeText(rate.stale)} : {}),
			marks: rate.stale ? marksOf(round, rate.stale.sources, prefix) : [],
		};
	}
	const count = rangeText(rate.final);
	const early = rate.days! < hostilityDays ? `, as of day ${rate.days} of ${hostilityDays}` : '';
	return {
		label,
		text: `${label} ${perDayText(rate)}/day (${count} in ${rate.days} days${early})`,
		count,
		marks: marksOf(round, rate.final.sources, prefix),
	};
};

const rateLine = (comparison: Comparison, index: number, pairing: SidePairing): RateLine => {
	const population = comparison.a.sides[index]!.population;
	if (!pairing.comparable)
		return {side: sideMark(index), population, parts: [], missing: 'no originator of the same kind in both rounds: not compared'};
	const a = comparison.a.headline;
	const b = comparison.b.headline;
	return {
		side: sideMark(index),
		population,
		parts: [
			ratePart('A', comparison.a.round, a.killedPerDay[index]!, a.hostilityDays, ''),
			ratePart('B', comparison.b.round, b.killedPerDay[index]!, b.hostilityDays, 'B'),
		],
	};
};

/** "¹ Palestinians in Gaza killed per day of hostilities, from the count at their end:" */
export const rateHead = (line: RateLine): string => `${line.side} ${line.population} killed per day of hostilities (count at their end):`;

/** The whole rate line, marks printed by `print`; with `glue`, each round's part stays on one line when wrapped. */
export const rateText = (line: RateLine, print: (marks: string[]) => string, glue = ' '): string =>
	`${rateHead(line)} ${line.missing ?? line.parts.map((part) => `${part.text}${part.marks.length ? ` ${print(part.marks)}` : ''}`.replace(/ /g, glue)).join(' · ')}`;

const ceasefireOf = (side: Comparison['a']) =>
	side.headline.daysToCeasefire === undefined ? 'no ceasefire recorded' : `day ${side.headline.daysToCeasefire}`;

export const compareModel = ({round, rounds, state}: PaneContext): CompareModel => {
	const b = rounds[state.compare.vs] ?? round;
	const comparison = derived.comparison(round, b, state.compare.claimantRank);
	const selected = derived.days(round)[state.days[state.round] ?? 0]?.number;
	return {
		a: round,
		b,
		alone: rounds.length < 2,
		legends: comparison.pairings.map((pairing, index) => legendOf(comparison, index, pairing)),
		rates: comparison.pairings.map((pairing, index) => rateLine(comparison, index, pairing)),
		populations: {a: comparison.a.sides.map((side) => side.population), b: comparison.b.sides.map((side) => side.population)},
		ceasefire: `Ceasefire in force: A ${ceasefireOf(comparison.a)} of ${comparison.a.headline.hostilityDays} days of hostilities · B ${ceasefireOf(comparison.b)} of ${comparison.b.headline.hostilityDays}`,
		rows: comparison.rows.map((row) => ({
			day: row.day,
			selected: row.day === selected,
			a: sideOf(round, row.a, ''),
			b: sideOf(b, row.b, 'B'),
		})),
		signs: [
			`${signs.noReport.mark} no report`,
			`${signs.carriedForward.mark} carried forward: the same count as on an earlier day (the last day above without ${signs.carriedForward.mark})`,
			...milestones.map((milestone) => `${milestoneLabels[milestone].code} ${milestoneLabels[milestone].label}`),
			"rockets and strikes: the best-covered originator's daily figure",
		].join(' · '),
	};
};

/** What an export writes for a cell: the value, "as of" for a carried count. */
export const cellWords = (cell: CompareCell): string =>
	cell.asOf ? `${cell.text} (as of ${formatDate(cell.asOf).slice(0, -5)})` : cell.text;

const sides = (row: CompareRow) => [row.a, row.b].filter((side): side is CompareSide => side !== undefined);

const rateMarks = (model: CompareModel) => model.rates.flatMap((line) => line.parts.flatMap((part) => part.marks));

export const compareCited = (model: CompareModel) =>
	model.alone
		? []
		: citationsOf(
				[
					...model.rows.flatMap((row) => sides(row).flatMap((side) => columnKeys.flatMap((key) => side.cells[key].marks))),
					...rateMarks(model),
				],
				model.a,
				model.b,
			);

export const compareFigures = (model: CompareModel): ShownFigure[] =>
	model.alone
		? []
		: [
				...model.rows.flatMap((row) =>
					sides(row).flatMap((side) =>
						columnKeys
							.filter((key) => key !== 'milestones' && side.cells[key].marks.length > 0)
							.map((key) => ({value: side.cells[key].text, marks: side.cells[key].marks})),
					),
				),
				...model.rates.flatMap((line) =>
					line.parts.flatMap((part) => (part.count && part.marks.length ? [{value: part.count, marks: part.marks}] : [])),
				),
			];

export const compareMarkdown = (model: CompareModel): string[] => {
	if (model.alone) return ['Open a second round (sitrep --data FILE) to compare.', ''];
	const out = [`## ${mdText(model.a.title)} (A) and ${mdText(model.b.title)} (B), by day of hostilities`, ''];
	for (const text of model.legends) out.push(`- ${mdText(text)}`);
	out.push('');
	for (const line of model.rates)
		out.push(
			`- ${mdText(rateHead(line))} ${line.missing ? mdText(line.missing) : line.parts.map((part) => `${mdText(part.text)} ${noteMarks(part.marks)}`.trimEnd()).join(' · ')}`,
		);
	out.push(`- ${mdText(model.ceasefire)}`, '');
	out.push(
		"Killed columns are cumulative (the originator's latest count as of the day); rockets and strikes are daily. Sources of round B are numbered B1, B2 …",
		'',
	);
	const cell = (each: CompareCell) => citedCell(cellWords(each), each.marks);
	const side = (each: CompareSide | undefined) =>
		each ? [formatDate(each.date), ...columnKeys.map((key) => cell(each.cells[key]))] : ['', '', '', '', '', ''];
	out.push(
		mdTable(
			['Day', 'A date', ...columnKeys.map((key) => `A ${columnHeads[key]}`), 'B date', ...columnKeys.map((key) => `B ${columnHeads[key]}`)],
			model.rows.map((row) => [String(row.day), ...side(row.a), ...side(row.b)]),
		),
		'',
	);
	out.push(mdText(model.signs), '');
	return out;
};

export const compareJson = (model: CompareModel) => ({
	a: {id: model.a.id, title: model.a.title},
	b: {id: model.b.id, title: model.b.title},
	legends: model.legends,
	rates: model.rates,
	ceasefire: model.ceasefire,
	rows: model.rows,
});
