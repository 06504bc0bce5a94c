import {formatDate} from '../../data/calendar.js';
import {keyCountOf, type KeyCount} from '../../data/key-figures.js';
import {originatorClaimsAsOf, originatorClaimsOf, type OriginatorClaim} from '../../data/originator-claims.js';
import {inferredMark, kindRank} from '../../data/originators.js';
import {tallyAsOf} from '../../data/tally.js';
import {mdText} from '../../export/markdown-text.js';
import {boundText, carriedText, claimFlags, claimValue} from '../../view/claim-value.js';
import {citationsOf, marksOf} from '../../view/cite.js';
import {derived} from '../../view/derived.js';
import {signs} from '../../view/signs.js';
import type {PaneContext, ShownFigure} from '../types.js';
import {mdTable, notesCell} from '../markdown.js';
import {keyLineFigures, keyLineMarks, keyLines, keyLinesJson, keyLinesMarkdown, type KeyLine} from '../../view/key-lines.js';
import {compareDates} from '../../data/calendar.js';
import {compareText} from '../../data/text-order.js';

/*
 * The Casualties pane: killed and wounded per population and subgroup, one
 * row per originator (who counted), its relays folded in. The counts dated
 * the selected day come first; originators whose latest count is older
 * follow, each carried forward (↳) with its date, folded on screen under one
 * line. Below, the killed count of the main populations day by day.
 */

/** A count as printed ("230–232", "↳>1,900") and the claim it prints. */
export type CasualtyCount = {text: string; claim: OriginatorClaim};

export type CasualtyRow = {
	/** The originator's id. */
	originator: string;
	/** "Gaza Ministry of Health · via Reuters, AFP +3": the name (inferred mark kept), then the outlets that relayed the row's counts. */
	label: string;
	via: string[];
	/** How many published figures the row folds (one per relay). */
	relays: number;
	/** Set when the counts start from another day than the round's (a different quantity). */
	since?: string | undefined;
	killed?: CasualtyCount | undefined;
	wounded?: CasualtyCount | undefined;
	/** The day both counts are as of: killed and wounded share a row only when of the same date. */
	asOf: string;
	/** Dated the selected day; otherwise an older count, carried forward (↳). */
	current: boolean;
	/** "†?": published later than its date, weak source. */
	flags: string;
	marks: string[];
};

export type CasualtyGroup = {
	population: string;
	subgroup?: string | undefined;
	/** Different originators' counts of the day differ (≠). */
	contested: boolean;
	current: CasualtyRow[];
	/** Originators whose latest count is older than the day, the most recent first. */
	older: CasualtyRow[];
};

/**
 * One day of a main population's killed count: the day's counts (a range
 * across originators), an older one carried forward, none, or, where nobody
 * counted the whole population yet, a count of part of it ("civilians 3").
 */
export type DayCell = {
	dayNumber: number;
	date: string;
	selected: boolean;
	status: 'current' | 'older' | 'part' | 'none';
	text: string;
	marks: string[];
};

export type CasualtiesModel = {
	round: PaneContext['round'];
	dayNumber: number;
	date: string;
	/** The key-figure lines at the top: killed and wounded per population and subgroup, who counted, as of when. */
	keyLines: KeyLine[];
	groups: CasualtyGroup[];
	byDay: Array<{population: string; cells: DayCell[]}>;
	/** On screen, the older counts are shown (Enter) rather than folded; an export always shows them. */
	olderOpen: boolean;
};

export const groupLabel = (group: Pick<CasualtyGroup, 'population' | 'subgroup'>): string =>
	`${group.population}${group.subgroup ? ` · ${group.subgroup}` : ''}`;

/** "14 Nov": dates inside one round need no year. */
export const shortDate = (date: string): string => formatDate(date).slice(0, -5);

const viaText = (via: readonly string[]) =>
	via.length === 0 ? '' : ` · via ${via.slice(0, 2).join(', ')}${via.length > 2 ? ` +${via.length - 2}` : ''}`;

