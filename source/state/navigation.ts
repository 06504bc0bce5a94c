/*
 * Navigation state and its reducer: which round, day, pane, selection and
 * overlay the reader is on. Pure: (state, action) => state, no React, no data
 * loading. What it needs to know about the data (how many days a round has,
 * how long a list is) comes in the state's round shapes or in the action.
 */

export const panes = ['overview', 'escalation', 'casualties', 'diplomacy', 'sources', 'compare'] as const;
export type Pane = (typeof panes)[number];

/** What the reducer needs to know about a round. */
export type RoundShape = {
	id: string;
	dayCount: number;
	/** The day the round opens on: its last day of hostilities. */
	defaultDay: number;
	initiativeCount: number;
};

export type Overlay = 'none' | 'help' | 'history';

export type NavState = {
	rounds: RoundShape[];
	round: number;
	/** Selected day index, per round, so switching rounds and back keeps one's place. */
	days: number[];
	pane: Pane;
	/** Index into the chartable measures of the escalation pane. */
	metric: number;
	/** Which originator's series of the measure the chart draws: by rank of coverage, wrapping. */
	series: number;
	/** The casualty pane shows each group's older counts instead of one line saying how many there are. */
	olderOpen: boolean;
	/** First visible line of each pane's scrolling list. */
	scroll: Record<Pane, number>;
	/** Selected initiative on the diplomacy pane. */
	selection: number;
	overlay: Overlay;
	/** Scroll of the overlay being read (help, history). */
	overlayScroll: number;
	filter: {text: string; editing: boolean};
	brief: boolean;
	/** The compare pane: the other round (an index into rounds) and the rank of the claimant whose counts are compared. */
	compare: {vs: number; claimantRank: number};
};

export type Action =
	| {type: 'show-pane'; pane: Pane}
	| {type: 'cycle-pane'; by: 1 | -1}
	| {type: 'step-day'; by: number}
	| {type: 'first-day'}
	| {type: 'last-day'}
	/** Move the selection (diplomacy) or scroll the pane's list; `max` is the last valid position. */
	| {type: 'move'; by: number; max: number}
	| {type: 'next-round'}
	/** Next (1) or previous (-1) of the `count` chartable measures. */
	| {type: 'cycle-metric'; by: 1 | -1; count: number}
	/** The next originator's series of the charted measure. */
	| {type: 'cycle-series'}
	/** Show or fold the casualty pane's older counts. */
	| {type: 'toggle-older'}
	| {type: 'open'}
	| {type: 'close'}
	| {type: 'toggle-help'}
	| {type: 'start-filter'}
	| {type: 'filter-type'; text: string}
	| {type: 'filter-erase'}
	| {type: 'filter-done'}
	| {type: 'toggle-brief'}
	| {type: 'cycle-vs'}
	| {type: 'cycle-claimant'};

const noScroll: Record<Pane, number> = {overview: 0, escalation: 0, casualties: 0, diplomacy: 0, sources: 0, compare: 0};

/** The round compared with the current one: the next one that is not itself (itself when it is alone). */
const otherRound = (count: number, round: number, from: number): number => {
	if (count < 2) return round;
	const next = from % count;
	return next === round ? (next + 1) % count : next;
};

export const initialState = (
	rounds: RoundShape[],
	options: {round?: number; day?: number; pane?: Pane; brief?: boolean; vs?: number} = {},
): NavState => ({
	rounds,
	round: options.round ?? 0,
	days: rounds.map((shape, index) => (index === (options.round ?? 0) && options.day !== undefined ? options.day : shape.defaultDay)),
	pane: options.pane ?? 'overview',
	metric: 0,
	series: 0,
	olderOpen: false,
	scroll: {...noScroll},
	selection: 0,
	overlay: 'none',
	overlayScroll: 0,
	filter: {text: '', editing: false},
	brief: options.brief ?? false,
	compare: {vs: options.vs ?? otherRound(rounds.length, options.round ?? 0, (options.round ?? 0) + 1), claimantRank: 0},
});

const clamp = (value: number, min: number, max: number): number => Math.max(min, Math.min(max, value));

export const selectedDay = (state: NavState): number => state.days[state.round] ?? 0;

