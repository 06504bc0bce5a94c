import {Box, Text} from 'ink';
import type {Event, EventKind, Round} from '../../data/schema.js';
import {clockTime} from '../../data/time.js';
import type {Quantity} from '../../data/claims.js';
import {formatDate} from '../../data/calendar.js';
import {selectedDay} from '../../state/navigation.js';
import {derived} from '../derived.js';
import {BarChart, type BarRow} from '../BarChart.js';
import {ItemList, type ListItem} from '../ScrollList.js';
import {fit, formatValue, sourceMarks, truncate, wrap} from '../text.js';
import type {ListLine, PaneProps} from './types.js';

const kindLabels: Record<EventKind, string> = {
	strike: 'Strikes',
	'rocket-fire': 'Rocket fire',
	interception: 'Interceptions',
	casualties: 'Casualty reports',
	diplomacy: 'Diplomacy',
	statement: 'Statements',
	humanitarian: 'Humanitarian',
	unrest: 'Unrest',
	other: 'Other',
};

export const quantityLabel = (quantity: Quantity): string => `${quantity.metric.replaceAll('-', ' ')} · ${quantity.population}`;

const caveatText = {'single-source': ' (single source)', 'low-quality-source': ' (low-quality source)'} as const;

const eventItem = (event: Event, width: number, numbers: ReadonlyMap<string, number>, round: Pick<Round, 'timezone'>, prefix = ''): ListItem => ({
	key: event.id,
	lines: () => {
		const text = `${prefix}${event.time ? `${clockTime(round, event.date, event.time)} ` : ''}${event.summary} ${sourceMarks(event.sources, numbers)}${event.caveat ? caveatText[event.caveat] : ''}`;
		return wrap(text, width - 2).map((line, index) => ({key: `${event.id}-${index}`, text: `${index === 0 ? '•' : ' '} ${line}`}));
	},
});

const lineItem = (key: string, text: string, style?: ListLine['style']): ListItem => ({key, lines: () => [{key, text, style}]});

/** The list on the right: the day's events by kind, or every event matching the filter, by day. */
const listItems = ({round, state}: PaneProps, width: number): ListItem[] => {
	const numbers = derived.footnotes(round);
	const days = derived.days(round);
	const day = days[selectedDay(state)];
	if (!day) return [];
	if (state.filter.text) {
		const items: ListItem[] = [];
		let count = 0;
		for (const each of days) {
			const matches = derived.matchingEvents(round, each.date, state.filter.text);
			if (matches.length === 0) continue;
			count += matches.length;
			items.push(lineItem(`h-${each.date}`, truncate(`Day ${each.number} · ${each.weekday} ${formatDate(each.date)}`, width), 'heading'));
			for (const event of matches) items.push(eventItem(event, width, numbers, round, `${kindLabels[event.kind]}: `));
		}
		items.unshift(lineItem('filter', truncate(`Filter "${state.filter.text}": ${count} event${count === 1 ? '' : 's'}`, width), 'muted'));
		if (count === 0) items.push(lineItem('none', 'No event mentions that.', 'muted'));
		return items;
	}
	const events = derived.events(round, day.date);
	const items: ListItem[] = [lineItem('title', truncate(`Events · Day ${day.number} · ${day.weekday} ${formatDate(day.date)}`, width), 'heading')];
	const notes = (round.dayNotes ?? []).filter((each) => each.date === day.date);
	if (events.length === 0) items.push(lineItem('none', 'No events reported for this day.', 'muted'));
	for (const group of derived.eventsByKind(round, day.date)) {
		items.push(lineItem(`k-${group.kind}`, truncate(`${kindLabels[group.kind]} (${group.events.length})`, width), 'heading'));
		for (const event of group.events) items.push(eventItem(event, width, numbers, round));
	}
	notes.forEach((note, index) =>
		items.push({key: `note-${index}`, lines: () => wrap(`${events.length > 0 ? 'Note: ' : ''}${note.note}`, width).map((text, line) => ({key: `note-${index}-${line}`, text, style: 'muted' as const}))}),
	);
	return items;
};

const layout = ({width, height}: PaneProps) => {
	// Wide screens get a chart with claimant names; narrow ones keep the events readable.
	const chartWidth = width >= 120 ? Math.min(66, Math.floor(width * 0.48)) : Math.max(24, Math.min(30, Math.floor(width * 0.36)));
	return {chartWidth, listWidth: width - chartWidth - 2, listHeight: height};
};

export const escalationListMax = (props: PaneProps): number => Math.max(0, listItems(props, layout(props).listWidth).length - 1);

export const EscalationPane = (props: PaneProps) => {
	const {round, state, height, linear} = props;
	const {chartWidth, listWidth, listHeight} = layout(props);
	const days = derived.days(round);
	const dayIndex = selectedDay(state);
	const quantities = derived.quantities(round);
	const quantity = quantities.length > 0 ? quantities[state.metric % quantities.length] : undefined;
	const rows = quantity ? derived.dayRows(round, quantity) : [];
	const filterDays = state.filter.text ? new Set(days.filter((day) => derived.matchingEvents(round, day.date, state.filter.text).length > 0).map((day) => day.date)) : new Set<string>();

	const wide = chartWidth >= 50;
	const labelWidth = 7;
	const valueWidth = 7;
	const noteWidth = wide ? chartWidth - 1 - labelWidth - 1 - 20 - 1 - valueWidth - 1 : 0;
	const barWidth = wide ? 20 : Math.max(4, chartWidth - 1 - labelWidth - 1 - 1 - valueWidth);
	const max = Math.max(0, ...rows.map((row) => row.figures[0]?.value ?? 0));

	const selected = rows[dayIndex];
	const footer = selected
		? selected.figures.length === 0
			? wrap('No figure reported for this day.', chartWidth)
			: wrap(
					`Day ${selected.day.number}: ` +
						selected.figures
							.map((figure) => `${formatValue(figure.value, figure.qualifier)} ${figure.claimant}${figure.derived ? ' (derived)' : ''} ${sourceMarks(figure.sources, derived.footnotes(round))}`)
							.join(' · '),
					chartWidth,
				)
		: [];
	const footerLines = footer.slice(0, Math.max(1, Math.min(3, height - 4)));
	const chartRows = Math.max(1, height - 1 - footerLines.length);
	const first = Math.max(0, Math.min(dayIndex - Math.floor(chartRows / 2), rows.length - chartRows));
	const barRows: BarRow[] = rows.slice(first, first + chartRows).map((row) => {
		const top = row.figures[0];
		const others = row.figures.length - 1;
		return {
			key: row.day.date,
			label: `${String(row.day.number).padStart(3)} ${row.day.weekday}`,
			value: top?.value,
			display: top ? formatValue(top.value, top.qualifier) : '',
			derived: top?.derived ?? false,
			selected: row.day.date === days[dayIndex]?.date,
			note: top ? `${top.claimant}${others > 0 ? ` +${others}` : ''}` : '',
			flagged: filterDays.has(row.day.date),
		};
	});

	return (
		<Box flexDirection={linear ? 'column' : 'row'}>
			<Box flexDirection="column" width={chartWidth} marginRight={2}>
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
				<ItemList items={listItems(props, listWidth)} offset={state.scroll.escalation} height={listHeight} />
			</Box>
		</Box>
	);
};
