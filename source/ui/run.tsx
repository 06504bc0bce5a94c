import {EventEmitter} from 'node:events';
import type {Round} from '../data/schema.js';
import type {NavState} from '../state/navigation.js';
import type {Exporter} from './App.js';
import {Dashboard, type FrameProps} from './Dashboard.js';
import {cleanText} from '../data/clean-text.js';
import {renderStaticFrame} from '../render/to-string.js';

// Ink 6 has no alternate-screen option: enter it around render and leave it on every way out.
const enterAlternateScreen = '\u001B[?1049h\u001B[H';
const leaveAlternateScreen = '\u001B[?25h\u001B[?1049l';

// The `e` key: the frame as SVG and PNG, brief, into the current folder or --export-dir.
const exportInto =
	(folder: string): Exporter =>
	async (rounds, state, size) => {
		const {exportPicture} = await import('../export/frame.js');
		return exportPicture(folder, rounds, state, size);
	};

/*
 * The first frame, drawn by the string renderer while Ink and Yoga load: the
 * frame App draws first (its initial state, the notice, no brief footer yet),
 * at the same size and colour level, so it is byte for byte the frame Ink then
 * writes over it from the same place (the top left: Ink's first write erases
 * nothing and starts where the cursor is). Raw mode at once: keys typed
 * meanwhile are neither echoed over the frame nor lost; Ink reads them when it
 * starts listening. The screen-reader layout is Ink's own: not painted ahead.
 */
const paintFirstFrame = (props: FrameProps): void => {
	const frame = renderStaticFrame(<Dashboard {...props} />, {columns: props.width});
	if (frame === undefined) return;
	if (process.stdin.isTTY) process.stdin.setRawMode(true);
	process.stdout.write(`\u001B[?25l${frame}\u001B[H`);
};

/** `panes` stands in for registered panes: the end-to-end tests inject one that fails to draw (test/fixtures/fault-run.tsx). */
export const runInteractive = async (
	rounds: Round[],
	initial: NavState,
	linear: boolean,
	notice?: string,
	exportDir = process.cwd(),
	panes?: FrameProps['panes'],
): Promise<void> => {
	const {stdout, stdin} = process;
	let restored = false;
	const restore = () => {
		if (restored) return;
		restored = true;
		stdout.write(leaveAlternateScreen);
	};
	stdout.write(enterAlternateScreen);
	process.once('exit', restore);

	/*
	 * Suspend as other full-screen programs do: Ctrl-Z (a key in raw mode) or
	 * SIGTSTP from outside gives the terminal back (cooked mode, main screen,
	 * cursor), then stops the process for real; SIGCONT (fg) takes the screen
	 * again and redraws the whole frame.
	 */
	const redraws = new EventEmitter();
	let suspended = false;
	const suspend = () => {
		suspended = true;
		if (stdin.isTTY) stdin.setRawMode(false);
		stdout.write(leaveAlternateScreen);
		// SIGSTOP, not SIGTSTP: it cannot be caught or dropped (the kernel drops SIGTSTP in a group without a
		// job-control shell), so the process stops here, whatever listens; the shell reports it stopped.
		process.kill(process.pid, 'SIGSTOP');
	};
	const resume = () => {
		if (!suspended) return;
		suspended = false;
		if (stdin.isTTY) stdin.setRawMode(true);
		stdout.write(enterAlternateScreen);
		// Ink draws only what changed; after the screen was left, everything has.
		redraws.emit('redraw');
	};
	process.on('SIGTSTP', suspend);
	process.on('SIGCONT', resume);
	// Ink's instance, once Ink has started.
	const started: {ink?: {unmount: () => void}} = {};
	const quit = () => {
		started.ink?.unmount();
		restore();
		process.exit(0);
	};
	// Every signal that ends the program gives the terminal back first (from the first frame on: Ink may still be loading).
	for (const signal of ['SIGTERM', 'SIGHUP', 'SIGINT', 'SIGQUIT'] as const) process.once(signal, quit);
	// Whatever fails outside a pane, the terminal is given back before the one-line report.
	const crash = (error: unknown) => {
		try {
			started.ink?.unmount();
		} catch {
			// The tree may be what failed: the terminal is given back all the same.
		}
		restore();
		process.stderr.write(`sitrep: stopped by an internal error: ${cleanText(error instanceof Error ? error.message : String(error))}\n`);
		process.exit(1);
	};
	process.once('uncaughtException', crash);
	process.once('unhandledRejection', crash);
	if (!linear) paintFirstFrame({rounds, state: initial, width: stdout.columns || 80, height: stdout.rows || 24, message: notice, panes});
	// Resized before Ink starts: Ink draws at the new size, so nothing of the frame painted at the old one may stay.
	const clearOnResize = () => stdout.write('\u001B[2J\u001B[H');
	stdout.once('resize', clearOnResize);
	const [{render}, {App}] = await Promise.all([import('ink'), import('./App.js')]);
	stdout.off('resize', clearOnResize);

	const ink = render(
		<App
			rounds={rounds}
			initial={initial}
			linear={linear}
			exporter={exportInto(exportDir)}
			notice={notice}
			panes={panes}
			onSuspend={suspend}
			redraws={redraws}
		/>,
		{
			exitOnCtrlC: false,
			isScreenReaderEnabled: linear,
			// One 60 Hz frame at most between a key and its frame (Ink's default is 30 per second).
			maxFps: 60,
		},
	);
	started.ink = ink;
	try {
		await ink.waitUntilExit();
	} finally {
		process.off('SIGTSTP', suspend);
		process.off('SIGCONT', resume);
		restore();
	}
};
