import type {Round} from '../data/schema.js';
import {formatDate} from '../data/calendar.js';
import {keyFigures, noCountText, type KeyCount, type KeyFigureLine, type KeyFigureOptions} from '../data/key-figures.js';
import type {OriginatorClaim} from '../data/originator-claims.js';
import {mdText} from '../export/markdown-text.js';
import type {ShownFigure} from '../panes/types.js';
import {marksOf, noteMarks, printMarks} from './cite.js';
import {signs} from './signs.js';
import {metricInfo} from '../data/metrics.js';
import {formatValue, keep, truncate, widthOf, wrapKept} from './text.js';
import {incidentClaimsAsOf} from '../data/incident-counts.js';
import {shortNameOf} from '../data/originators.js';
import {keptPer} from '../data/kept.js';

/*
 * Key-figure lines as printed: one line answers one question (population,
 * value or range, who counted it with the value each gives, as of when, and
 * the sources). The Overview, the top of Casualties and of Escalation, and
 * their Markdown and JSON all print from this one shape, so they agree.
 */

/** One originator's count on a line: "Gaza Ministry of Health* 69 (as of 17 Nov) [80]". */
export type KeySegment = {
	/** The originator's name, with the inferred mark. */
	name: string;
	/** Its short form for a line short of room ("Gaza MoH*", "IDF"), from the data layer; the name where it has none. */
	short: string;
	/** This originator gives the low or the high end of the line's range: it is named on every line that shows the range. */
	end?: 'low' | 'high' | undefined;
	/** The figure as printed: "≥230–232". */
	value: string;
	/** Signs after the value: † published later, ? weak source. */
	flags: string;
	/** "17 Nov" when the count is older than the selected day. */
	asOf?: string | undefined;
	/** What an incident count counted and when: "civilians on 15 Nov". */
	detail?: string | undefined;
	marks: string[];
};

export type KeyLine = {
	metric: string;
	population: string;
	subgroup?: string | undefined;
	/** "Killed · Palestinians in Gaza", or "of them children" under its population line. */
	label: string;
	/** The label of the line this one is part of (a subgroup or a part measure). */
	partOf?: string | undefined;
	/** "53–72", "↳ 31" (only older counts), or "no count published". */
	value: string;
	status: KeyCount['status'];
	/** The originators' counts, leading ones first (and the two ends of a range next). */
	originators: KeySegment[];
	/** Originators left out of `originators` (a slide names three; Casualties lists them all). */
	more?: number | undefined;
	/** Rate measures: the selected day's own count ("that day: >160 UNDSS [3]"). */
	today?: {status: KeyCount['status']; originators: KeySegment[]} | undefined;
	/** A population nobody has totalled yet: the counts of single incidents so far, each with its date, never added up. */
	incidents?: KeySegment[] | undefined;
};

const shortDate = (date: string) => formatDate(date).slice(0, -5);

const bound = (value: number, qualifier: OriginatorClaim['qualifier']) => formatValue(value, qualifier);

const segmentOf = (round: Round, claim: OriginatorClaim, end?: KeySegment['end']): KeySegment => ({
	name: `${claim.originator.name}${claim.inferred ? signs.inferred.mark : ''}`,
	short: `${shortNameOf(round, claim.originator.id)}${claim.inferred ? signs.inferred.mark : ''}`,
	...(end ? {end} : {}),
	value: `${bound(claim.value, claim.qualifier)}${claim.valueHigh !== undefined ? `–${bound(claim.valueHigh, claim.qualifierHigh ?? claim.qualifier)}` : ''}`,
	flags: `${claim.publishedLater ? signs.publishedLater.mark : ''}${claim.weak ? ` ${signs.weakSource.mark}` : ''}`,
	asOf: claim.current ? undefined : shortDate(claim.asOf),
	marks: marksOf(round, claim.sources),
});