const withDay = (state: NavState, day: number): NavState => {
	const shape = state.rounds[state.round];
	if (!shape) return state;
	const next = clamp(day, 0, shape.dayCount - 1);
	if (next === selectedDay(state)) return state;
	const days = [...state.days];
	days[state.round] = next;
	// A new day has a new event list and a new casualty table: both start at the top; the other tables keep their place.
	return {...state, days, scroll: {...state.scroll, escalation: 0, casualties: 0}};
};

// Another pane opens at its top: a scroll position kept from an earlier visit would show a table's middle without its head.
const withPane = (state: NavState, pane: Pane): NavState =>
	pane === state.pane ? state : {...state, pane, scroll: {...state.scroll, [pane]: 0}};

export const navigate = (state: NavState, action: Action): NavState => {
	switch (action.type) {
		case 'show-pane':
			return {...withPane(state, action.pane), overlay: 'none', overlayScroll: 0};
		case 'cycle-pane': {
			const index = (panes.indexOf(state.pane) + action.by + panes.length) % panes.length;
			return {...withPane(state, panes[index]!), overlay: 'none', overlayScroll: 0};
		}
		case 'step-day':
			return withDay(state, selectedDay(state) + action.by);
		case 'first-day':
			return withDay(state, 0);
		case 'last-day':
			return withDay(state, (state.rounds[state.round]?.dayCount ?? 1) - 1);
		case 'move': {
			const max = Math.max(0, action.max);
			if (state.overlay !== 'none') return {...state, overlayScroll: clamp(state.overlayScroll + action.by, 0, max)};
			if (state.pane === 'diplomacy') return {...state, selection: clamp(state.selection + action.by, 0, max)};
			return {...state, scroll: {...state.scroll, [state.pane]: clamp(state.scroll[state.pane] + action.by, 0, max)}};
		}
		case 'next-round': {
			if (state.rounds.length < 2) return state;
			const round = (state.round + 1) % state.rounds.length;
			return {
				...state,
				round,
				scroll: {...noScroll},
				selection: 0,
				metric: 0,
				series: 0,
				overlay: 'none',
				overlayScroll: 0,
				compare: {...state.compare, vs: state.compare.vs === round ? otherRound(state.rounds.length, round, round + 1) : state.compare.vs},
			};
		}
		case 'cycle-metric':
			return action.count > 0
				? {
						...state,
						metric: (((state.metric + action.by) % action.count) + action.count) % action.count,
						series: 0,
						scroll: {...state.scroll, escalation: 0},
					}
				: state;
		case 'cycle-series':
			return {...state, series: state.series + 1};
		case 'toggle-older':
			return {...state, olderOpen: !state.olderOpen};
		case 'open':
			if (state.pane !== 'diplomacy' || state.overlay !== 'none') return state;
			if ((state.rounds[state.round]?.initiativeCount ?? 0) === 0) return state;
			return {...state, overlay: 'history', overlayScroll: 0};
		case 'close':
			if (state.overlay !== 'none') return {...state, overlay: 'none', overlayScroll: 0};
			if (state.filter.text || state.filter.editing)
				return {...state, filter: {text: '', editing: false}, scroll: {...state.scroll, escalation: 0}};
			return state;
		case 'toggle-help':
			return {...state, overlay: state.overlay === 'help' ? 'none' : 'help', overlayScroll: 0};
		case 'start-filter':
			return {...state, pane: 'escalation', overlay: 'none', filter: {text: state.filter.text, editing: true}};
		case 'filter-type':
			return {...state, filter: {text: state.filter.text + action.text, editing: true}, scroll: {...state.scroll, escalation: 0}};
		case 'filter-erase':
			return {
				...state,
				filter: {text: [...state.filter.text].slice(0, -1).join(''), editing: true},
				scroll: {...state.scroll, escalation: 0},
			};
		case 'filter-done':
			return {...state, filter: {text: state.filter.text, editing: false}};
		case 'toggle-brief':
			return {...state, brief: !state.brief};
		case 'cycle-vs':
			return {
				...state,
				compare: {...state.compare, vs: otherRound(state.rounds.length, state.round, state.compare.vs + 1)},
				scroll: {...state.scroll, compare: 0},
			};
		case 'cycle-claimant':
			return {...state, compare: {...state.compare, claimantRank: state.compare.claimantRank + 1}};
	}
};
