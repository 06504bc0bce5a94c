import type {Figure, Round} from './schema.js';
import {baselineOf, claimantPointsOn, quantityGroups} from './claims.js';
import {groupBy} from './group-by.js';
import {metricInfo, metricRank, metricTable, quantityLabel} from './metrics.js';
import {kindRank} from './originators.js';
import {claimOfPoint, originatorClaimsAsOf, type Bound, type OriginatorClaim} from './originator-claims.js';
import {compareDates} from './calendar.js';
import {compareText} from './text-order.js';

/*
 * Key figures in the style of an OCHA flash update: for each measure of the
 * metric table and each population, one line saying the value or the range of
 * the originators' latest counts, who counted them and as of when. A range is
 * the low and the high claim of DIFFERENT originators, each named: never a
 * sum or an average. When nobody published a count the line says so in words.
 */

/** Said where no originator published a count: words, never a zero or a dash. */
export const noCountText = 'no count published';

export type KeyCount = {
	/** The counts the line shows: the current ones, or, when none is current, the older ones (each with its as-of date). */
	leading: OriginatorClaim[];
	/** Dated the selected day, leading order. */
	current: OriginatorClaim[];
	/** Dated earlier (the originator's latest count is older than the day), most recent first. */
	older: OriginatorClaim[];
	/** current: some count is dated the day; older: only older counts; none: no count published. */
	status: 'current' | 'older' | 'none';
	/** Low and high claim across different originators: of the current counts, or else of the older ones as of one day. */
	range?: {low: Bound; high: Bound; lowBy: OriginatorClaim; highBy: OriginatorClaim} | undefined;
};

export type KeyFigureLine = {
	metric: string;
	population: string;
	subgroup?: string | undefined;
	/** "Killed · Palestinians in Gaza", "Rockets fired from Gaza"; "of them children", "intercepted" on a line under another. */
	label: string;
	/** For a subgroup or a part measure: the label of the line it is part of. */
	partOf?: string | undefined;
	/** The running total since the round's start. */
	toDate: KeyCount;
	/** The day's own count (daily, or derived from an originator's cumulative counts), for rate measures and measures reported daily. */
	today?: KeyCount | undefined;
};

export type KeyFigureOptions = {
	/** Only these metrics (in table order); default: every key-figure metric of the table. */
	metrics?: readonly string[];
	/** key: children, women, civilians and the like; all: every subgroup with a count. */
	subgroups?: 'key' | 'all';
	/** Only this population. */
	population?: string;
};

/** Subgroups the Overview shows under their population, in this order. */
export const keySubgroups: readonly string[] = ['children', 'women', 'civilians', 'combatants', 'soldiers', 'minors'];

/*
 * Leading order: the most recent first (an older count never leads a current
 * one), then the kind of body (health authority, UN, military before media
 * and encyclopedias), then the more widely relayed, then by name.
 */
const byLeading = (a: OriginatorClaim, b: OriginatorClaim): number =>
	compareDates(b.asOf, a.asOf) ||
	kindRank(a.originator.kind) - kindRank(b.originator.kind) ||
	b.relays - a.relays ||
	compareText(a.originator.name, b.originator.name);

const highBound = (claim: OriginatorClaim): Bound => ({value: claim.valueHigh ?? claim.value, qualifier: claim.qualifierHigh ?? claim.qualifier});

export const keyCountOf = (claims: readonly OriginatorClaim[]): KeyCount => {
	const current = claims.filter((claim) => claim.current).sort(byLeading);
	const older = claims.filter((claim) => !claim.current).sort(byLeading);
	const leading = current.length ? current : older;
	// Of older counts only those as of the same (most recent) day form a range: counts of different days are not a spread.
	const pool = current.length ? current : older.filter((claim) => claim.asOf === older[0]?.asOf);
	let range: KeyCount['range'];
	if (new Set(pool.map((claim) => claim.originator.id)).size > 1) {
		const lowBy = pool.reduce((min, claim) => (claim.value < min.value ? claim : min));
		const highBy = pool.reduce((max, claim) => (highBound(claim).value > highBound(max).value ? claim : max));
		if (lowBy.originator.id !== highBy.originator.id && highBound(highBy).value > lowBy.value)
			range = {low: {value: lowBy.value, qualifier: lowBy.qualifier}, high: highBound(highBy), lowBy, highBy};
	}
	return {leading, current, older, status: current.length ? 'current' : older.length ? 'older' : 'none', range};
};

type Line = {metric: string; population: string; subgroup?: string | undefined};

/*
 * The day's count of each originator: its daily figures, or the difference of its cumulative ones (derived).
 * Taken in originator order first, so two originators the leading order cannot tell apart (one name, kind,
 * date and relay count) come in the same order whichever way their points were found.
 */
const todayOf = (round: Round, line: Line, date: string): KeyCount =>
	keyCountOf(
		claimantPointsOn(round, line, date)
			.flatMap((point) => claimOfPoint(round, point) ?? [])
			.sort((a, b) => compareText(a.originator.id, b.originator.id)),
	);

/** What the key figures are, whatever the day: which lines, in which order. Worked out once per round and options. */
type Plan = {
	counted: (figure: Figure) => boolean;
	lines: Map<string, Line>;
	counts: Map<string, number>;
	daily: Set<string>;
};
const plans = new WeakMap<readonly Figure[], Map<string, Plan>>();

