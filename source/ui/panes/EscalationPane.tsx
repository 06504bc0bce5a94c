import {Box, Text} from '../../render/primitives.js';
import {formatDate} from '../../data/calendar.js';
import {BarChart, type BarRow} from '../BarChart.js';
import {ItemList, type ListItem} from '../ScrollList.js';
import {keep, truncate, widthOf, wrap, wrapKept} from '../text.js';
import {printMarks} from '../../view/cite.js';
import type {PaneViewProps} from '../../panes/types.js';
import {detailKeyLines} from '../KeyLines.js';
import {
	barWords,
	daysText,
	eventText,
	quantityLabel,
	scopeLabel,
	type Bar,
	type EscalationModel,
	type EventEntry,
	type OtherFigure,
} from '../../panes/escalation/model.js';
import {signs} from '../../view/signs.js';
import type {ListLine} from './types.js';

export {quantityLabel};

const eventItem = (event: EventEntry, width: number): ListItem => ({
	key: `${event.id}-${event.prefix}`,
	lines: () =>
		wrap(eventText(event, printMarks), width - 2).map((line, index) => ({
			key: `${event.id}-${index}`,
			text: `${index === 0 ? '•' : ' '} ${line}`,
		})),
});

const lineItem = (key: string, text: string, style?: ListLine['style']): ListItem => ({key, lines: () => [{key, text, style}]});

/** The list on the right: the day's events by kind, or every event matching the filter, by day. */
const listItems = (model: EscalationModel, width: number): ListItem[] => {
	const {day} = model;
	const items: ListItem[] = [];
	if (model.filter)
		items.push(
			lineItem(
				'filter',
				truncate(`Filter "${model.filter}": ${model.eventCount} event${model.eventCount === 1 ? '' : 's'}`, width),
				'muted',
			),
		);
	else items.push(lineItem('title', truncate(`Events · Day ${day.number} · ${day.weekday} ${formatDate(day.date)}`, width), 'heading'));
	if (!model.filter && model.eventCount === 0) items.push(lineItem('none', 'No events reported for this day.', 'muted'));
	for (const section of model.sections) {
		items.push(lineItem(`h-${section.heading}`, truncate(section.heading, width), 'heading'));
		for (const event of section.events) items.push(eventItem(event, width));
	}
	if (model.filter && model.eventCount === 0) items.push(lineItem('none', 'No event mentions that.', 'muted'));
	model.notes.forEach((note, index) =>
		items.push({
			key: `note-${index}`,
			lines: () =>
				wrap(`${model.eventCount > 0 ? 'Note: ' : ''}${note}`, width).map((text, line) => ({
					key: `note-${index}-${line}`,
					text,
					style: 'muted' as const,
				})),
		}),
	);
	return items;
};

const layout = (width: number, height: number, whole: boolean, needs = 0) => {
	// Wide screens get a chart with room for notes; narrow ones keep the events readable. An export stacks the two, full width.
	if (whole) return {chartWidth: width, listWidth: width, listHeight: height};
	const base = width >= 120 ? Math.min(66, Math.floor(width * 0.48)) : Math.max(32, Math.min(44, Math.floor(width * 0.42)));
	const chartWidth = Math.max(base, Math.min(needs, Math.floor(width * 0.6)));
	return {chartWidth, listWidth: width - chartWidth - 2, listHeight: height};
};

export const escalationListMax = (model: EscalationModel, {width, height}: {width: number; height: number}): number =>
	Math.max(
		0,
		listItems(model, layout(width, height - detailKeyLines(model.keyLines, width, height, false).length, false).listWidth).length - 1,
	);

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

// With `glue`, the value, originator and marks of a figure are kept on one line when wrapped.
const otherText = (figure: OtherFigure, glue = ' ') =>
	`${figure.originator.replace(/\s+/g, glue)}${glue}${figure.display}${figure.derived ? `${glue}(derived)` : ''}${glue}${printMarks(figure.marks)}`;

/** The selected day in words, with every other originator's count of it. */
const dayText = (bar: Bar, series: string) => {
	const own = bar.kind === 'no-report' ? `no report from ${series}` : `${barWords(bar)} ${printMarks(bar.marks)}`;
	return `Day ${bar.day.number}: ${own}${bar.others.length ? `; also ${bar.others.map((figure) => otherText(figure)).join('; ')}` : ''}`;
};

