import {formatDate} from '../../data/calendar.js';
import type {Figure} from '../../data/schema.js';
import {mdText} from '../../export/markdown-text.js';
import {citationsOf, marksOf, noteMarks} from '../../view/cite.js';
import {derived} from '../../view/derived.js';
import {formatFigure, formatValue} from '../../view/text.js';
import type {PaneContext} from '../types.js';
import {mdTable} from '../markdown.js';
import {keyLineFigures, keyLineMarks, keyLines, keyLinesJson, keyLinesMarkdown, type KeyLine} from '../../view/key-lines.js';

/*
 * The Casualties pane: each claimant's latest cumulative count as of the day,
 * grouped by population and subgroup, and the daily spread of the published
 * death counts for the main populations.
 */

export type CasualtyRow = {
	claimant: string;
	/** "243", "≥1,900/2,000": the line's killed and wounded figures as printed; '' when none. */
	killed: string;
	wounded: string;
	asOf: string;
	/** Published after the selected day (the † mark). */
	later: boolean;
	/** A weak or single source (the ? mark). */
	caveat: boolean;
	marks: string[];
	raw: {killed: Figure[]; wounded: Figure[]};
};
export type CasualtyGroup = {population: string; subgroup?: string | undefined; contested: boolean; rows: CasualtyRow[]};
export type RangeCell = {dayNumber: number; date: string; selected: boolean; text?: string | undefined; marks: string[]};
export type CasualtiesModel = {
	round: PaneContext['round'];
	dayNumber: number;
	date: string;
	/** The key-figure lines at the top: killed and wounded per population and subgroup, who counted, as of when. */
	keyLines: KeyLine[];
	groups: CasualtyGroup[];
	ranges: Array<{population: string; cells: RangeCell[]}>;
};

const figures = (claims: Figure[]) => claims.map(formatFigure).join('/');

export const groupLabel = (group: CasualtyGroup): string => `${group.population}${group.subgroup ? ` · ${group.subgroup}` : ''}`;

export const casualtiesModel = ({round, state, day}: PaneContext): CasualtiesModel => {
	const groups: CasualtyGroup[] = [];
	for (const line of derived.casualtyLines(round, day.date)) {
		if (line.firstOfGroup || groups.length === 0) groups.push({population: line.population, subgroup: line.subgroup, contested: line.contested, rows: []});
		const claims = [...line.killed, ...line.wounded];
		groups.at(-1)!.rows.push({
			claimant: line.claimant,
			killed: figures(line.killed),
			wounded: figures(line.wounded),
			asOf: line.asOf,
			later: claims.some((figure) => figure.reported !== undefined && figure.reported > day.date),
			caveat: claims.some((figure) => figure.caveat),
			marks: marksOf(round, claims.flatMap((figure) => figure.sources)),
			raw: {killed: line.killed, wounded: line.wounded},
		});
	}
	const ranges = derived
		.mainPopulations(round)
		.slice(0, 2)
		.map((population) => ({
			population,
			cells: derived.cumulativeRanges(round, population).map((range, index): RangeCell => {
				const {low, high} = range;
				const text = !low || !high ? undefined : low === high || low.value === high.value ? formatFigure(low) : `${formatValue(low.value, low.qualifier)}–${formatFigure(high)}`;
				const sources = !low || !high ? [] : low === high || low.value === high.value ? low.sources : [...low.sources, ...high.sources];
				return {dayNumber: range.day.number, date: range.day.date, selected: index === state.days[state.round], text, marks: marksOf(round, sources)};
			}),
		}));
	return {round, dayNumber: day.number, date: day.date, keyLines: keyLines(round, day.date, {metrics: ['killed', 'wounded']}), groups, ranges};
};

export const casualtiesCited = (model: CasualtiesModel) =>
	citationsOf([...keyLineMarks(model.keyLines), ...model.groups.flatMap((group) => group.rows.flatMap((row) => row.marks)), ...model.ranges.flatMap((range) => range.cells.flatMap((cell) => cell.marks))], model.round);

export const casualtiesFigures = (model: CasualtiesModel): Array<{value: string; marks: string[]}> => [
	...keyLineFigures(model.keyLines),
	...model.groups.flatMap((group) => group.rows.flatMap((row) => [row.killed, row.wounded].filter(Boolean).map((value) => ({value, marks: row.marks})))),
	...model.ranges.flatMap((range) => range.cells.flatMap((cell) => (cell.text ? [{value: cell.text, marks: cell.marks}] : []))),
];

export const casualtiesMarkdown = (model: CasualtiesModel): string[] => {
	const out: string[] = [`## Key figures as of ${formatDate(model.date)}`, '', ...keyLinesMarkdown(model.keyLines), ''];
	out.push(`## Killed and wounded as of ${formatDate(model.date)}`, '', 'Each line is one claimant\'s latest cumulative count; figures of different claimants are never combined.', '');
	out.push(
		mdTable(
			['Population', 'Subgroup', 'Claimant', 'Killed', 'Wounded', 'As of', 'Sources'],
			model.groups.flatMap((group) =>
				group.rows.map((row) => [group.population, group.subgroup ?? '', `${row.claimant}${row.caveat ? ' ?' : ''}`, row.killed, row.wounded, `${formatDate(row.asOf)}${row.later ? ' †' : ''}`, noteMarks(row.marks)]),
			),
		),
		'',
	);
	for (const range of model.ranges) {
		out.push(`### Killed, cumulative: ${mdText(range.population)}, lowest–highest of the counts published each day`, '');
		out.push(mdTable(['Day', 'Date', 'Range', 'Sources'], range.cells.map((cell) => [String(cell.dayNumber), formatDate(cell.date), cell.text ?? 'no count published', noteMarks(cell.marks)])), '');
	}
	return out;
};

export const casualtiesJson = (model: CasualtiesModel) => ({
	keyFigures: keyLinesJson(model.keyLines),
	groups: model.groups.map((group) => ({...group, rows: group.rows.map(({raw, ...row}) => ({...row, figures: raw}))})),
	ranges: model.ranges,
});