const valueOf = (count: KeyCount): string => {
	if (count.status === 'none') return noCountText;
	const text = count.range
		? `${bound(count.range.low.value, count.range.low.qualifier)}–${bound(count.range.high.value, count.range.high.qualifier)}`
		: (() => {
				const [first] = count.leading;
				return first
					? `${bound(first.value, first.qualifier)}${first.valueHigh !== undefined ? `–${bound(first.valueHigh, first.qualifierHigh ?? first.qualifier)}` : ''}`
					: '';
			})();
	// Only older counts: the value is carried forward and says so before it is read.
	return count.status === 'older' ? `${signs.carriedForward.mark} ${text}` : text;
};

/** The leading count, then the two ends of the range (who says the least and the most), then the rest: a cut list keeps the spread named. */
const rangeEndsFirst = (count: KeyCount): OriginatorClaim[] => {
	const [first, ...rest] = count.leading;
	if (!first || !count.range) return count.leading;
	const ends = [count.range.lowBy, count.range.highBy].filter((claim) => claim !== first);
	return [first, ...ends, ...rest.filter((claim) => !ends.includes(claim))];
};

export const keyLineOf = (round: Round, line: KeyFigureLine): KeyLine => ({
	metric: line.metric,
	population: line.population,
	subgroup: line.subgroup,
	label: line.label,
	partOf: line.partOf,
	value: valueOf(line.toDate),
	status: line.toDate.status,
	originators: rangeEndsFirst(line.toDate).map((claim) =>
		segmentOf(round, claim, claim === line.toDate.range?.lowBy ? 'low' : claim === line.toDate.range?.highBy ? 'high' : undefined),
	),
	today: line.today ? {status: line.today.status, originators: line.today.leading.map((claim) => segmentOf(round, claim))} : undefined,
});

/** A line naming at most `count` originators, its range's two ends always among them (and `keep` of the day's); the rest in `more`. */
export const capOriginators = (line: KeyLine, count: number, keep = 2): KeyLine => {
	let others = Math.max(0, count - line.originators.filter((segment) => segment.end).length);
	const named = line.originators.filter((segment) => segment.end !== undefined || others-- > 0);
	return {
		...line,
		originators: named,
		more: line.originators.length - named.length + (line.more ?? 0) || undefined,
		today: line.today ? {...line.today, originators: line.today.originators.slice(0, keep)} : undefined,
	};
};

/** Measures whose single incidents are worth a line while nobody has published a total. */
const incidentMeasures = new Set(['killed', 'wounded']);

const incidentSegment = (round: Round, claim: OriginatorClaim): KeySegment => ({
	...segmentOf(round, claim),
	asOf: undefined,
	detail: `${claim.subgroup ? `${claim.subgroup} ` : ''}on ${shortDate(claim.asOf)}`,
});

/** The key-figure lines of a round as of a day, ready to print. */
export const keyLines = (round: Round, date: string, options: KeyFigureOptions = {}): KeyLine[] => {
	const lines = keyFigures(round, date, options).map((line) => keyLineOf(round, line));
	return lines.map((line) => {
		if (line.status !== 'none' || line.partOf) return line;
		// A population nobody has totalled, but part of which is counted below ("of them civilians 3"):
		// "no count published" alone would read as if nobody had counted anyone.
		if (lines.some((part) => part.partOf === line.label && part.status !== 'none')) return {...line, value: signs.noTotal.mark};
		// Nor while single incidents have been counted ("3 civilians killed on 15 Nov, says UN OCHA").
		const incidents =
			incidentMeasures.has(line.metric) && (line.today === undefined || line.today.status === 'none')
				? incidentClaimsAsOf(round, date, line.metric, line.population).map((claim) => incidentSegment(round, claim))
				: [];
		return incidents.length ? {...line, value: signs.noTotalYet.mark, incidents} : line;
	});
};

/** The segment under its short name ("Gaza MoH*"). */
const shortened = (segment: KeySegment): KeySegment => ({...segment, name: segment.short});

/** "Gaza Ministry of Health* 69† ? (as of 17 Nov) [80]" */
export const segmentText = (segment: KeySegment, marks: (marks: string[]) => string = printMarks): string =>
	`${segment.name} ${segment.value}${segment.detail ? ` ${segment.detail}` : ''}${segment.flags}${segment.asOf ? ` (as of ${segment.asOf})` : ''}${segment.marks.length ? ` ${marks(segment.marks)}` : ''}`;