const noteOf = (bar: Bar, whole: boolean): string | undefined => {
	const parts = [bar.asOf ? `as of ${shortDate(bar.asOf)}` : '', !whole && bar.others.length ? `+${bar.others.length}` : ''].filter(
		Boolean,
	);
	if (bar.kind === 'no-report') return bar.others.length ? `(${plural(bar.others.length, 'other')})` : undefined;
	return parts.length ? parts.join(' ') : undefined;
};

const shortDate = (date: string) => formatDate(date).slice(0, -5);

/*
 * The chart's rows: a bar per day, but a run of days on which the
 * originator published nothing is one row ("-3…1 ·· no report, 5 days"),
 * unless it holds the selected day, so the bars get the height.
 */
type Unit = {bar: Bar; to?: Bar | undefined};
const unitsOf = (bars: Bar[], whole: boolean): Unit[] => {
	const units: Unit[] = [];
	for (const bar of bars) {
		const last = units.at(-1);
		const gap = (each: Bar) => each.kind === 'no-report' && (whole || !each.selected);
		if (last && gap(bar) && gap(last.to ?? last.bar)) last.to = bar;
		else units.push({bar});
	}
	return units;
};

const rowOf = (unit: Unit, tail: string, whole: boolean, alsoWidth: number): BarRow => {
	const {bar, to} = unit;
	if (to)
		return {
			key: bar.day.date,
			label: `${bar.day.number}…${to.day.number}`,
			kind: 'no-report',
			display: '',
			tail: '',
			note: `· ${to.day.number - bar.day.number + 1} days`,
			selected: false,
		};
	return {
		key: bar.day.date,
		label: `${String(bar.day.number).padStart(2)} ${bar.day.weekday}`,
		kind: bar.kind,
		value: bar.value,
		display: bar.display,
		tail,
		note: noteOf(bar, whole),
		selected: !whole && bar.selected,
		flagged: bar.flagged,
		...(whole && bar.others.length > 0
			? {also: wrapKept(`also: ${bar.others.map((figure) => otherText(figure, keep)).join(' · ')}`, alsoWidth)}
			: {}),
	};
};

