import {Box, Text} from 'ink';
import {formatDate} from '../../data/calendar.js';
import {BarChart, type BarRow} from '../BarChart.js';
import {ItemList, type ListItem} from '../ScrollList.js';
import {fit, keep, truncate, wrap, wrapKept} from '../text.js';
import {printMarks} from '../../view/cite.js';
import type {PaneViewProps} from '../../panes/types.js';
import {eventText, quantityLabel, type BarFigure, type EscalationModel, type EventEntry} from '../../panes/escalation/model.js';
import type {ListLine} from './types.js';
import {LinearList, linearFact, linearHeading} from '../linear.js';
import {detailKeyLines} from '../KeyLines.js';

export {quantityLabel};

const eventItem = (event: EventEntry, width: number): ListItem => ({
	key: `${event.id}-${event.prefix}`,
	lines: () => wrap(eventText(event, printMarks), width - 2).map((line, index) => ({key: `${event.id}-${index}`, text: `${index === 0 ? '•' : ' '} ${line}`})),
});

const lineItem = (key: string, text: string, style?: ListLine['style']): ListItem => ({key, lines: () => [{key, text, style}]});

/** The list on the right: the day's events by kind, or every event matching the filter, by day. */
const listItems = (model: EscalationModel, width: number): ListItem[] => {
	const {day} = model;
	const items: ListItem[] = [];
	if (model.filter) items.push(lineItem('filter', truncate(`Filter "${model.filter}": ${model.eventCount} event${model.eventCount === 1 ? '' : 's'}`, width), 'muted'));
	else items.push(lineItem('title', truncate(`Events · Day ${day.number} · ${day.weekday} ${formatDate(day.date)}`, width), 'heading'));
	if (!model.filter && model.eventCount === 0) items.push(lineItem('none', 'No events reported for this day.', 'muted'));
	for (const section of model.sections) {
		items.push(lineItem(`h-${section.heading}`, truncate(section.heading, width), 'heading'));
		for (const event of section.events) items.push(eventItem(event, width));
	}
	if (model.filter && model.eventCount === 0) items.push(lineItem('none', 'No event mentions that.', 'muted'));
	model.notes.forEach((note, index) =>
		items.push({key: `note-${index}`, lines: () => wrap(`${model.eventCount > 0 ? 'Note: ' : ''}${note}`, width).map((text, line) => ({key: `note-${index}-${line}`, text, style: 'muted' as const}))}),
	);
	return items;
};

const layout = (width: number, height: number, whole: boolean) => {
	// Wide screens get a chart with claimant names; narrow ones keep the events readable. An export stacks the two, full width.
	if (whole) return {chartWidth: width, listWidth: width, listHeight: height};
	const chartWidth = width >= 120 ? Math.min(66, Math.floor(width * 0.48)) : Math.max(24, Math.min(30, Math.floor(width * 0.36)));
	return {chartWidth, listWidth: width - chartWidth - 2, listHeight: height};
};

export const escalationListMax = (model: EscalationModel, {width, height}: {width: number; height: number}): number =>
	Math.max(0, listItems(model, layout(width, height - detailKeyLines(model.keyLines, width, height, false).length, false).listWidth).length - 1);

// With `glue`, the value, claimant and marks are kept on one line when wrapped.
const figureText = (figure: BarFigure, marks: boolean, glue = ' ') =>
	`${figure.display}${glue}${figure.claimant.replace(/\s+/g, glue)}${figure.derived ? `${glue}(derived)` : ''}${marks ? `${glue}${printMarks(figure.marks)}` : ''}`;

/** "Claimant [3] +2": in an export the claimant is cut before its source marks are. */
const noteText = (top: BarFigure, others: number, room: number | undefined) => {
	const more = others > 0 ? ` +${others}` : '';
	if (room === undefined) return `${top.claimant}${more}`;
	const marks = ` ${printMarks(top.marks)}`;
	return `${truncate(top.claimant, Math.max(4, room - marks.length - more.length))}${marks}${more}`;
};

