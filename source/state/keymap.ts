import type {Key} from 'ink';
import {panes, type Action, type Overlay, type Pane} from './navigation.js';

/*
 * The one table of keys. Input handling, the help overlay and the status-bar
 * hints all read it, so what the screen says a key does is what it does.
 */

export type KeyPress = {input: string; key: Partial<Key>};

/** What a command needs to know about the screen to build its action. */
export type KeyContext = {pane: Pane; overlay: Overlay; listMax: number; metricCount: number; pageSize: number};

export type Command = Action | {type: 'quit'} | {type: 'export'};

export type Binding = {
	/** How the keys are written in help and hints. */
	keys: string;
	help: string;
	/** Short form for the status bar; bindings without one appear only in help. */
	hint?: string;
	/** 'browse' is ordinary use; 'filter' applies while typing a filter. */
	mode: 'browse' | 'filter';
	/** Panes where the key does something; all when absent. */
	panes?: readonly Pane[];
	matches: (press: KeyPress) => boolean;
	command: (context: KeyContext, press: KeyPress) => Command;
};

const named =
	(...names: Array<keyof Key>) =>
	({key}: KeyPress) =>
		names.some((name) => key[name] === true);
const typed =
	(...chars: string[]) =>
	({input, key}: KeyPress) =>
		!key.ctrl && !key.meta && chars.includes(input);
const either =
	(...tests: Array<(press: KeyPress) => boolean>) =>
	(press: KeyPress) =>
		tests.some((test) => test(press));

const paneLabels: Record<Pane, string> = {escalation: 'Escalation', casualties: 'Casualties', diplomacy: 'Diplomacy', sources: 'Sources', compare: 'Compare'};
export const paneLabel = (pane: Pane): string => paneLabels[pane];