const rootOf = (metric: string) => metricInfo(metric).partOf ?? metric;
const lineKey = (line: Line) => [line.metric, line.population, line.subgroup ?? ''].join('\u0000');

const planOf = (round: Round, options: KeyFigureOptions): Plan => {
	let byOptions = plans.get(round.figures);
	if (!byOptions) {
		byOptions = new Map();
		plans.set(round.figures, byOptions);
	}
	const key = JSON.stringify([round.start, options.metrics ?? null, options.subgroups ?? null, options.population ?? null]);
	const kept = byOptions.get(key);
	if (kept) return kept;
	const metrics = new Set(options.metrics ?? metricTable.filter((info) => info.keyFigure).map((info) => info.id));
	const counted = (figure: Figure) =>
		metrics.has(figure.metric) &&
		figure.scope !== 'incident' &&
		(options.population === undefined || figure.population === options.population) &&
		(figure.scope === 'daily' || baselineOf(round, figure) === round.start);
	// Per quantity rather than per figure: each quantity's first counted figure places its line.
	const found: Array<{at: number; line: Line; counted: number; daily: boolean}> = [];
	for (const {figures, positions} of quantityGroups(round.figures).values()) {
		const [first] = figures;
		if (!first || !metrics.has(first.metric) || (options.population !== undefined && first.population !== options.population)) continue;
		let at = -1;
		let count = 0;
		let daily = false;
		// `counted` with the metric and population already known to pass: the scope and baseline of each figure.
		for (let index = 0; index < figures.length; index++) {
			const figure = figures[index]!;
			if (figure.scope === 'incident' || (figure.scope !== 'daily' && baselineOf(round, figure) !== round.start)) continue;
			if (at === -1) at = positions[index]!;
			count++;
			if (figure.scope === 'daily') daily = true;
		}
		if (count > 0) found.push({at, line: {metric: first.metric, population: first.population, subgroup: first.subgroup}, counted: count, daily});
	}
	found.sort((a, b) => a.at - b.at);

	// A population line is there on every day of the round (saying so when nothing is published yet); a subgroup line only once counted.
	const lines = new Map<string, Line>();
	// Populations: the most counted first (per measure, or per the measure a part belongs to).
	const counts = new Map<string, number>();
	const daily = new Set<string>();
	for (const {line, counted: count, daily: hasDaily} of found) {
		const subgroup = line.subgroup;
		if (subgroup === undefined || options.subgroups === 'all' || keySubgroups.includes(subgroup)) lines.set(lineKey(line), line);
		const key = `${rootOf(line.metric)}\u0000${line.population}`;
		counts.set(key, (counts.get(key) ?? 0) + count);
		if (hasDaily) daily.add(lineKey(line));
	}
	const plan = {counted, lines, counts, daily};
	byOptions.set(key, plan);
	return plan;
};

/** The key figures as of a day, in metric-table order; subgroups and part measures under their line. */
export const keyFigures = (round: Round, date: string, options: KeyFigureOptions = {}): KeyFigureLine[] => {
	const {counted, lines, counts, daily} = planOf(round, options);
	const toDate = originatorClaimsAsOf(round, date, (figure) => counted(figure) && figure.scope === 'cumulative');
	const byLine = groupBy(toDate, (claim) => [claim.metric, claim.population, claim.subgroup ?? ''].join('\u0000'));

	const subgroupRank = (subgroup: string | undefined) =>
		subgroup === undefined ? -1 : keySubgroups.includes(subgroup) ? keySubgroups.indexOf(subgroup) : keySubgroups.length;
	const sortKey = (line: Line) => [
		metricRank(rootOf(line.metric)),
		-(counts.get(`${rootOf(line.metric)}\u0000${line.population}`) ?? 0),
		line.population,
		metricRank(line.metric),
		subgroupRank(line.subgroup),
		line.subgroup ?? '',
	];
	const compare = (a: Line, b: Line) => {
		const [ka, kb] = [sortKey(a), sortKey(b)];
		for (let i = 0; i < ka.length; i++) {
			const [x, y] = [ka[i]!, kb[i]!];
			if (x !== y) return typeof x === 'number' ? x - (y as number) : compareText(String(x), String(y));
		}
		return 0;
	};

	const build = (line: Line): KeyFigureLine => {
		const key = lineKey(line);
		const info = metricInfo(line.metric);
		const whole = quantityLabel(line.metric, line.population);
		const parent = info.partOf ? quantityLabel(info.partOf, line.population) : undefined;
		return {
			...line,
			label: line.subgroup ? `of them ${line.subgroup}` : info.partOf ? (info.shortLabel ?? info.label.toLowerCase()) : whole,
			partOf: line.subgroup ? whole : parent,
			toDate: keyCountOf(byLine.get(key) ?? []),
			today: info.rate || daily.has(key) ? todayOf(round, line, date) : undefined,
		};
	};
	const built = [...lines.values()].map(build);
	// A subgroup line is there once counted, and never without the line of the population it is part of.
	const hasCount = (line: KeyFigureLine) => line.toDate.status !== 'none' || (line.today !== undefined && line.today.status !== 'none');
	const shown = built.filter((line) => line.subgroup === undefined || hasCount(line));
	for (const line of shown)
		if (line.subgroup !== undefined && !shown.some((each) => each.subgroup === undefined && lineKey(each) === lineKey({...line, subgroup: undefined})))
			shown.push(build({metric: line.metric, population: line.population}));
	return shown.sort(compare);
};
