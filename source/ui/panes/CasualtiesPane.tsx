import {Box, Text} from '../../render/primitives.js';
import {formatDate} from '../../data/calendar.js';
import {fit, keep, truncate, widthOf, wrap, wrapKept} from '../text.js';
import {printMarks} from '../../view/cite.js';
import {signs} from '../../view/signs.js';
import type {PaneViewProps} from '../../panes/types.js';
import {detailKeyLines} from '../KeyLines.js';
import {
	byDayTitle,
	dayRuns,
	groupLabel,
	latestOlder,
	runDays,
	rowsIn,
	shortDate,
	type CasualtiesModel,
	type CasualtyGroup,
	type CasualtyRow,
	type DayRun,
} from '../../panes/casualties/model.js';

/*
 * The casualty table drawn line by line: a heading per population ·
 * subgroup, one row per originator, and the group's older counts folded
 * under one line (Enter shows them). While scrolling, the heading of the
 * group in view stays on the top line, so a row is never read without its
 * population.
 */

type Line =
	| {kind: 'group'; group: CasualtyGroup}
	| {kind: 'row'; group: CasualtyGroup; row: CasualtyRow}
	| {kind: 'note'; group: CasualtyGroup; text: string};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** The table's lines: on screen the older counts are one line until opened; drawn whole (an export) they are all there. */
export const tableLines = (model: CasualtiesModel, olderOpen: boolean, whole: boolean): Line[] =>
	model.groups.flatMap((group): Line[] => {
		const lines: Line[] = [{kind: 'group', group}];
		const noneToday = group.current.length === 0 ? `No count dated ${shortDate(model.date)} · ` : '';
		lines.push(...group.current.map((row): Line => ({kind: 'row', group, row})));
		if (group.older.length === 0) return lines;
		const latest = shortDate(latestOlder(group)!);
		const count = plural(group.older.length, 'older count');
		if (whole)
			return [
				...lines,
				{kind: 'note', group, text: `${noneToday}${count}, each its originator's latest (latest ${latest}):`},
				...group.older.map((row): Line => ({kind: 'row', group, row})),
			];
		if (!olderOpen)
			return [
				...lines,
				{kind: 'note', group, text: `${noneToday}${signs.carriedForward.mark} ${count} (latest ${latest}) — Enter to show`},
			];
		return [
			...lines,
			{kind: 'note', group, text: `${noneToday}${count} (latest ${latest}) — Enter to fold`},
			...group.older.map((row): Line => ({kind: 'row', group, row})),
		];
	});

const headingText = (group: CasualtyGroup, continued: boolean) =>
	`${groupLabel(group)}${continued ? ' (continued)' : ''}${group.contested ? `  ${signs.contested.mark} originators' counts differ` : ''}`;

type Columns = {killed: number; wounded: number; who: number; asOf: number};

// "│ Killed │ Wounded │ Who counted │ As of │": borders and padding take 13 columns.
const columnsFor = (model: CasualtiesModel, width: number): Columns => {
	const rows = model.groups.flatMap(rowsIn);
	const widest = (texts: string[], least: number) => Math.min(15, Math.max(least, ...texts.map(widthOf)));
	const killed = widest(
		rows.flatMap((row) => (row.killed ? [row.killed.text] : [])),
		6,
	);
	const wounded = widest(
		rows.flatMap((row) => (row.wounded ? [row.wounded.text] : [])),
		7,
	);
	const asOf = 7;
	// On a wide screen the names column stops growing, so a count and its date stay within one glance.
	return {killed, wounded, asOf, who: Math.min(100, Math.max(12, width - 13 - killed - wounded - asOf))};
};

/** "Gaza Ministry of Health · via Reuters, AFP +3 †? [1][103]": the name is cut before the marks are. */
const whoText = (row: CasualtyRow, width: number) => {
	const tail = `${row.flags ? ` ${row.flags}` : ''} ${printMarks(row.marks)}`;
	return `${truncate(row.label, Math.max(8, width - widthOf(tail)))}${tail}`;
};

const rowText = (row: CasualtyRow, columns: Columns) =>
	`│ ${fit(row.killed?.text ?? '', columns.killed, 'right')} │ ${fit(row.wounded?.text ?? '', columns.wounded, 'right')} │ ${fit(whoText(row, columns.who), columns.who)} │ ${fit(shortDate(row.asOf), columns.asOf)} │`;

// For a screen reader: one sentence per row, no columns.
const linearRow = (row: CasualtyRow) =>
	`  ${row.label}${row.flags ? ` ${row.flags}` : ''}: killed ${row.killed?.text ?? 'not given'}, wounded ${row.wounded?.text ?? 'not given'}, as of ${shortDate(row.asOf)} ${printMarks(row.marks)}`;

const runText = (run: DayRun, cite: boolean, glue: string) =>
	`${run.selected && !cite ? signs.selected.mark : ''}${runDays(run)}${glue}${run.text.replaceAll(' ', glue)}${cite && run.marks.length ? `${glue}${printMarks(run.marks)}` : ''}`;

