import {formatDate} from '../data/calendar.js';
import {selectedDay} from '../state/navigation.js';
import {Dashboard, type FrameProps} from './Dashboard.js';
import {derived} from './derived.js';
import {truncate, wrap} from './text.js';
import {stripSgr} from '../view/ansi.js';
import {frameString} from '../render/frame-string.js';
import {paneContext, paneModule, viewModel} from '../panes/registry.js';
import type {Citation} from '../panes/types.js';

/*
 * Brief mode: the frame a reader can put in front of others. Key hints go;
 * a footer names every source cited in the frame, and the round and day.
 * Which sources are cited is read off the rendered frame itself, so the
 * footer can never miss a mark the reader sees nor list one they do not.
 */

/** Source numbers marked [n] in the text, ascending. */
export const citedNumbers = (text: string): number[] =>
	[...new Set([...text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1])))].sort((a, b) => a - b);

const footerFor = (props: FrameProps, cited: number[], room: number): string[] => {
	const round = props.rounds[props.state.round]!;
	const day = derived.days(round)[selectedDay(props.state)]!;
	// The day is what a reader must not lose; the title gives way first.
	const when = `Day ${day.number} · ${day.weekday} ${formatDate(day.date)}`;
	const where = truncate(`${truncate(round.title, Math.max(0, props.width - when.length - 3))} · ${when}`, props.width);
	if (props.state.pane === 'sources' && props.state.overlay === 'none')
		return [truncate(`Sources: as listed above (${round.sources.length} in this round)`, props.width), where];
	const items = cited.flatMap((number) => {
		const source = round.sources[number - 1];
		return source ? [`[${number}] ${source.outlet}${source.published ? `, ${formatDate(source.published)}` : ''}`] : [];
	});
	let lines = wrap(`Sources: ${items.length > 0 ? items.join(' · ') : 'none cited in this frame'}`, props.width);
	if (lines.length > room) {
		// Too many to name: say how many more, and where to find them.
		const kept = lines.slice(0, room);
		const shown = citedNumbers(kept.join(' ')).length - 1;
		kept[room - 1] = truncate(`${kept[room - 1]} … +${items.length - shown} more (Sources pane)`, props.width);
		lines = kept;
	}
	return [...lines, where];
};

/** The frame's props with its brief footer: the smallest footer that names every source left in view. */
export const withBriefFooter = (props: FrameProps): FrameProps => {
	const state = {...props.state, brief: true};
	// The footer may take up to a third of the screen, the round-and-day line included.
	const maxSourceLines = Math.max(1, Math.floor((props.height - 1) / 3) - 1);
	let sourceLines = 1;
	for (;;) {
		const trial = {...props, state, footer: Array.from({length: sourceLines + 1}, () => '')};
		const body = stripSgr(frameString(<Dashboard {...trial} />, props.width));
		const footer = footerFor(trial, citedNumbers(body), maxSourceLines);
		if (footer.length - 1 <= sourceLines || sourceLines >= maxSourceLines)
			return {
				...props,
				state,
				footer: [...footer.slice(0, -1), ...Array.from({length: sourceLines + 1 - footer.length}, () => ''), footer.at(-1)!],
			};
		// One line more at a time: a taller footer leaves less in view, and so often fewer sources to name.
		sourceLines++;
	}
};

/** "[3] Reuters, 20 Nov 2012, "Title"": how a footer names a source. */
export const citationText = ({mark, source}: Citation): string => {
	const parts = [source.outlet, source.published ? formatDate(source.published) : 'n.d.', source.title ? `"${source.title}"` : undefined];
	return `[${mark}] ${parts.filter(Boolean).join(', ')}`;
};

/** The sources an export of this pane cites: read off its view model, which an export draws whole. */
export const exportCitations = (props: Pick<FrameProps, 'rounds' | 'state'>): Citation[] => {
	const context = paneContext(props.rounds, props.state);
	if (!context) return [];
	const module = paneModule(props.state.pane);
	return module.cited(viewModel(module, context));
};

/*
 * An export's footer: every source the pane cites, each with outlet, date and
 * title (nothing is cut: the frame grows to hold it), then the round and day.
 */
export const withWholeFooter = (props: FrameProps): FrameProps => {
	const state = {...props.state, brief: true, overlay: 'none' as const};
	const round = props.rounds[state.round]!;
	const day = derived.days(round)[selectedDay(state)]!;
	const where = wrap(`${round.title} · Day ${day.number} · ${day.weekday} ${formatDate(day.date)}`, props.width);
	const citations = exportCitations({rounds: props.rounds, state});
	const sources =
		state.pane === 'sources'
			? `Sources: as listed above (${round.sources.length} in this round)`
			: `Sources: ${citations.length > 0 ? citations.map(citationText).join(' · ') : 'none cited in this frame'}`;
	return {...props, state, whole: true, footer: [...wrap(sources, props.width), ...where]};
};