/** "that day: >160 UNDSS [3]" or "that day: no count published" */
export const todayText = (
	today: NonNullable<KeyLine['today']>,
	marks: (marks: string[]) => string = printMarks,
	keep = Infinity,
	short = false,
): string => {
	if (today.status === 'none') return `that day: ${noCountText}`;
	const shown = today.originators.slice(0, keep);
	const more = today.originators.length - shown.length;
	const named = shown.map((segment) => segmentText(short ? shortened(segment) : segment, marks));
	return `that day: ${named.join(' · ')}${more > 0 ? ` · +${more}` : ''}`;
};

// A block's longest label, kept per block: every line of it asks, on every frame.
const longestLabels = new WeakMap<readonly KeyLine[], number>();

/** Column widths of a block of key lines at a width: the labels whole where they fit in two fifths of it. */
export const keyColumns = (width: number, lines: readonly KeyLine[] = []) => {
	let longest = longestLabels.get(lines);
	if (longest === undefined) {
		longest = Math.max(20, ...lines.map((line) => widthOf(`${indentOf(line)}${line.label}`) + 1));
		longestLabels.set(lines, longest);
	}
	return {label: Math.min(longest, width >= 120 ? Math.floor(width * 0.4) : 32), value: width >= 95 ? 13 : 11};
};

const printedBlocks = keptPer<readonly KeyLine[], string[][]>();

/**
 * Each line of a block as `keyLineText` prints it at a width, kept per block
 * (a model's lines, which are kept too): a frame lays the block out more than
 * once, and a pane or day visited again draws from it. Shared: do not change it.
 */
export const keyBlockTexts = (lines: readonly KeyLine[], width: number, whole: boolean): string[][] =>
	printedBlocks(lines, `${width} ${whole}`, () => lines.map((line) => keyLineText(line, width, whole, lines)));

/** Whether the line's own day count is worth printing: a rate measure always, else when someone counted that day. */
const showsToday = (line: KeyLine) => line.today !== undefined && (line.today.status !== 'none' || metricInfo(line.metric).rate);

/*
 * One line at a width: label, value, then as many originators as fit, the
 * leading first, "+n" for the rest. Whoever gives a number of the value column
 * is always named: the two ends of a range (else the leading count), with
 * their values, as-of dates and sources. Short of room, names take their short
 * forms first ("Gaza MoH"), then the others are given up, then the named ones
 * wrap onto the next line; none is cut to a stub.
 * `whole`: an export, where nothing is dropped and the list wraps under itself.
 */