/** On screen: the days around the selected one that fit on a line. In an export: every day, wrapped, with its sources. */
const byDayLines = (model: CasualtiesModel, width: number, whole: boolean): string[] =>
	model.byDay.flatMap(({population, cells}) => {
		if (whole)
			return wrapKept(
				`${byDayTitle(population)}: ${dayRuns(cells, false)
					.map((run) => runText(run, true, keep))
					.join(' · ')}`,
				width,
			);
		const label = `${truncate(byDayTitle(population), 30)}: `;
		const runs = dayRuns(cells, true);
		const at = Math.max(
			0,
			runs.findIndex((run) => run.selected),
		);
		const text = (from: number, to: number) =>
			label +
			runs
				.slice(from, to + 1)
				.map((run) => runText(run, false, ' '))
				.join(' · ');
		let [from, to] = [at, at];
		// Grow towards later days first, then earlier, while the line fits.
		for (let grown = true; grown;) {
			grown = false;
			if (to + 1 < runs.length && widthOf(text(from, to + 1)) <= width) [to, grown] = [to + 1, true];
			if (from > 0 && widthOf(text(from - 1, to)) <= width) [from, grown] = [from - 1, true];
		}
		return [truncate(text(from, to), width)];
	});

// Title, column heads, the "more" line and the by-day lines surround the table.
const tableHeight = (model: CasualtiesModel, height: number) => Math.max(2, height - 3 - model.byDay.length);

// The key figures come first; the table has the rows they leave.
const bodyHeight = (model: CasualtiesModel, width: number, height: number) =>
	height - detailKeyLines(model.keyLines, width, height, false).length;

export const casualtiesListMax = (model: CasualtiesModel, {width, height}: {width: number; height: number}): number =>
	Math.max(0, tableLines(model, model.olderOpen, false).length - tableHeight(model, bodyHeight(model, width, height)));

/** A page: the table's height less its pinned heading line, so PgDn shows the line after the last one seen. */
export const casualtiesPageSize = (model: CasualtiesModel, {width, height}: {width: number; height: number}): number =>
	Math.max(1, tableHeight(model, bodyHeight(model, width, height)) - 1);

/*
 * The lines in view from `offset`: when the line there is not a heading, the
 * top line is the heading of its group instead, so the window always starts
 * with a population. Paging by height − 1 then shows every line exactly once.
 */
export const visibleLines = (lines: Line[], offset: number, height: number): Array<Line & {continued?: boolean}> => {
	const start = Math.max(0, Math.min(offset, lines.length - height));
	const window = lines.slice(start, start + height);
	const [top] = window;
	if (!top || top.kind === 'group') return window;
	return [{kind: 'group', group: top.group, continued: true}, ...window.slice(1)];
};

export const CasualtiesPane = ({model, state, width, height: fullHeight, linear, whole}: PaneViewProps<CasualtiesModel>) => {
	const keyBlock = detailKeyLines(model.keyLines, width, fullHeight, whole);
	const paneHeight = fullHeight - keyBlock.length;
	const lines = tableLines(model, model.olderOpen, whole);
	const height = whole ? lines.length : tableHeight(model, paneHeight);
	const offset = Math.min(state.scroll.casualties, Math.max(0, lines.length - height));
	const visible = visibleLines(lines, offset, height);
	const columns = columnsFor(model, width);
	const legend = `${signs.contested.mark} differ  ${signs.carriedForward.mark} older  ${signs.weakSource.mark} weak  ${signs.publishedLater.mark} later`;
	const title = `Day ${model.dayNumber} · ${formatDate(model.date)}: each originator's latest count  (${legend})`;
	const heads = `│ ${fit('Killed', columns.killed, 'right')} │ ${fit('Wounded', columns.wounded, 'right')} │ ${fit('Who counted · via whom [source]', columns.who)} │ ${fit('As of', columns.asOf)} │`;
	const more = lines.length - offset - height;
	const titled = (text: string) => (whole ? wrap(text, width) : [truncate(text, width)]);
	return (
		<Box flexDirection="column">
			{keyBlock.map((line, index) => (
				<Text key={`k-${index}`} wrap="truncate-end">
					{line}
				</Text>
			))}
			{titled(title).map((line, index) => (
				<Text key={`t-${index}`} bold wrap="truncate-end">
					{line}
				</Text>
			))}
			{lines.length === 0 ? (
				<Text dimColor>No cumulative casualty count published up to this day.</Text>
			) : (
				<>
					{linear ? null : (
						<Text dimColor wrap="truncate-end">
							{truncate(heads, width)}
						</Text>
					)}
					{visible.map((line, index) => {
						if (line.kind === 'group')
							return (
								<Text key={index} bold wrap="truncate-end">
									{truncate(headingText(line.group, 'continued' in line && line.continued === true), width)}
								</Text>
							);
						if (line.kind === 'note')
							return (
								<Text key={index} dimColor wrap="truncate-end">
									{truncate(`  ${line.text}`, width)}
								</Text>
							);
						return (
							<Text key={index} wrap="truncate-end" dimColor={!line.row.current}>
								{linear && whole
									? wrap(linearRow(line.row), width).join('\n')
									: truncate(linear ? linearRow(line.row) : rowText(line.row, columns), width)}
							</Text>
						);
					})}
				</>
			)}
			{whole ? null : (
				<Text dimColor wrap="truncate-end">
					{more > 0 ? `  ↓ ${plural(more, 'more line')} (↓/j, PgDn)` : ' '}
				</Text>
			)}
			{byDayLines(model, width, whole).map((line, index) => (
				<Text key={`d-${index}`} wrap="truncate-end">
					{line}
				</Text>
			))}
		</Box>
	);
};
