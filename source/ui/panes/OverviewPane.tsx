import {Box, Text} from '../../render/primitives.js';
import {formatDate} from '../../data/calendar.js';
import {printMarks} from '../../view/cite.js';
import {overviewEventText, statusText, type OverviewModel} from '../../panes/overview/model.js';
import type {PaneViewProps} from '../../panes/types.js';
import {keyBlockLines} from '../KeyLines.js';
import {fit, truncate, widthOf, wrap} from '../text.js';

/*
 * The Overview: a heading, the key figures, each initiative's status that
 * day, and the day's main events. On screen everything is on one page: the
 * key figures take what the other two sections leave at their smallest, and
 * a section cut short says how much more there is and where.
 */

type Line = {text: string; bold?: boolean; dim?: boolean};

/** "text [3][4]" within a width: the text is cut before its source marks are. */
const withMarks = (text: string, marks: string[], width: number): string => {
	const cited = marks.length ? ` ${printMarks(marks)}` : '';
	return `${truncate(text, Math.max(8, width - widthOf(cited)))}${cited}`;
};

const initiativeLines = (model: OverviewModel, width: number, whole: boolean, max: number): Line[] => {
	if (model.initiatives.length === 0) return [];
	const titleWidth = Math.min(40, Math.max(22, Math.floor(width * 0.3)));
	const out: Line[] = [{text: `Diplomacy · status on ${model.day.weekday} ${formatDate(model.day.date).slice(0, -5)}`, bold: true}];
	const rows = model.initiatives.flatMap((each) => {
		const status = statusText(each, each.since === model.day.date);
		const text = `${status}${each.note ? `: ${each.note}` : ''}`;
		return [{text: ` ${fit(each.title, titleWidth)} ${withMarks(text, each.marks, width - titleWidth - 2)}`}];
	});
	const room = Math.max(1, max - 1);
	if (whole || rows.length <= room) return [...out, ...rows];
	// Cut short: the heading says how many more and where, so no row is given up to say it.
	return [{...out[0]!, text: truncate(`${out[0]!.text} (+${rows.length - room} more on Diplomacy)`, width)}, ...rows.slice(0, room)];
};

const eventLines = (model: OverviewModel, width: number, whole: boolean, max: number): Line[] => {
	const out: Line[] = [{text: `Main events · ${model.day.weekday} ${formatDate(model.day.date).slice(0, -5)}`, bold: true}];
	if (model.events.length === 0) return [...out, {text: ' No events reported for this day.', dim: true}];
	const rows = model.events.flatMap((event) =>
		// A slide: two lines an event at most, its sources kept; the whole text is on Escalation and in the .md.
		whole
			? (() => {
					const lines = wrap(`${overviewEventText(event)} ${printMarks(event.marks)}`, width - 3);
					const shown =
						lines.length <= 2
							? lines
							: [
									lines[0]!,
									withMarks(
										wrap(overviewEventText(event), width - 3)
											.slice(1)
											.join(' '),
										event.marks,
										width - 3,
									),
								];
					return shown.map((line, index) => ({text: `${index === 0 ? ' •' : '  '} ${line}`}));
				})()
			: [{text: ` • ${withMarks(overviewEventText(event), event.marks, width - 3)}`}],
	);
	const room = Math.max(1, max - 1);
	const kept = whole ? rows : rows.slice(0, room);
	const more = rows.length - kept.length + model.moreEvents;
	return [{...out[0]!, text: truncate(`${out[0]!.text}${more > 0 ? ` (+${more} more on Escalation)` : ''}`, width)}, ...kept];
};

/** The Overview's lines at a size: everything in an export, one page on screen. */
export const overviewLines = (model: OverviewModel, width: number, height: number, whole: boolean): Line[] => {
	const heading = whole
		? wrap(model.heading, width).map((text) => ({text, bold: true}))
		: [{text: truncate(widthOf(model.heading) <= width ? model.heading : model.shortHeading, width), bold: true}];
	if (whole) {
		const keys = keyBlockLines(model.lines, width, {whole}).map((text) => ({text}));
		return [...heading, ...keys, ...initiativeLines(model, width, true, 0), ...eventLines(model, width, true, 0)];
	}
	// The smallest the other sections may be: their heading and two rows (or one, at the smallest sizes).
	const small = height < 24;
	const initiativeMin = model.initiatives.length === 0 ? 0 : 1 + Math.min(model.initiatives.length, small ? 1 : 2);
	const eventMin = 1 + Math.min(Math.max(1, model.events.length), small ? 1 : 2);
	const keyAll = keyBlockLines(model.lines, width).length;
	const keyRoom = Math.max(3, Math.min(keyAll, height - heading.length - initiativeMin - eventMin));
	const keys = keyBlockLines(model.lines, width, {max: keyRoom, where: 'on Casualties and Escalation (e exports all)'}).map((text) => ({
		text,
	}));
	const left = height - heading.length - keys.length;
	// What is left goes to the events first (the day's news), then to the initiatives.
	const eventWanted = 1 + Math.max(1, model.events.length);
	const events = eventLines(model, width, false, Math.max(eventMin, Math.min(eventWanted, left - initiativeMin)));
	const initiatives = initiativeLines(model, width, false, Math.max(initiativeMin, left - events.length));
	return [...heading, ...keys, ...initiatives, ...events];
};

export const overviewListMax = (): number => 0;

export const OverviewPane = ({model, width, height, whole}: PaneViewProps<OverviewModel>) => (
	<Box flexDirection="column">
		{overviewLines(model, width, height, whole).map((line, index) => (
			<Text key={index} bold={line.bold ?? false} dimColor={line.dim ?? false} wrap="truncate-end">
				{line.text || ' '}
			</Text>
		))}
	</Box>
);
