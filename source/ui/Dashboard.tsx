import {Box, Text} from '../render/primitives.js';
import type {Round} from '../data/schema.js';
import {formatDate} from '../data/calendar.js';
import {selectedDay, type NavState} from '../state/navigation.js';
import {derived} from './derived.js';
import {Header} from './Header.js';
import {TabBar} from './TabBar.js';
import {StatusBar} from './StatusBar.js';
import {TooSmall, minimumSize} from './TooSmall.js';
import {HelpOverlay, helpListMax} from './panes/HelpOverlay.js';
import {HistoryOverlay, historyListMax} from './panes/HistoryOverlay.js';
import type {PaneProps} from './panes/types.js';
import {PaneGuard} from './PaneGuard.js';
import type {ComponentType} from 'react';
import type {Pane} from '../state/navigation.js';
import {paneContext, paneModule, viewModel} from '../panes/registry.js';
import {wrap} from './text.js';

export type FrameProps = {
	rounds: Round[];
	state: NavState;
	width: number;
	height: number;
	linear?: boolean;
	message?: string | undefined;
	/** Brief mode: lines that replace the status bar (sources cited, round and day). */
	footer?: string[] | undefined;
	/**
	 * An export: the whole pane, as tall as it needs to be (height is ignored),
	 * with no scrolling, selection, key hints or overlay.
	 */
	whole?: boolean | undefined;
	/** Stand-in pane components (tests use one that fails). */
	panes?: Partial<Record<Pane, ComponentType<PaneProps>>> | undefined;
};

// Header, tab bar and a status bar or footer; the frame stays one row shorter
// than the terminal, since Ink clears the whole screen on every render when it is not.
const bodyHeight = ({height, footer}: Pick<FrameProps, 'height' | 'footer'>) => Math.max(1, height - 1 - 2 - (footer ? footer.length : 1));

const paneProps = (props: FrameProps): PaneProps | undefined => {
	const round = props.rounds[props.state.round];
	return round
		? {round, rounds: props.rounds, state: props.state, width: props.width, height: bodyHeight(props), linear: props.linear ?? false}
		: undefined;
};

/** What a key needs to know about the frame: the last position of the list it moves, and a page. */
export const frameContext = (props: FrameProps): {listMax: number; pageSize: number; metricCount: number} => {
	const pane = paneProps(props);
	const context = paneContext(props.rounds, props.state);
	if (!pane || !context) return {listMax: 0, pageSize: 1, metricCount: 0};
	const {round, state, width, height, linear} = pane;
	const module = paneModule(state.pane);
	const listMax =
		state.overlay === 'help'
			? helpListMax(width, height)
			: state.overlay === 'history'
				? historyListMax(round, round.initiatives[state.selection], context.day.date, width, height)
				: module.listMax(viewModel(module, context), {width, height, linear});
	const page =
		state.overlay === 'none' && module.pageSize ? module.pageSize(viewModel(module, context), {width, height, linear}) : height - 2;
	return {listMax, pageSize: Math.max(1, page), metricCount: derived.measures(round).length};
};

const Body = (props: PaneProps & {panes?: FrameProps['panes']; whole: boolean}) => {
	const {round, rounds, state, width, height, linear, whole} = props;
	const day = derived.days(round)[selectedDay(state)];
	if (!whole && state.overlay === 'help') return <HelpOverlay width={width} height={height} offset={state.overlayScroll} />;
	const initiative = round.initiatives[state.selection];
	if (!whole && state.overlay === 'history' && initiative && day)
		return (
			<HistoryOverlay round={round} initiative={initiative} date={day.date} width={width} height={height} offset={state.overlayScroll} />
		);
	const StandIn = props.panes?.[state.pane];
	if (StandIn) return <StandIn {...props} />;
	const context = paneContext(rounds, state);
	if (!context) return null;
	const module = paneModule(state.pane);
	return <module.View model={viewModel(module, context)} state={state} width={width} height={height} linear={linear} whole={whole} />;
};

/** An export's header: the round's title wrapped, never cut, then the day. */
const WholeHeader = ({round, text, width}: {round: Round; text: string; width: number}) => (
	<>
		{wrap(`${round.title} · ${formatDate(round.start)} – ${formatDate(round.end)}`, width).map((line, index) => (
			<Text key={index} bold>
				{line}
			</Text>
		))}
		<Text bold>{text}</Text>
	</>
);

/** One whole frame of the dashboard, drawn from its props alone: the app, snapshots and exports all render this. */
export const Dashboard = (props: FrameProps) => {
	const {rounds, state, width, height, message, footer} = props;
	const whole = props.whole ?? false;
	if (width < minimumSize.width || (!whole && height < minimumSize.height)) return <TooSmall width={width} height={height} />;
	const pane = paneProps(props);
	if (!pane) return <Text>No rounds are open.</Text>;
	const day = derived.days(pane.round)[selectedDay(state)];
	if (!day) return <Text>This round has no days.</Text>;
	const roundLabel = `${state.brief ? '' : 'r: '}${pane.round.shortTitle}${rounds.length > 1 && !whole && !state.brief ? ` (${state.round + 1}/${rounds.length})` : ''}`;
	const phase = day.phase === 'hostilities' ? '' : `${day.phase} · `;
	return (
		<Box flexDirection="column" width={width} {...(whole ? {} : {height: height - 1})}>
			{whole ? (
				<WholeHeader round={pane.round} text={`${phase}Day ${day.number} · ${day.weekday} ${formatDate(day.date)}`} width={width} />
			) : (
				<Header round={pane.round} day={day} width={width} />
			)}
			<TabBar pane={state.pane} roundLabel={roundLabel} width={width} brief={state.brief || whole} />
			<Box flexDirection="column" {...(whole ? {} : {height: pane.height, overflow: 'hidden' as const})}>
				<PaneGuard width={width} resetKey={`${state.round} ${state.pane} ${selectedDay(state)} ${state.overlay}`}>
					<Body {...pane} panes={props.panes} whole={whole} />
				</PaneGuard>
			</Box>
			{footer ? (
				footer.map((line, index) => (
					<Text key={`footer-${index}`} dimColor={index > 0} wrap={whole ? 'wrap' : 'truncate-end'}>
						{/* An empty Text takes no line; the footer's height must not depend on its content. */}
						{line || ' '}
					</Text>
				))
			) : (
				<StatusBar state={state} width={width} message={message} />
			)}
		</Box>
	);
};
