import {Box, Text} from 'ink';
import type {Round} from '../data/schema.js';
import {selectedDay, type NavState} from '../state/navigation.js';
import {derived} from './derived.js';
import {Header} from './Header.js';
import {TabBar} from './TabBar.js';
import {StatusBar} from './StatusBar.js';
import {TooSmall, minimumSize} from './TooSmall.js';
import {EscalationPane, escalationListMax} from './panes/EscalationPane.js';
import {CasualtiesPane, casualtiesListMax} from './panes/CasualtiesPane.js';
import {DiplomacyPane, diplomacyListMax} from './panes/DiplomacyPane.js';
import {SourcesPane, sourcesListMax} from './panes/SourcesPane.js';
import {ComparePane, compareListMax} from './panes/ComparePane.js';
import {HelpOverlay, helpListMax} from './panes/HelpOverlay.js';
import {HistoryOverlay, historyListMax} from './panes/HistoryOverlay.js';
import type {PaneProps} from './panes/types.js';
import {PaneGuard} from './PaneGuard.js';
import type {ComponentType} from 'react';
import type {Pane} from '../state/navigation.js';

export type FrameProps = {
	rounds: Round[];
	state: NavState;
	width: number;
	height: number;
	linear?: boolean;
	message?: string | undefined;
	/** Brief mode: lines that replace the status bar (sources cited, round and day). */
	footer?: string[] | undefined;
	/** Stand-in pane components (tests use one that fails). */
	panes?: Partial<Record<Pane, ComponentType<PaneProps>>> | undefined;
};

// Header, tab bar and a status bar or footer; the frame stays one row shorter
// than the terminal, since Ink clears the whole screen on every render when it is not.
const bodyHeight = ({height, footer}: Pick<FrameProps, 'height' | 'footer'>) => Math.max(1, height - 1 - 2 - (footer ? footer.length : 1));

const paneProps = (props: FrameProps): PaneProps | undefined => {
	const round = props.rounds[props.state.round];
	return round ? {round, rounds: props.rounds, state: props.state, width: props.width, height: bodyHeight(props), linear: props.linear ?? false} : undefined;
};

/** What a key needs to know about the frame: the last position of the list it moves, and a page. */
export const frameContext = (props: FrameProps): {listMax: number; pageSize: number; metricCount: number} => {
	const pane = paneProps(props);
	if (!pane) return {listMax: 0, pageSize: 1, metricCount: 0};
	const {round, state, width, height} = pane;
	const date = derived.days(round)[selectedDay(state)]?.date ?? round.start;
	const listMax =
		state.overlay === 'help'
			? helpListMax(width, height)
			: state.overlay === 'history'
				? historyListMax(round, round.initiatives[state.selection], date, width, height)
				: {escalation: escalationListMax, casualties: casualtiesListMax, diplomacy: diplomacyListMax, sources: sourcesListMax, compare: compareListMax}[state.pane](pane);
	return {listMax, pageSize: Math.max(1, height - 2), metricCount: derived.quantities(round).length};
};

const paneComponents: Record<Pane, ComponentType<PaneProps>> = {
	escalation: EscalationPane,
	casualties: CasualtiesPane,
	diplomacy: DiplomacyPane,
	sources: SourcesPane,
	compare: ComparePane,
};

const Body = (props: PaneProps & {panes?: FrameProps['panes']}) => {
	const {round, state, width, height} = props;
	if (state.overlay === 'help') return <HelpOverlay width={width} height={height} offset={state.overlayScroll} />;
	const initiative = round.initiatives[state.selection];
	const day = derived.days(round)[selectedDay(state)];
	if (state.overlay === 'history' && initiative && day)
		return <HistoryOverlay round={round} initiative={initiative} date={day.date} width={width} height={height} offset={state.overlayScroll} />;
	const Chosen = props.panes?.[state.pane] ?? paneComponents[state.pane];
	return <Chosen {...props} />;
};

/** One whole frame of the dashboard, drawn from its props alone: the app, snapshots and exports all render this. */
export const Dashboard = (props: FrameProps) => {
	const {rounds, state, width, height, message, footer} = props;
	if (width < minimumSize.width || height < minimumSize.height) return <TooSmall width={width} height={height} />;
	const pane = paneProps(props);
	if (!pane) return <Text>No rounds are open.</Text>;
	const day = derived.days(pane.round)[selectedDay(state)];
	if (!day) return <Text>This round has no days.</Text>;
	const roundLabel = `${state.brief ? '' : 'r: '}${pane.round.shortTitle}${rounds.length > 1 ? ` (${state.round + 1}/${rounds.length})` : ''}`;
	return (
		<Box flexDirection="column" width={width} height={height - 1}>
			<Header round={pane.round} day={day} width={width} />
			<TabBar pane={state.pane} roundLabel={roundLabel} width={width} brief={state.brief} />
			<Box flexDirection="column" height={pane.height} overflow="hidden">
				<PaneGuard width={width} resetKey={`${state.round} ${state.pane} ${selectedDay(state)} ${state.overlay}`}>
					<Body {...pane} panes={props.panes} />
				</PaneGuard>
			</Box>
			{footer ? (
				footer.map((line, index) => (
					<Text key={`footer-${index}`} dimColor={index > 0} wrap="truncate-end">
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