export const EscalationPane = ({model, state, width, height: fullHeight, linear, whole}: PaneViewProps<EscalationModel>) => {
	// The key figure of the measure charted comes first, full width; chart and events have what it leaves.
	const keyBlock = detailKeyLines(model.keyLines, width, fullHeight, whole);
	const height = fullHeight - keyBlock.length;
	const {measure, series, bars} = model;
	const labelWidth = 6;
	const valueWidth = Math.max(1, ...bars.map((bar) => widthOf(bar.display)));
	const tails = new Map(bars.map((bar) => [bar, `${bar.flags}${bar.flags ? ' ' : ''}${printMarks(bar.marks)}`]));
	const tailWidth = Math.max(0, ...[...tails.values()].map(widthOf));
	// The chart is as wide as a bar of 6 with the widest value and its marks needs, within limits.
	const needs = 1 + labelWidth + 1 + 6 + 1 + valueWidth + 1 + tailWidth;
	// Read linearly (a screen reader), the chart and the events follow each other, each the full width.
	const {chartWidth, listWidth, listHeight} = layout(width, height, whole || linear, needs);
	const lines = (text: string, most: number) => (whole ? wrap(text, chartWidth) : wrap(text, chartWidth).slice(0, most));
	const title = measure ? lines(`${measure.label}, ${scopeLabel(measure.scope)}`, 2) : ['No daily figures in this round'];
	const who = series ? lines(`Count of ${series.label} · ${daysText(series.coverage)} of ${bars.length}`, 2) : [];
	const selected = bars.find((bar) => bar.selected);
	const dayDetail = whole || !selected || !series ? [] : lines(dayText(selected, series.label), 3);
	const keysText = `${model.others.length ? `o: next of ${model.others.length + 1} originators` : 'one originator'} · m/M: measure ${model.measureIndex + 1} of ${model.measureCount}`;
	const othersText = model.others.length
		? `Also counted by: ${model.others.map((other) => `${other.label} (${daysText(other.coverage)})`).join(', ')}`
		: 'No other originator counts this.';
	const legend = `${signs.derived.mark} derived · ${signs.carriedBar.mark} ${signs.carriedForward.mark} carried forward · ·· no report: none published by ${series?.label ?? 'the originator'}, not zero`;
	const notes = measure ? (whole ? [...lines(othersText, 9), ...lines(legend, 3)] : [...lines(keysText, 1), ...lines(othersText, 2)]) : [];
	const units = unitsOf(bars, whole);
	// Read linearly, chart and events follow each other on one screen: the chart takes at most half of it.
	const stacked = linear && !whole;
	const chartBudget = stacked ? Math.ceil(height / 2) : height;
	// On a short screen the day's detail, then the notes under the chart give way, never a bar: a column taller
	// than its box would be squeezed by the layout, lines drawn over each other.
	const spare = whole ? Infinity : Math.max(0, chartBudget - title.length - who.length - 1);
	const detail = dayDetail.slice(0, spare);
	const footer = notes.slice(0, Math.max(0, spare - detail.length));
	// Bars take the rows left over; with room to spare each bar is drawn thicker, so the chart fills its column.
	const room = Math.max(1, chartBudget - title.length - who.length - detail.length - footer.length);
	const thickness = whole ? 1 : Math.max(1, Math.min(5, Math.floor(room / Math.max(1, units.length))));
	const chartRows = whole ? units.length : Math.min(units.length, room);
	const unitIndex = Math.max(
		0,
		units.findIndex((unit) => unit.bar.selected),
	);
	const first = Math.max(0, Math.min(unitIndex - Math.floor(chartRows / 2), units.length - chartRows));
	// Notes ("as of 18 Nov", "+2") get their room when the bars keep at least 10 columns; otherwise they give way.
	const noteWidth = Math.max(0, ...bars.map((bar) => widthOf(noteOf(bar, whole) ?? '') + 1));
	const fixed = chartWidth - 1 - labelWidth - 1 - 1 - valueWidth - 1 - tailWidth;
	const barWidth = Math.max(3, fixed - noteWidth >= 10 ? fixed - noteWidth : fixed);
	const max = Math.max(0, ...bars.map((bar) => bar.value ?? 0));
	const barRows = units
		.slice(first, first + chartRows)
		.map((unit) => rowOf(unit, tails.get(unit.bar) ?? '', whole, chartWidth - labelWidth - 2));
	const items = listItems(model, listWidth);
	// A linear bar is one line, whatever the thickness.
	const eventsHeight = stacked
		? Math.max(1, height - title.length - who.length - barRows.length - detail.length - footer.length)
		: listHeight;
	const eventLines = whole ? items.flatMap((item) => item.lines()) : [];
	const text = (key: string, content: string[], style: {bold?: boolean; dimColor?: boolean}) =>
		content.map((line, index) => (
			<Text key={`${key}-${index}`} wrap="truncate-end" {...style}>
				{line}
			</Text>
		));
	return (
		<Box flexDirection="column">
			{keyBlock.map((line, index) => (
				<Text key={`k-${index}`} wrap="truncate-end">
					{line}
				</Text>
			))}
			<Box flexDirection={linear || whole ? 'column' : 'row'}>
				<Box flexDirection="column" width={chartWidth} marginRight={whole ? 0 : 2} marginBottom={whole ? 1 : 0}>
					{text('title', title, {bold: true})}
					{text('who', who, {})}
					{measure ? (
						<BarChart
							rows={barRows}
							width={chartWidth}
							labelWidth={labelWidth}
							barWidth={barWidth}
							valueWidth={valueWidth}
							max={max}
							linear={linear}
							thickness={thickness}
						/>
					) : null}
					{text('detail', detail, {})}
					{text('footer', footer, {dimColor: true})}
				</Box>
				<Box flexDirection="column" width={listWidth}>
					{whole ? (
						eventLines.map((line) => (
							<Text key={line.key} bold={line.style === 'heading'} dimColor={line.style === 'muted'}>
								{line.text}
							</Text>
						))
					) : (
						<ItemList items={items} offset={state.scroll.escalation} height={eventsHeight} />
					)}
				</Box>
			</Box>
		</Box>
	);
};