export const keymap: readonly Binding[] = [
	...panes.map(
		(pane, index): Binding => ({
			keys: String(index + 1),
			help: `Show the ${paneLabels[pane]} pane`,
			...(index === 0 ? {hint: `1-${panes.length} pane`} : {}),
			mode: 'browse',
			matches: typed(String(index + 1)),
			command: () => ({type: 'show-pane', pane}),
		}),
	),
	{keys: 'Tab ]', help: 'Next pane', mode: 'browse', matches: either(({key}) => key.tab === true && !key.shift, typed(']')), command: () => ({type: 'cycle-pane', by: 1})},
	{keys: 'Shift-Tab [', help: 'Previous pane', mode: 'browse', matches: either(({key}) => key.tab === true && key.shift === true, typed('[')), command: () => ({type: 'cycle-pane', by: -1})},
	{keys: '← h', help: 'Previous day', mode: 'browse', matches: either(named('leftArrow'), typed('h')), command: () => ({type: 'step-day', by: -1})},
	{keys: '→ l', help: 'Next day', hint: '←→ day', mode: 'browse', matches: either(named('rightArrow'), typed('l')), command: () => ({type: 'step-day', by: 1})},
	{keys: 'g Home', help: 'First day', mode: 'browse', matches: either(typed('g'), named('home')), command: () => ({type: 'first-day'})},
	{keys: 'G End', help: 'Last day', mode: 'browse', matches: either(typed('G'), named('end')), command: () => ({type: 'last-day'})},
	{keys: '↑ k', help: 'Move up: selection or scroll', mode: 'browse', matches: either(named('upArrow'), typed('k')), command: (context) => ({type: 'move', by: -1, max: context.listMax})},
	{keys: '↓ j', help: 'Move down: selection or scroll', hint: '↑↓ move', mode: 'browse', matches: either(named('downArrow'), typed('j')), command: (context) => ({type: 'move', by: 1, max: context.listMax})},
	{keys: 'PgUp', help: 'Scroll up a page', mode: 'browse', matches: named('pageUp'), command: (context) => ({type: 'move', by: -context.pageSize, max: context.listMax})},
	{keys: 'PgDn', help: 'Scroll down a page', mode: 'browse', matches: named('pageDown'), command: (context) => ({type: 'move', by: context.pageSize, max: context.listMax})},
	{keys: 'm', help: 'Chart another measure (rockets, strikes, killed …)', hint: 'm measure', mode: 'browse', panes: ['escalation'], matches: typed('m'), command: (context) => ({type: 'cycle-metric', count: context.metricCount})},
	{keys: 'Enter', help: 'Open the selected initiative\'s history', hint: 'Enter history', mode: 'browse', panes: ['diplomacy'], matches: named('return'), command: () => ({type: 'open'})},
	{keys: 'v', help: 'Compare with another round', hint: 'v other round', mode: 'browse', panes: ['compare'], matches: typed('v'), command: () => ({type: 'cycle-vs'})},
	{keys: 'c', help: 'Compare another claimant\'s counts (by rank of coverage)', hint: 'c claimant', mode: 'browse', panes: ['compare'], matches: typed('c'), command: () => ({type: 'cycle-claimant'})},
	{keys: 'Esc', help: 'Close the overlay, or clear the filter', mode: 'browse', matches: named('escape'), command: () => ({type: 'close'})},
	{keys: '/', help: 'Filter events by text (all days)', hint: '/ filter', mode: 'browse', matches: typed('/'), command: () => ({type: 'start-filter'})},
	{keys: 'r', help: 'Next round', hint: 'r round', mode: 'browse', matches: typed('r'), command: () => ({type: 'next-round'})},
	{keys: 'b', help: 'Brief mode: no key hints, a footer naming the sources in view', hint: 'b brief', mode: 'browse', matches: typed('b'), command: () => ({type: 'toggle-brief'})},
	{keys: 'e', help: 'Export this frame as SVG and PNG (brief mode) into the current folder', hint: 'e export', mode: 'browse', matches: typed('e'), command: () => ({type: 'export'})},
	{keys: '?', help: 'Show or hide this help', hint: '? help', mode: 'browse', matches: typed('?'), command: () => ({type: 'toggle-help'})},
	{keys: 'q Ctrl-C', help: 'Quit', hint: 'q quit', mode: 'browse', matches: either(typed('q'), ({input, key}) => key.ctrl === true && input === 'c'), command: () => ({type: 'quit'})},
	{keys: 'Enter', help: 'Keep the filter and go back to browsing', mode: 'filter', matches: named('return'), command: () => ({type: 'filter-done'})},
	{keys: 'Esc', help: 'Clear the filter', mode: 'filter', matches: named('escape'), command: () => ({type: 'close'})},
	{keys: 'Backspace', help: 'Delete the last character', mode: 'filter', matches: named('backspace', 'delete'), command: () => ({type: 'filter-erase'})},
	{keys: 'Ctrl-C', help: 'Quit', mode: 'filter', matches: ({input, key}) => key.ctrl === true && input === 'c', command: () => ({type: 'quit'})},
	{
		keys: 'any text',
		help: 'Type the filter',
		mode: 'filter',
		matches: ({input, key}) => input.length > 0 && !key.ctrl && !key.meta && !/[\u0000-\u001F\u007F]/.test(input),
		command: (_context, press) => ({type: 'filter-type', text: press.input}),
	},
];

/** The command a key press means in the current mode and pane, if any. */
export const commandFor = (press: KeyPress, context: KeyContext, filtering: boolean): Command | undefined => {
	const mode = filtering ? 'filter' : 'browse';
	const binding = keymap.find(
		(candidate) => candidate.mode === mode && (!candidate.panes || candidate.panes.includes(context.pane)) && candidate.matches(press),
	);
	return binding?.command(context, press);
};

/** Status-bar hints for a pane, in table order. */
export const hintsFor = (pane: Pane): string[] =>
	keymap.filter((binding) => binding.mode === 'browse' && binding.hint && (!binding.panes || binding.panes.includes(pane))).map((binding) => binding.hint!);

/*
 * Keys typed faster than the terminal is read arrive as one chunk ("jjj", or
 * "/gaza"): each character is read as its own key press, in turn, so the
 * mode a key sets (typing a filter) applies to the keys after it.
 */
export const splitPresses = (press: KeyPress): KeyPress[] => {
	// Esc then a key, sent together, reaches us as "meta + key" (the terminal's Alt): sitrep has no Alt keys, so it is read as the two.
	const onlyMeta = press.key.meta === true && Object.entries(press.key).every(([name, on]) => name === 'meta' || !on);
	if (onlyMeta && [...press.input].length >= 1) return [{input: '', key: {escape: true}}, ...splitPresses({input: press.input, key: {}})];
	const plain = !Object.values(press.key).some(Boolean);
	const characters = [...press.input];
	return plain && characters.length > 1 ? characters.map((input) => ({input, key: {}})) : [press];
};