export const keyLineText = (line: KeyLine, width: number, whole = false, block: readonly KeyLine[] = [line]): string[] => {
	// "no total published", then on a line of its own under it the incident counts, printed as a line's originators are.
	if (line.incidents?.length) {
		const under = {...line, label: '', partOf: undefined, value: signs.incidents.mark, status: 'current' as const};
		return [
			...keyLineText({...line, incidents: undefined, today: undefined}, width, whole, block),
			// Aligned under the values where the list fits there, else further left: the counts matter more than the column.
			...[block, [under]]
				.map((columns) =>
					keyLineText(
						{...under, originators: line.incidents!, incidents: undefined, today: undefined, more: undefined},
						width,
						whole,
						columns,
					),
				)
				.find((lines, index) => index === 1 || (lines.length === 1 && !lines[0]!.includes('…')))!,
		];
	}
	const columns = keyColumns(width, block);
	const label = truncate(`${indentOf(line)}${line.label}`, columns.label - 1).padEnd(columns.label);
	const today = showsToday(line) && !(line.status === 'none' && line.today!.status === 'none') ? [todayText(line.today!)] : [];
	if (line.status === 'none' && today.length === 0) return [truncate(`${label}${line.value}`, width)];
	const head = `${label}${(line.status === 'none' ? `${line.value} ·` : line.value).padEnd(columns.value)} `;
	const indent = ' '.repeat(widthOf(head));
	const room = width - widthOf(head);
	const given = line.more ?? 0;
	const segments = [...line.originators.map((segment) => segmentText(segment)), ...(given > 0 ? [`+${given}`] : [])];
	if (whole) {
		// Each originator whole; the list wraps, continuation lines under the first.
		// On one line with full names where they fit; else short forms ("IDF", "Gaza MoH") and the list wraps.
		const short = [...line.originators.map((segment) => segmentText(shortened(segment))), ...segments.slice(line.originators.length)];
		// The day's counts as pieces of their own, so that each wraps whole.
		const todayPieces =
			today.length === 0
				? []
				: line.today!.status === 'none'
					? today
					: line.today!.originators.map((segment, index) => `${index === 0 ? 'that day: ' : ''}${segmentText(segment)}`);
		const pieces = widthOf([...segments, ...today].join(' · ')) <= room ? [...segments, ...todayPieces] : [...short, ...todayPieces];
		return packed(pieces, room).map((text, index) => `${index === 0 ? head : indent}${text}`);
	}
	// Too long with full names: "Israel Defense Forces (IDF)" gives way to "IDF" before any originator is dropped.
	const full = [...segments, ...today].join(' · ');
	if (widthOf(full) <= room) return [`${head}${full}`];
	const ownTodayLine =
		today.length && metricInfo(line.metric).rate ? [truncate(`${indent}${todayText(line.today!, printMarks, 1, true)}`, width)] : [];
	if (segments.length === 0) return [truncate(`${head}${today.length ? todayText(line.today!, printMarks, 1, true) : ''}`, width)];
	// Who gives the value column's numbers is never left out: the two ends of a range, else the leading count.
	const ranged = line.originators.some((segment) => segment.end !== undefined);
	const needed = line.originators.map((segment, index) => (ranged ? segment.end !== undefined : index === 0));
	const optional = needed.filter((each) => !each).length;
	const shortText = (segment: KeySegment) => segmentText(shortened(segment));
	// Then the others in their order, as many as fit, the last ones given up first.
	for (let keep = optional; keep >= 0; keep--) {
		let left = keep;
		const kept = line.originators.filter((_, index) => needed[index] || left-- > 0);
		const more = line.originators.length - kept.length + given;
		const list = [...kept.map(shortText), ...(more > 0 ? [`+${more}`] : [])].join(' · ');
		const withToday = today.length ? `${list} · ${todayText(line.today!, printMarks, 1, true)}` : list;
		if (widthOf(withToday) <= room) return [`${head}${withToday}`];
		// A rate measure's day count never goes silently: it takes a line of its own under the total (a casualty
		// count's day figure is on the Escalation chart, and the total is the line's question).
		if (widthOf(list) <= room && keep === 0) return [`${head}${list}`, ...ownTodayLine];
	}
	// The named ones do not fit on one line: they wrap under the first rather than one be left out or lose its
	// name, and one wider than the column wraps between its words.
	const kept = line.originators.filter((_, index) => needed[index]);
	const more = line.originators.length - kept.length + given;
	const plus = more > 0 ? [`+${more}`] : [];
	// One wider than the column breaks after its value rather than part a name from its count.
	const parts = (segment: KeySegment, room: number): string[] => {
		const text = shortText(segment);
		if (widthOf(text) <= room) return [text];
		const named = segmentText({...shortened(segment), asOf: undefined, marks: []});
		const asOf = segment.asOf ? `(as of ${segment.asOf})` : '';
		const marks = printMarks(segment.marks);
		const splits = [
			[`${named} ${asOf}`.trim(), marks],
			[named, `${asOf} ${marks}`.trim()],
		].map((split) => split.filter(Boolean));
		return splits.find((split) => split.every((part) => widthOf(part) <= room)) ?? [text];
	};
	// The two ends the other way round where that takes fewer lines (the "+n" left alone on one, say); the lines
	// under the first aligned with the values, or where that takes more of them, further left as "in incidents" is.
	const far = ' '.repeat(Math.min(widthOf(indent), farIndent));
	const [rows, under] = [indent, far]
		.flatMap((under) =>
			[kept, [...kept].reverse()].map(
				(order) =>
					[
						packed([...order.flatMap((segment) => parts(segment, width - widthOf(under))), ...plus], room, width - widthOf(under)),
						under,
					] as const,
			),
		)
		.reduce((best, each) => (each[0].length < best[0].length ? each : best));
	return [...rows.map((text, index) => `${index === 0 ? head : under}${text}`), ...ownTodayLine];
};