// Leading order: bodies that count (health authority, UN, military) before those that relay, then the more widely relayed, then by name.
const leading = (a: CasualtyRow & {kind: number}, b: CasualtyRow & {kind: number}) =>
	compareDates(b.asOf, a.asOf) || a.kind - b.kind || b.relays - a.relays || compareText(a.label, b.label);

const rowsOf = (round: PaneContext['round'], claims: OriginatorClaim[], date: string): Array<CasualtyRow & {kind: number}> => {
	const byRow = new Map<string, OriginatorClaim[]>();
	for (const claim of claims) {
		const key = [claim.originator.id, claim.asOf, claim.since ?? ''].join('\u0000');
		byRow.set(key, [...(byRow.get(key) ?? []), claim]);
	}
	return [...byRow.values()].map((own) => {
		const [first] = own as [OriginatorClaim];
		const count = (metric: string): CasualtyCount | undefined => {
			const claim = own.find((each) => each.metric === metric);
			return claim && {text: first.current ? claimValue(claim) : carriedText(claimValue(claim)), claim};
		};
		const via = [...new Set(own.flatMap((claim) => claim.via))];
		const since = first.since && first.since !== round.start ? first.since : undefined;
		const name = `${first.originator.name}${own.some((claim) => claim.inferred) ? inferredMark : ''}${since ? ` (since ${shortDate(since)})` : ''}`;
		return {
			originator: first.originator.id,
			label: `${name}${viaText(via)}`,
			via,
			relays: Math.max(...own.map((claim) => claim.relays)),
			since,
			killed: count('killed'),
			wounded: count('wounded'),
			asOf: first.asOf,
			current: first.asOf === date,
			flags: `${own.some((claim) => claim.publishedLater) ? signs.publishedLater.mark : ''}${own.every((claim) => claim.weak) ? signs.weakSource.mark : ''}`,
			marks: marksOf(
				round,
				own.flatMap((claim) => claim.sources),
			),
			kind: kindRank(first.originator.kind),
		};
	});
};

// Two originators disagree when the counts they give for the day are not the same (one's relays differing is its own range).
const contestedIn = (rows: CasualtyRow[]) =>
	(['killed', 'wounded'] as const).some((metric) => {
		const said = new Map<string, string>();
		for (const row of rows) if (row[metric] && !row.since) said.set(row.originator, row[metric]!.text);
		return new Set(said.values()).size > 1;
	});

/** "138–141" (a range across originators), "↳5" (older), with the claims that make it. */
const countText = (count: KeyCount): {text: string; shown: OriginatorClaim[]} => {
	const shown = count.range ? [count.range.lowBy, count.range.highBy] : [count.leading[0]!];
	const value = count.range ? `${boundText(count.range.low)}–${boundText(count.range.high)}` : claimValue(count.leading[0]!);
	return {text: count.status === 'older' ? carriedText(value) : value, shown};
};

/*
 * Before anyone counts the whole population, a count of part of it is said
 * as such ("civilians 3"): three Israelis killed on day 2 of 2012 must not
 * read as nobody, even where no count of all Israelis exists yet.
 */
const partOf = (round: PaneContext['round'], population: string, date: string): {subgroup: string; count: KeyCount} | undefined => {
	const parts = originatorClaimsAsOf(
		round,
		date,
		(figure) =>
			figure.scope === 'cumulative' && figure.metric === 'killed' && figure.population === population && figure.subgroup !== undefined,
	).filter((claim) => claim.since === round.start);
	const bySubgroup = [...new Set(parts.map((claim) => claim.subgroup!))].map((subgroup) => ({
		subgroup,
		count: keyCountOf(parts.filter((claim) => claim.subgroup === subgroup)),
	}));
	const rank = (status: KeyCount['status']) => (status === 'current' ? 0 : 1);
	return bySubgroup.sort((a, b) => rank(a.count.status) - rank(b.count.status) || b.count.leading.length - a.count.leading.length)[0];
};

