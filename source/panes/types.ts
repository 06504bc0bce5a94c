import type {ComponentType} from 'react';
import type {Day} from '../data/calendar.js';
import type {Round, Source} from '../data/schema.js';
import type {Command} from '../state/keymap.js';
import type {NavState, Pane} from '../state/navigation.js';

/*
 * A pane is one module: what it is called, which keys act on it, the plain data
 * it shows (its view model), the Ink view of that model, and the Markdown and
 * JSON writers of the same model. The screen, the exports and the bench all go
 * through the model, so they cannot show different figures.
 */

/** What a view model is built from: the round, the selected day and the navigation state. */
export type PaneContext = {round: Round; rounds: Round[]; state: NavState; day: Day};

/**
 * A source cited by what the pane shows: its mark as printed ("3", or "B3" for
 * the second round of a comparison, which numbers its sources separately).
 */
export type Citation = {mark: string; source: Source};

/** A figure as printed ("≥1,900", "120–140") with the marks of its sources. */
export type ShownFigure = {value: string; marks: string[]};

/** How the view is drawn: on screen (a window of `height` lines, scrolled), or whole for an export. */
export type PaneViewProps<M> = {model: M; state: NavState; width: number; height: number; linear: boolean; whole: boolean};

export type PaneModule<M = never> = {
	id: Pane;
	label: string;
	/** The keymap actions that act on this pane beyond the common ones (references to the keymap's commands). */
	keys: ReadonlyArray<Command['type']>;
	model: (context: PaneContext) => M;
	View: ComponentType<PaneViewProps<M>>;
	/** The last position of the list the ↑↓ keys move, at this size. */
	listMax: (model: M, size: {width: number; height: number; linear: boolean}) => number;
	/** How far PgUp/PgDn move at this size, where a page is not the pane's height less two (a table with a pinned head). */
	pageSize?: (model: M, size: {width: number; height: number; linear: boolean}) => number;
	/** Every source the pane shows a mark for, when drawn whole, in mark order. */
	cited: (model: M) => Citation[];
	/** Every figure the pane shows, as printed, with its marks: what a test compares across screen and exports. */
	figures: (model: M) => ShownFigure[];
	/** The Markdown body (under the export's title line), each figure with its [^n] notes. */
	markdown: (model: M) => string[];
	/** The model as JSON data. */
	json: (model: M) => Record<string, unknown>;
};

/** A pane module with its model type forgotten, as the registry holds it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPane = PaneModule<any>;