const indentOf = (line: KeyLine) => (line.partOf ? '  ' : ' ');

/** Where the lines of a key line's list wrapped further left begin: under the start of an "in incidents:" line. */
const farIndent = 20;

// A piece wider than the column wraps between words, its value, date and sources kept together.
const glued = (piece: string) =>
	piece.replace(/ (?=[^ ]*$)|(?<=\d\u2020?) (?=\?|\(as of)| (?=\[)|(?<=\(as) (?=of)|(?<=of) (?=\d+ \w+\))|(?<=\d) (?=\w+\))/g, keep);

/** Pieces of a list ("IDF 1,506 [141]", "+2") joined with " · " on lines of `room` columns (`rest` after the first). */
const packed = (pieces: readonly string[], room: number, rest = room): string[] => {
	const out: string[] = [];
	let current = '';
	const roomOf = () => (out.length === 0 ? room : rest);
	for (const piece of pieces.flatMap((each) => (widthOf(each) <= rest ? [each] : wrapKept(glued(each), rest)))) {
		// Not even the first piece fits the first line: the list begins on the next.
		if (!current && out.length === 0 && widthOf(piece) > room) out.push('');
		const next = current ? `${current} · ${piece}` : piece;
		if (current && widthOf(next) > roomOf()) {
			out.push(current);
			current = piece;
		} else current = next;
	}
	out.push(current);
	return out;
};

/** Every figure a block of key lines shows, as printed, with its marks (the ranges are spans of these). */
export const keyLineFigures = (lines: readonly KeyLine[]): ShownFigure[] =>
	lines.flatMap((line) =>
		[...line.originators, ...(line.today?.originators ?? []), ...(line.incidents ?? [])].map((segment) => ({
			value: segment.value,
			marks: segment.marks,
		})),
	);

export const keyLineMarks = (lines: readonly KeyLine[]): string[] =>
	lines.flatMap((line) =>
		[...line.originators, ...(line.today?.originators ?? []), ...(line.incidents ?? [])].flatMap((segment) => segment.marks),
	);

/** The Markdown of a block of key lines: one bullet per line, in the screen's words. */
export const keyLinesMarkdown = (lines: readonly KeyLine[]): string[] =>
	lines.map((line) => {
		const label = line.partOf ? `${line.partOf}, ${line.label}` : line.label;
		const cited = (segment: KeySegment) => `${mdText(segmentText(segment, () => '')).trimEnd()} ${noteMarks(segment.marks)}`;
		if (line.incidents?.length)
			return `- **${mdText(label)}**: ${mdText(`${line.value}; ${signs.incidents.mark}`)} ${line.incidents.map(cited).join(' · ')}`;
		if (line.status === 'none' && !line.today) return `- **${mdText(label)}**: ${mdText(line.value)}`;
		const list = [
			...line.originators.map((segment) => `${mdText(segmentText(segment, () => '')).trimEnd()} ${noteMarks(segment.marks)}`),
			...(line.more ? [`+${line.more} more on Casualties or Escalation`] : []),
		].join(' · ');
		const today = line.today
			? line.today.status === 'none'
				? `; that day: ${noCountText}`
				: `; that day: ${line.today.originators.map((segment) => `${mdText(segmentText(segment, () => '')).trimEnd()} ${noteMarks(segment.marks)}`).join(' · ')}`
			: '';
		return `- **${mdText(label)}**: ${mdText(line.value)}${list ? ` (${list})` : ''}${today}`;
	});

/** The JSON of a block of key lines. */
export const keyLinesJson = (lines: readonly KeyLine[]) => lines.map((line) => ({...line}));