const byDayOf = (round: PaneContext['round'], population: string, selected: number): DayCell[] =>
	derived.days(round).map((day, index): DayCell => {
		const claims = originatorClaimsOf(round, day.date, {metric: 'killed', population}, 'cumulative').filter(
			(claim) => claim.since === round.start,
		);
		const count = keyCountOf(claims);
		const base = {dayNumber: day.number, date: day.date, selected: index === selected};
		if (count.status === 'none') {
			const part = partOf(round, population, day.date);
			if (!part) return {...base, status: 'none', text: signs.noCount.mark, marks: []};
			const {text, shown} = countText(part.count);
			return {
				...base,
				status: 'part',
				text: `${part.subgroup} ${text}`,
				marks: marksOf(
					round,
					shown.flatMap((claim) => claim.sources),
				),
			};
		}
		const {text, shown} = countText(count);
		return {
			...base,
			status: count.status,
			text,
			marks: marksOf(
				round,
				shown.flatMap((claim) => claim.sources),
			),
		};
	});

export const casualtiesModel = ({round, state, day}: PaneContext): CasualtiesModel => {
	const claims = originatorClaimsAsOf(
		round,
		day.date,
		(figure) => figure.scope === 'cumulative' && (figure.metric === 'killed' || figure.metric === 'wounded'),
	);
	// Groups in the tally's order, the most-counted populations first (in the bundled rounds, Palestinians in Gaza before Israelis).
	const rank = new Map(derived.mainPopulations(round).map((population, index) => [population, index]));
	const order = tallyAsOf(round, day.date)
		.map((row, index) => ({row, index}))
		.sort((a, b) => (rank.get(a.row.population) ?? rank.size) - (rank.get(b.row.population) ?? rank.size) || a.index - b.index);
	const groups = order.map(({row}): CasualtyGroup => {
		const own = claims.filter((claim) => claim.population === row.population && (claim.subgroup ?? '') === (row.subgroup ?? ''));
		const rows = rowsOf(round, own, day.date).sort(leading);
		const strip = ({kind: _kind, ...rest}: CasualtyRow & {kind: number}): CasualtyRow => rest;
		const current = rows.filter((each) => each.current).map(strip);
		return {
			population: row.population,
			subgroup: row.subgroup,
			contested: contestedIn(current),
			current,
			older: rows.filter((each) => !each.current).map(strip),
		};
	});
	const selected = state.days[state.round] ?? 0;
	const byDay = derived
		.mainPopulations(round)
		.slice(0, 2)
		.map((population) => ({population, cells: byDayOf(round, population, selected)}));
	return {
		round,
		dayNumber: day.number,
		date: day.date,
		keyLines: keyLines(round, day.date, {metrics: ['killed', 'wounded']}),
		groups,
		byDay,
		olderOpen: state.olderOpen,
	};
};

/** Every row of a group, current then older. */
export const rowsIn = (group: CasualtyGroup): CasualtyRow[] => [...group.current, ...group.older];

/** The latest date of a group's older counts. */
export const latestOlder = (group: CasualtyGroup): string | undefined => group.older[0]?.asOf;

/*
 * The by-day cells as read: a run of days with nothing published, or with
 * the same older count carried forward, is one entry ("D1–D6 no count
 * published"); each day with counts of its own is its own entry.
 */
export type DayRun = {from: DayCell; to: DayCell; text: string; marks: string[]; selected: boolean};
export const dayRuns = (cells: DayCell[], keepSelected: boolean): DayRun[] => {
	const runs: DayRun[] = [];
	for (const cell of cells) {
		const last = runs.at(-1);
		// Only what repeats without a new count joins: days with nothing, or the same older count carried forward.
		const repeats =
			cell.status === 'none' || cell.status === 'older' || (cell.status === 'part' && cell.text.includes(signs.carriedForward.mark));
		const joins =
			last && repeats && last.to.status === cell.status && last.text === cell.text && !(keepSelected && (cell.selected || last.selected));
		if (joins) last.to = cell;
		else runs.push({from: cell, to: cell, text: cell.text, marks: cell.marks, selected: cell.selected});
	}
	return runs;
};