export const EscalationPane = ({model, state, width, height: fullHeight, linear, whole}: PaneViewProps<EscalationModel>) => {
	// The key figure of the measure charted comes first, full width; chart and events have what it leaves.
	const keyBlock = detailKeyLines(model.keyLines, width, fullHeight, whole);
	const height = fullHeight - keyBlock.length;
	const {chartWidth, listWidth, listHeight} = layout(width, height, whole);
	const {quantity, bars} = model;
	const wide = chartWidth >= 50;
	const labelWidth = 7;
	const valueWidth = 7;
	const noteWidth = wide ? chartWidth - 1 - labelWidth - 1 - 20 - 1 - valueWidth - 1 : 0;
	const barWidth = wide ? 20 : Math.max(4, chartWidth - 1 - labelWidth - 1 - 1 - valueWidth);
	const max = Math.max(0, ...bars.map((bar) => bar.figures[0]?.value ?? 0));
	const dayIndex = Math.max(0, bars.findIndex((bar) => bar.selected));

	const selected = bars[dayIndex];
	const footer = whole
		? []
		: selected
			? selected.figures.length === 0
				? wrap('No figure reported for this day.', chartWidth)
				: wrap(`Day ${selected.day.number}: ${selected.figures.map((figure) => figureText(figure, true)).join(' · ')}`, chartWidth)
			: [];
	const footerLines = footer.slice(0, Math.max(1, Math.min(3, height - 4)));
	const chartRows = whole ? bars.length : Math.max(1, height - 1 - footerLines.length);
	const first = Math.max(0, Math.min(dayIndex - Math.floor(chartRows / 2), bars.length - chartRows));
	const barRows: BarRow[] = bars.slice(first, first + chartRows).map((bar) => {
		const [top, ...others] = bar.figures;
		return {
			key: bar.day.date,
			label: `${String(bar.day.number).padStart(3)} ${bar.day.weekday}`,
			value: top?.value,
			display: top?.display ?? '',
			derived: top?.derived ?? false,
			selected: !whole && bar.selected,
			// An export cites every bar; the screen names its sources for the selected day below the chart.
			note: top ? noteText(top, others.length, whole ? Math.max(0, noteWidth) : undefined) : '',
			flagged: bar.flagged,
			...(whole && others.length > 0 ? {also: wrapKept(`also: ${others.map((figure) => figureText(figure, true, keep)).join(' · ')}`, chartWidth - labelWidth - 2)} : {}),
		};
	});
	if (linear) {
		// Screen reader: the measure day by day, every figure with its source, one day per line; then the events.
		const chart: ListItem = {
			key: 'chart',
			lines: () => [
				linearHeading('chart-title', quantity ? `${quantityLabel(quantity)}, per day` : 'No daily figures in this round'),
				...bars.flatMap((bar) =>
					linearFact(`bar-${bar.day.date}`, `${bar.selected ? '▸ ' : ''}Day ${bar.day.number} ${bar.day.weekday}: ${bar.figures.length ? bar.figures.map((figure) => figureText(figure, true)).join(' · ') : 'no report'}`, width),
				),
			],
		};
		const all = [chart, ...listItems(model, width)];
		return whole ? <LinearList lines={all.flatMap((item) => item.lines())} offset={0} height={height} whole /> : <ItemList items={all} offset={state.scroll.escalation} height={height} />;
	}
	const items = listItems(model, listWidth);
	const eventLines = whole ? items.flatMap((item) => item.lines()) : [];
	return (
		<Box flexDirection="column">
			{keyBlock.map((line, index) => (
				<Text key={`k-${index}`} wrap="truncate-end">
					{line}
				</Text>
			))}
		<Box flexDirection={linear || whole ? 'column' : 'row'}>
			<Box flexDirection="column" width={chartWidth} marginRight={whole ? 0 : 2} marginBottom={whole ? 1 : 0}>
				<Text bold wrap="truncate-end">
					{fit(quantity ? `${quantityLabel(quantity)} / day` : 'No daily figures in this round', chartWidth)}
				</Text>
				{quantity ? <BarChart rows={barRows} labelWidth={labelWidth} barWidth={barWidth} valueWidth={valueWidth} noteWidth={Math.max(0, noteWidth)} max={max} linear={linear} /> : null}
				{footerLines.map((line, index) => (
					<Text key={`f-${index}`} dimColor wrap="truncate-end">
						{line}
					</Text>
				))}
			</Box>
			<Box flexDirection="column" width={listWidth}>
				{whole ? (
					eventLines.map((line) => (
						<Text key={line.key} bold={line.style === 'heading'} dimColor={line.style === 'muted'}>
							{line.text}
						</Text>
					))
				) : (
					<ItemList items={items} offset={state.scroll.escalation} height={listHeight} />
				)}
			</Box>
		</Box>
		</Box>
	);
};
