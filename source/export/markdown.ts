import type {Figure, Round} from '../data/schema.js';
import {formatDate} from '../data/calendar.js';
import {clockTime} from '../data/time.js';
import {eventsByKind} from '../data/events.js';
import {initiativesOn} from '../data/diplomacy.js';
import {matchingEvents} from '../data/escalation.js';
import {compareRounds} from '../data/compare.js';
import {selectedDay, type NavState} from '../state/navigation.js';
import {paneLabel} from '../state/keymap.js';
import {derived} from '../ui/derived.js';
import {formatFigure, formatValue} from '../ui/text.js';
import {finishMarkdown, footnoteRef, mdCell, mdText as t, mdUrl} from './markdown-text.js';

/*
 * A Markdown brief of one pane: its tables as Markdown tables, its events as a
 * list, its sources as footnotes ([^n] uses the same numbers as the screen).
 * Every string from data goes through mdText (t) or mdCell: it is never live Markdown or HTML.
 */

const table = (head: string[], rows: string[][]) =>
	[`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(mdCell).join(' | ')} |`)].join('\n');

export const paneMarkdown = (round: Round, state: NavState, rounds: Round[] = [round]): string => {
	const numbers = derived.footnotes(round);
	const cited = new Set<number>();
	const notes = (ids: readonly string[]) =>
		ids
			.map((id) => {
				const number = numbers.get(id)!;
				cited.add(number);
				return footnoteRef(number);
			})
			.join('');
	const day = derived.days(round)[selectedDay(state)]!;
	const phase = day.phase === 'hostilities' ? '' : ` (${day.phase})`;
	const out: string[] = [`# ${t(round.title)}`, '', `**${paneLabel(state.pane)} · Day ${day.number} · ${day.weekday} ${formatDate(day.date)}${phase}**`, ''];
	const figures = (claims: Figure[]) => claims.map(formatFigure).join(' / ');

	if (state.pane === 'escalation') {
		const quantities = derived.quantities(round);
		const measure = quantities.length > 0 ? quantities[state.metric % quantities.length] : undefined;
		if (measure) {
			out.push(`## ${t(measure.metric.replaceAll('-', ' '))} · ${t(measure.population)}, per day`, '');
			out.push(
				table(
					['Day', 'Date', 'Figure', 'Claimant', 'Other claimants'],
					derived.dayRows(round, measure).map((row) => {
						const [top, ...others] = row.figures;
						return [
							String(row.day.number),
							`${row.day.weekday} ${formatDate(row.day.date)}`,
							top ? `${formatValue(top.value, top.qualifier)}${top.derived ? ' (derived)' : ''}` : 'no report',
							top ? `${top.claimant} ${notes(top.sources)}` : '',
							others.map((figure) => `${formatValue(figure.value, figure.qualifier)} ${figure.claimant} ${notes(figure.sources)}`).join('; '),
						];
					}),
				),
				'',
			);
		}
		const events = state.filter.text
			? derived.days(round).flatMap((each) => matchingEvents(derived.events(round, each.date), state.filter.text))
			: derived.events(round, day.date);
		out.push(state.filter.text ? `## Events mentioning "${t(state.filter.text)}"` : `## Events on ${formatDate(day.date)}`, '');
		if (events.length === 0) out.push('No events reported for this day.', '');
		for (const group of eventsByKind(events)) {
			out.push(`### ${t(group.kind)}`, '');
			for (const event of group.events)
				out.push(`- ${state.filter.text ? `${formatDate(event.date)}: ` : ''}${event.time ? `${t(clockTime(round, event.date, event.time))} ` : ''}${t(event.summary)} ${notes(event.sources)}`);
			out.push('');
		}
	}

	if (state.pane === 'casualties') {
		out.push(`## Killed and wounded as of ${formatDate(day.date)}`, '', 'Each line is one claimant\'s latest cumulative count; figures of different claimants are never combined.', '');
		out.push(
			table(
				['Population', 'Subgroup', 'Claimant', 'Killed', 'Wounded', 'As of', 'Sources'],
				derived.casualtyLines(round, day.date).map((line) => [
					line.population,
					line.subgroup ?? '',
					line.claimant,
					figures(line.killed),
					figures(line.wounded),
					formatDate(line.asOf),
					notes([...new Set([...line.killed, ...line.wounded].flatMap((figure) => figure.sources))]),
				]),
			),
			'',
		);
	}

	if (state.pane === 'diplomacy') {
		const rows = initiativesOn(round, day.date);
		out.push(`## Initiatives on ${formatDate(day.date)}`, '');
		out.push(
			table(
				['Initiative', 'Status', 'Since', 'Actors'],
				rows.map(({initiative, current}) => [initiative.title, current?.status ?? 'not yet', current ? formatDate(current.date) : '', [...initiative.actors, ...(initiative.mediators ?? []).map((mediator) => `via ${mediator}`)].join(', ')]),
			),
			'',
		);
		for (const {initiative} of rows) {
			const steps = initiative.history.filter((step) => step.date <= day.date);
			if (steps.length === 0) continue;
			out.push(`### ${t(initiative.title)}`, '');
			for (const step of steps) out.push(`- ${formatDate(step.date)}${step.time ? ` ${t(clockTime(round, step.date, step.time))}` : ''} · ${t(step.status)}: ${t(step.note)} ${notes(step.sources)}`);
			out.push('');
		}
	}

	if (state.pane === 'compare') {
		const other = rounds[state.compare.vs] ?? round;
		const comparison = compareRounds(round, other, state.compare.claimantRank);
		// The two rounds number their sources separately; the counts here are traced in each round's own export.
		const killed = (figure: Figure | undefined) => (figure ? formatFigure(figure) : 'no report');
		out.push(`## ${t(round.title)} (A) and ${t(other.title)} (B), by day of hostilities`, '');
		for (const [label, side] of [['A', comparison.a], ['B', comparison.b]] as const)
			out.push(`- ${label}: killed, cumulative: ${t(side.sides.map((each) => `${each.population} by ${each.claimant ?? 'no claimant'}`).join('; ')) || 'no death counts'}`);
		out.push('', 'Each count is that claimant\'s latest as of the day; its sources are in the round\'s own export (casualties pane).', '');
		out.push(
			table(
				['Day', 'A date', 'A killed (1)', 'A killed (2)', 'A milestones', 'B date', 'B killed (1)', 'B killed (2)', 'B milestones'],
				comparison.rows.map((row) => [
					String(row.day),
					row.a ? formatDate(row.a.date) : '',
					row.a ? killed(row.a.killed[0]) : '',
					row.a ? killed(row.a.killed[1]) : '',
					row.a?.milestones.join(', ') ?? '',
					row.b ? formatDate(row.b.date) : '',
					row.b ? killed(row.b.killed[0]) : '',
					row.b ? killed(row.b.killed[1]) : '',
					row.b?.milestones.join(', ') ?? '',
				]),
			),
			'',
		);
		for (const [label, side] of [['A', comparison.a], ['B', comparison.b]] as const)
			out.push(
				`- ${label}: ${side.headline.daysToCeasefire === undefined ? 'no ceasefire in force recorded' : `ceasefire in force on day ${side.headline.daysToCeasefire}`}; ${t(side.headline.killedPerDay.map((each) => (each.final ? `${each.population}: ${formatFigure(each.final)} ÷ ${side.headline.hostilityDays} days = ${each.perDay!.toFixed(1)} a day (${each.claimant})` : `${each.population}: no count`)).join('; '))}`,
			);
		out.push('');
	}

	if (state.pane === 'sources') {
		out.push('## Sources', '');
		for (const source of round.sources) out.push(`- [${numbers.get(source.id)}] ${describe(source)}`);
		out.push('');
	}

	if (cited.size > 0) {
		out.push('---', '');
		for (const number of [...cited].sort((a, b) => a - b)) out.push(`[^${number}]: ${describe(round.sources[number - 1]!)}`);
		out.push('');
	}
	return finishMarkdown(`${out.join('\n').trimEnd()}\n`);
};

const describe = (source: Round['sources'][number]): string =>
	[
		t(source.outlet),
		source.published ? formatDate(source.published) : 'n.d.',
		source.title ? `"${t(source.title)}"` : undefined,
		source.author ? `by ${t(source.author)}` : undefined,
		source.url ? mdUrl(source.url) : undefined,
		source.commissioned ? '(commissioned article)' : undefined,
	]
		.filter(Boolean)
		.join(', ');