/** "D4", "D1–D6", "D-3 to D0". */
export const runDays = (run: DayRun): string => {
	const {from, to} = run;
	if (from === to) return `D${from.dayNumber}`;
	return from.dayNumber < 0 || to.dayNumber < 0 ? `D${from.dayNumber} to D${to.dayNumber}` : `D${from.dayNumber}–D${to.dayNumber}`;
};

export const casualtiesCited = (model: CasualtiesModel) =>
	citationsOf(
		[
			...keyLineMarks(model.keyLines),
			...model.groups.flatMap((group) => rowsIn(group).flatMap((row) => row.marks)),
			...model.byDay.flatMap((line) => dayRuns(line.cells, false).flatMap((run) => run.marks)),
		],
		model.round,
	);

export const casualtiesFigures = (model: CasualtiesModel): ShownFigure[] => [
	...keyLineFigures(model.keyLines),
	...model.groups.flatMap((group) =>
		rowsIn(group).flatMap((row) => [row.killed, row.wounded].flatMap((count) => (count ? [{value: count.text, marks: row.marks}] : []))),
	),
	...model.byDay.flatMap((line) =>
		dayRuns(line.cells, false).flatMap((run) => (run.marks.length ? [{value: run.text, marks: run.marks}] : [])),
	),
];

export const byDayTitle = (population: string): string => `${population} killed`;

export const casualtiesMarkdown = (model: CasualtiesModel): string[] => {
	const out = [
		`## Key figures as of ${formatDate(model.date)}`,
		'',
		...keyLinesMarkdown(model.keyLines),
		'',
		`## Killed and wounded as of ${formatDate(model.date)}`,
		'',
		`One row per originator (who counted): its latest cumulative count, whatever outlets relayed it; different originators' counts are never combined. Counts dated ${formatDate(model.date)} come first; older counts follow, carried forward (${signs.carriedForward.mark}) with their own date. ${signs.contested.mark}: the originators' counts of the day differ.`,
		'',
	];
	const cells = (group: CasualtyGroup, row: CasualtyRow) => [
		`${group.population}${group.contested ? ` ${signs.contested.mark}` : ''}`,
		group.subgroup ?? '',
		`${row.label}${row.flags ? ` ${row.flags}` : ''}`,
		row.killed?.text ?? '',
		row.wounded?.text ?? '',
		`${formatDate(row.asOf)}${row.current ? '' : ' (older count)'}`,
		notesCell(row.marks),
	];
	out.push(
		mdTable(
			['Population', 'Subgroup', 'Originator', 'Killed', 'Wounded', 'As of', 'Sources'],
			model.groups.flatMap((group) => rowsIn(group).map((row) => cells(group, row))),
		),
		'',
	);
	for (const line of model.byDay) {
		out.push(
			`### ${mdText(byDayTitle(line.population))}, day by day: the lowest–highest of the originators' counts (a spread, not an average)`,
			'',
		);
		out.push(
			mdTable(
				['Days', 'Killed', 'Sources'],
				dayRuns(line.cells, false).map((run) => [runDays(run), run.text, notesCell(run.marks)]),
			),
			'',
		);
	}
	out.push(`${signs.noCount.mark}: ${signs.noCount.meaning}. ${signs.carriedForward.mark}: ${signs.carriedForward.meaning}.`, '');
	return out;
};

const claimJson = (count: CasualtyCount | undefined) =>
	count ? {shown: count.text, ...count.claim, originator: count.claim.originator.id, flags: claimFlags(count.claim)} : null;

export const casualtiesJson = (model: CasualtiesModel) => ({
	keyFigures: keyLinesJson(model.keyLines),
	groups: model.groups.map((group) => ({
		population: group.population,
		subgroup: group.subgroup ?? null,
		contested: group.contested,
		...Object.fromEntries(
			(['current', 'older'] as const).map((part) => [
				part,
				group[part].map(({killed, wounded, ...row}) => ({...row, killed: claimJson(killed), wounded: claimJson(wounded)})),
			]),
		),
	})),
	byDay: model.byDay.map((line) => ({population: line.population, days: line.cells})),
});
