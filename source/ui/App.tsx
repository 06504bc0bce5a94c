import type {EventEmitter} from 'node:events';
import {useEffect, useRef, useState} from 'react';
import {render, renderToString, useApp, useInput, useStdout} from 'ink';
import type {Round} from '../data/schema.js';
import {navigate, type NavState} from '../state/navigation.js';
import {commandFor, keystrokesOf} from '../state/keymap.js';
import {Dashboard, frameContext, type FrameProps} from './Dashboard.js';
import {withBriefFooter} from './brief.js';
import {warmModels} from '../panes/warm.js';
import {frameWarmup, type FrameWarmup} from './warm-frames.js';
import {keyRehearsal, rehearsalKeys, type MountCopy} from './key-rehearsal.js';
import {provideInk} from '../render/frame-string.js';

// The brief footer is measured on static frames; any the string renderer declines go to Ink, loaded with the app.
provideInk(renderToString);

// How long keys must pause before work for keys less likely next (other panes' models, frames drawn off-screen)
// goes on: longer than the gap between keys as people type, or hold an arrow key down.
const keysPaused = 250;

const sizeOf = (stdout: NodeJS.WriteStream) => ({columns: stdout.columns || 80, rows: stdout.rows || 24});

const useTerminalSize = () => {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => sizeOf(stdout));
	useEffect(() => {
		const onResize = () => setSize(sizeOf(stdout));
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
};

/** Writes the frame somewhere and says where, or why not: the app's one side effect besides drawing. */
export type Exporter = (rounds: Round[], state: NavState, size: {width: number; height: number}) => Promise<string>;

/** The interactive dashboard: keys become actions through the keymap, the reducer moves, the frame redraws. */
export const App = ({
	rounds,
	initial,
	linear,
	exporter,
	notice,
	panes,
	onSuspend,
	redraws,
	warmup: warmupOption,
	offscreen = false,
}: {
	rounds: Round[];
	initial: NavState;
	linear: boolean;
	exporter?: Exporter | undefined;
	/** Shown in the status bar until the first key: e.g. which --data file was skipped and why. */
	notice?: string | undefined;
	/** Stand-in pane components, passed to the frame (the fault-injection tests use one that fails). */
	panes?: FrameProps['panes'];
	/** Ctrl-Z: raw mode turns it into a key, so the runner suspends the process as the terminal would have. */
	onSuspend?: (() => void) | undefined;
	/** Emits 'redraw' when the screen was lost (after a suspend) and the whole frame must be drawn again. */
	redraws?: EventEmitter | undefined;
	/** Draws the frames a key away off-screen between keys (ui/warm-frames.ts); tests pass their own. */
	warmup?: FrameWarmup | undefined;
	/** The copy keys are rehearsed on (ui/key-rehearsal.ts): nothing worked out ahead, no brief footer. */
	offscreen?: boolean | undefined;
}) => {
	const [state, setState] = useState(initial);
	// Keys can arrive faster than React re-renders: each is read against the
	// state the keys before it produced, not the one last drawn (so "/" then
	// "r" types an r into the filter instead of switching rounds).
	const latest = useRef(initial);
	// A one-off line in the status bar (where an export went), cleared by the next key.
	const [message, setMessage] = useState<string | undefined>(notice);
	const {exit} = useApp();
	// Ink writes only what changed since its last frame: one blank frame, then the
	// frame again, makes it draw everything on a screen that was cleared behind
	// its back. The pause outlasts Ink's frame throttle, so the blank is not skipped.
	const [blank, setBlank] = useState(false);
	useEffect(() => {
		if (!redraws) return;
		const onRedraw = () => setBlank(true);
		redraws.on('redraw', onRedraw);
		return () => {
			redraws.off('redraw', onRedraw);
		};
	}, [redraws]);
	useEffect(() => {
		if (!blank) return;
		const timer = setTimeout(() => setBlank(false), 50);
		return () => clearTimeout(timer);
	}, [blank]);
	const {columns, rows} = useTerminalSize();
	// Until the first key nobody is typing: what waits for keys to pause below starts at once.
	const keyPressed = useRef(false);
	// Between keys, the models the next key most likely needs are worked out ahead (panes/warm.ts).
	useEffect(() => (offscreen ? undefined : warmModels(rounds, state, keyPressed.current ? keysPaused : 0)), [rounds, state, offscreen]);
	// After the first frame, and whenever keys pause, the frames a key away are drawn off-screen a dozen times
	// so that a first visit costs what a repeat one does (ui/warm-frames.ts), then keys are rehearsed once on an
	// off-screen copy of the app (ui/key-rehearsal.ts). A key stops both at once.
	const warmup = useRef<FrameWarmup | undefined>(undefined);
	warmup.current ??= warmupOption ?? defaultWarmup();
	useEffect(() => {
		const current = warmup.current!;
		current.resume({rounds, state, width: columns, height: rows, linear, panes}, keyPressed.current ? keysPaused : 0);
		return current.stop;
	}, [rounds, state, columns, rows, linear, panes]);
	// The app ends: the copy keys were rehearsed on goes with it.
	useEffect(() => () => warmup.current?.end?.(), []);
	useInput((input, key) => {
		warmup.current?.stop();
		keyPressed.current = true;
		if (key.ctrl && input === 'z' && onSuspend) {
			onSuspend();
			return;
		}
		setMessage(undefined);
		// One read can hold several keys ("j" then Enter, three Backspaces): each takes effect, in order.
		for (const stroke of keystrokesOf(input, key)) {
			const current = latest.current;
			const context = {
				pane: current.pane,
				overlay: current.overlay,
				...frameContext({rounds, state: current, width: columns, height: rows, linear}),
			};
			const command = commandFor(stroke, context, current.filter.editing);
			if (!command) continue;
			if (command.type === 'quit') {
				exit();
				return;
			}
			if (command.type === 'export') {
				if (!exporter) continue;
				setMessage('exporting…');
				exporter(rounds, current, {width: columns, height: rows}).then(setMessage, (error: Error) =>
					setMessage(`export failed: ${error.message}`),
				);
				continue;
			}
			latest.current = navigate(current, command);
		}
		setState(latest.current);
	});
	// The brief footer is found by rendering the frame on the side, which must not
	// happen while React is at work on this tree (Ink's layout engine is shared):
	// it is worked out on the next turn of the event loop after each change (out
	// of brief mode it is dropped then too; until then the frame ignores it).
	const [footer, setFooter] = useState<string[] | undefined>();
	useEffect(() => {
		const timer = setTimeout(
			() =>
				setFooter(state.brief && !offscreen ? withBriefFooter({rounds, state, width: columns, height: rows, linear}).footer : undefined),
			0,
		);
		return () => clearTimeout(timer);
	}, [rounds, state, columns, rows, linear, offscreen]);
	if (blank) return null;
	return (
		<Dashboard
			rounds={rounds}
			state={state}
			width={columns}
			height={rows}
			linear={linear}
			message={message}
			footer={state.brief && !message ? footer : undefined}
			panes={panes}
		/>
	);
};

// The copy keys are rehearsed on warms nothing itself.
const idle: FrameWarmup = {resume() {}, stop() {}};

// The app itself, on the terminal key-rehearsal.ts gives it: as run.tsx renders it, but with no console of its own,
// and a frame drawn for every key (keys come a turn of the event loop apart; at 60 a second Ink would skip most).
export const mountCopy: MountCopy = (props, {stdout, stdin}) => {
	const copy = render(
		<App
			offscreen
			rounds={props.rounds}
			// Browsing, as the keys rehearsed expect: no overlay open, no filter being typed.
			initial={{...props.state, overlay: 'none', overlayScroll: 0, filter: {...props.state.filter, editing: false}}}
			linear={props.linear ?? false}
			panes={props.panes}
			warmup={idle}
		/>,
		{stdout, stdin, exitOnCtrlC: false, patchConsole: false, isScreenReaderEnabled: props.linear ?? false, maxFps: 1000},
	);
	return () => copy.unmount();
};

/** The frames a key away, drawn off-screen; then keys rehearsed on a copy of the app. A key stops both. */
export const defaultWarmup = (mount = mountCopy, keys = rehearsalKeys(), passes = 12): FrameWarmup => {
	const rehearsal = keyRehearsal(mount, keys);
	const frames = frameWarmup((props) => renderToString(<Dashboard {...props} />, {columns: props.width}), passes, rehearsal.resume);
	return {
		resume: frames.resume,
		stop: () => {
			frames.stop();
			rehearsal.stop();
		},
		end: () => {
			frames.stop();
			rehearsal.end();
		},
	};
};
