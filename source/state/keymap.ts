import type {Key} from 'ink';
import {panes, type Action, type Overlay, type Pane} from './navigation.js';

/*
 * The one table of keys. Each entry names an action and the keys bound to it
 * as data (a typed character, or a key name with its modifiers, after
 * gemini-cli's keyBindings): input handling matches against the bindings, and
 * help, hints and the README's key table write them out, so what the screen
 * says a key does is what it does.
 */

/** Named keys: those that type no character. */
export const keyNames = [
	'up',
	'down',
	'left',
	'right',
	'pageup',
	'pagedown',
	'home',
	'end',
	'return',
	'escape',
	'tab',
	'backspace',
	'delete',
] as const;
export type KeyName = (typeof keyNames)[number];

/**
 * One way to press an action: a typed character (`{key: 'j'}`, `{key: 'c', ctrl: true}`; an upper-case letter is its own key,
 * so Shift is not written), a named key with its modifiers (`{name: 'tab', shift: true}`), or any printable text (the filter).
 */
export type KeyBinding = {key: string; ctrl?: boolean} | {name: KeyName; shift?: boolean; ctrl?: boolean} | {text: 'printable'};

/** One key as read from the terminal, after a chunk of input has been split into keys. */
export type Keystroke = {name?: KeyName | undefined; text: string; ctrl: boolean; shift: boolean};

/** What a command needs to know about the screen to build its action. */
export type KeyContext = {pane: Pane; overlay: Overlay; listMax: number; metricCount: number; pageSize: number};

export type Command = Action | {type: 'quit'} | {type: 'export'};

export type Mode = 'browse' | 'filter';

export type KeymapEntry = {
	/** A unique name for the action, as in the README's table and the tests. */
	action: string;
	/** 'browse' is ordinary use; 'filter' applies while typing a filter. */
	mode: Mode;
	/** In the order help shows them. */
	bindings: readonly KeyBinding[];
	help: string;
	/** The status-bar hint's word(s), after the keys; entries without one appear only in help. */
	hint?: string;
	/** The hint's keys start with the first key of this (paired) action: "←→ day". */
	hintPairedWith?: string;
	/** Panes where the key does something; all when absent. */
	panes?: readonly Pane[];
	command: (context: KeyContext, stroke: Keystroke) => Command;
};

const paneLabels: Record<Pane, string> = {
	overview: 'Overview',
	escalation: 'Escalation',
	casualties: 'Casualties',
	diplomacy: 'Diplomacy',
	sources: 'Sources',
	compare: 'Compare',
};
export const paneLabel = (pane: Pane): string => paneLabels[pane];

const keys = (...chars: string[]): KeyBinding[] => chars.map((key) => ({key}));
const move =
	(by: (context: KeyContext) => number) =>
	(context: KeyContext): Command => ({type: 'move', by: by(context), max: context.listMax});

export const keymap: readonly KeymapEntry[] = [
	{
		action: 'pane.show',
		mode: 'browse',
		bindings: keys(...panes.map((_, index) => String(index + 1))),
		help: `Show a pane: ${panes.map((pane, index) => `${index + 1} ${paneLabels[pane]}`).join(', ')}`,
		hint: 'pane',
		command: (_context, stroke) => ({type: 'show-pane', pane: panes[Number(stroke.text) - 1] ?? panes[0]}),
	},
	{
		action: 'pane.next',
		mode: 'browse',
		bindings: [{name: 'tab'}, {key: ']'}],
		help: 'Next pane',
		command: () => ({type: 'cycle-pane', by: 1}),
	},
	{
		action: 'pane.previous',
		mode: 'browse',
		bindings: [{name: 'tab', shift: true}, {key: '['}],
		help: 'Previous pane',
		command: () => ({type: 'cycle-pane', by: -1}),
	},
	{
		action: 'day.previous',
		mode: 'browse',
		bindings: [{name: 'left'}, {key: 'h'}],
		help: 'Previous day',
		command: () => ({type: 'step-day', by: -1}),
	},
	{
		action: 'day.next',
		mode: 'browse',
		bindings: [{name: 'right'}, {key: 'l'}],
		help: 'Next day',
		hint: 'day',
		hintPairedWith: 'day.previous',
		command: () => ({type: 'step-day', by: 1}),
	},
	{action: 'day.first', mode: 'browse', bindings: [{key: 'g'}, {name: 'home'}], help: 'First day', command: () => ({type: 'first-day'})},
	{action: 'day.last', mode: 'browse', bindings: [{key: 'G'}, {name: 'end'}], help: 'Last day', command: () => ({type: 'last-day'})},
	{
		action: 'move.up',
		mode: 'browse',
		bindings: [{name: 'up'}, {key: 'k'}],
		help: 'Move up: selection, or scroll (help too)',
		command: move(() => -1),
	},
	{
		action: 'move.down',
		mode: 'browse',
		bindings: [{name: 'down'}, {key: 'j'}],
		help: 'Move down: selection, or scroll (help too)',
		hint: 'move',
		hintPairedWith: 'move.up',
		command: move(() => 1),
	},
	{
		action: 'page.up',
		mode: 'browse',
		bindings: [{name: 'pageup'}],
		help: 'Scroll up a page',
		command: move((context) => -context.pageSize),
	},
	{
		action: 'page.down',
		mode: 'browse',
		bindings: [{name: 'pagedown'}],
		help: 'Scroll down a page',
		command: move((context) => context.pageSize),
	},
	{
		action: 'measure.next',
		mode: 'browse',
		bindings: keys('m'),
		help: 'Chart the next measure (rockets, strikes, killed …)',
		hint: 'measure',
		panes: ['escalation'],
		command: (context) => ({type: 'cycle-metric', by: 1, count: context.metricCount}),
	},
	{
		action: 'measure.previous',
		mode: 'browse',
		bindings: keys('M'),
		help: 'Chart the previous measure',
		panes: ['escalation'],
		command: (context) => ({type: 'cycle-metric', by: -1, count: context.metricCount}),
	},
	{
		action: 'open',
		mode: 'browse',
		bindings: [{name: 'return'}],
		help: "Open the selected initiative's history",
		hint: 'history',
		panes: ['diplomacy'],
		command: () => ({type: 'open'}),
	},
	{
		action: 'casualties.older',
		mode: 'browse',
		bindings: [{name: 'return'}],
		help: 'Show or fold the older counts (originators whose latest count is from an earlier day)',
		hint: 'older counts',
		panes: ['casualties'],
		command: () => ({type: 'toggle-older'}),
	},
	{
		action: 'series.next',
		mode: 'browse',
		bindings: keys('o'),
		help: "Chart another originator's count of the measure (by days covered)",
		panes: ['escalation'],
		command: () => ({type: 'cycle-series'}),
	},
	{
		action: 'compare.round',
		mode: 'browse',
		bindings: keys('v'),
		help: 'Compare with another round',
		hint: 'other round',
		panes: ['compare'],
		command: () => ({type: 'cycle-vs'}),
	},
	{
		action: 'compare.claimant',
		mode: 'browse',
		bindings: keys('c'),
		help: 'Compare the next pair of originators of the same kind in both rounds (health authority in both, UN in both…)',
		hint: 'counters',
		panes: ['compare'],
		command: () => ({type: 'cycle-claimant'}),
	},
	{
		action: 'close',
		mode: 'browse',
		bindings: [{name: 'escape'}],
		help: 'Close the overlay, or clear the filter',
		command: () => ({type: 'close'}),
	},
	{
		action: 'filter.start',
		mode: 'browse',
		bindings: keys('/'),
		help: 'Filter events by text (all days)',
		hint: 'filter',
		command: () => ({type: 'start-filter'}),
	},
	{action: 'round.next', mode: 'browse', bindings: keys('r'), help: 'Next round', hint: 'round', command: () => ({type: 'next-round'})},
	{
		action: 'brief',
		mode: 'browse',
		bindings: keys('b'),
		help: 'Brief mode: no key hints, a footer naming the sources in view',
		hint: 'brief',
		command: () => ({type: 'toggle-brief'}),
	},
	{
		action: 'export',
		mode: 'browse',
		bindings: keys('e'),
		help: 'Export this frame as SVG and PNG (brief mode) into the current folder',
		hint: 'export',
		command: () => ({type: 'export'}),
	},
	{
		action: 'help',
		mode: 'browse',
		bindings: keys('?'),
		help: 'Show or hide help: every key, and what every sign means',
		hint: 'help',
		command: () => ({type: 'toggle-help'}),
	},
	{
		action: 'quit',
		mode: 'browse',
		bindings: [{key: 'q'}, {key: 'c', ctrl: true}],
		help: 'Quit',
		hint: 'quit',
		command: () => ({type: 'quit'}),
	},
	{
		action: 'filter.keep',
		mode: 'filter',
		bindings: [{name: 'return'}],
		help: 'Keep the filter and go back to browsing',
		command: () => ({type: 'filter-done'}),
	},
	{action: 'filter.clear', mode: 'filter', bindings: [{name: 'escape'}], help: 'Clear the filter', command: () => ({type: 'close'})},
	{
		action: 'filter.erase',
		mode: 'filter',
		bindings: [{name: 'backspace'}, {name: 'delete'}],
		help: 'Delete the last character',
		command: () => ({type: 'filter-erase'}),
	},
	{action: 'filter.quit', mode: 'filter', bindings: [{key: 'c', ctrl: true}], help: 'Quit', command: () => ({type: 'quit'})},
	{
		action: 'filter.type',
		mode: 'filter',
		bindings: [{text: 'printable'}],
		help: 'Type the filter',
		command: (_context, stroke) => ({type: 'filter-type', text: stroke.text}),
	},
];

const nameLabels: Record<KeyName, string> = {
	up: '↑',
	down: '↓',
	left: '←',
	right: '→',
	pageup: 'PgUp',
	pagedown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	backspace: 'Backspace',
	delete: 'Del',
};

/** "j", "Ctrl-C", "Shift-Tab", "any text". */
export const bindingLabel = (binding: KeyBinding): string => {
	if ('text' in binding) return 'any text';
	const base = 'name' in binding ? nameLabels[binding.name] : binding.ctrl ? binding.key.toUpperCase() : binding.key;
	const shift = 'name' in binding && binding.shift ? 'Shift-' : '';
	return `${binding.ctrl ? 'Ctrl-' : ''}${shift}${base}`;
};

/** An entry's keys as help writes them: "↓ j"; a run of digits as "1-5". */
export const keysLabel = (entry: Pick<KeymapEntry, 'bindings'>, separator = ' '): string => {
	const labels = entry.bindings.map(bindingLabel);
	const digits = labels.every((label) => /^\d$/.test(label));
	return digits && labels.length > 2 ? `${labels[0]}-${labels.at(-1)}` : labels.join(separator);
};

const same = (a: KeyBinding, b: KeyBinding): boolean => bindingLabel(a) === bindingLabel(b);

const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/;

const matches = (binding: KeyBinding, stroke: Keystroke): boolean => {
	if ('text' in binding) return !stroke.name && !stroke.ctrl && stroke.text.length > 0 && !controlCharacters.test(stroke.text);
	if ('name' in binding)
		return stroke.name === binding.name && stroke.shift === (binding.shift ?? false) && stroke.ctrl === (binding.ctrl ?? false);
	// A typed character carries its own case: Shift is part of "G", not a modifier to compare.
	return !stroke.name && stroke.text === binding.key && stroke.ctrl === (binding.ctrl ?? false);
};

const applies = (entry: KeymapEntry, mode: Mode, pane: Pane) => entry.mode === mode && (!entry.panes || entry.panes.includes(pane));

/** The keymap entry a key stroke means in this mode and pane, if any. */
export const entryFor = (stroke: Keystroke, pane: Pane, filtering: boolean): KeymapEntry | undefined => {
	const mode = filtering ? 'filter' : 'browse';
	return keymap.find((entry) => applies(entry, mode, pane) && entry.bindings.some((binding) => matches(binding, stroke)));
};

/** The command a key stroke means in the current mode and pane, if any. */
export const commandFor = (stroke: Keystroke, context: KeyContext, filtering: boolean): Command | undefined =>
	entryFor(stroke, context.pane, filtering)?.command(context, stroke);

/** Pairs of entries that share a binding in a mode and on a pane: none, or a key would do two things. */
export const bindingClashes = (): Array<[string, string, string]> => {
	const clashes: Array<[string, string, string]> = [];
	keymap.forEach((entry, index) => {
		for (const other of keymap.slice(index + 1)) {
			if (other.mode !== entry.mode) continue;
			if (entry.panes && other.panes && !entry.panes.some((pane) => other.panes!.includes(pane))) continue;
			for (const binding of entry.bindings)
				if (other.bindings.some((each) => same(each, binding))) clashes.push([entry.action, other.action, bindingLabel(binding)]);
		}
	});
	return clashes;
};

const hintOf = (entry: KeymapEntry): string => {
	const paired = entry.hintPairedWith ? keymap.find((each) => each.action === entry.hintPairedWith) : undefined;
	const first = (each: KeymapEntry) =>
		each.bindings.length > 2 && /^\d$/.test(bindingLabel(each.bindings[0]!)) ? keysLabel(each) : bindingLabel(each.bindings[0]!);
	return `${paired ? first(paired) : ''}${first(entry)} ${entry.hint}`;
};

/** Status-bar hints for a pane, in table order: "1-5 pane", "←→ day", "? help". */
export const hintsFor = (pane: Pane): Array<{action: string; text: string}> =>
	keymap.filter((entry) => entry.hint && applies(entry, 'browse', pane)).map((entry) => ({action: entry.action, text: hintOf(entry)}));

/* Reading keys from Ink. */

const inkNames: Array<[keyof Key, KeyName]> = [
	['upArrow', 'up'],
	['downArrow', 'down'],
	['leftArrow', 'left'],
	['rightArrow', 'right'],
	['pageUp', 'pageup'],
	['pageDown', 'pagedown'],
	['home', 'home'],
	['end', 'end'],
	['return', 'return'],
	['escape', 'escape'],
	['tab', 'tab'],
	['backspace', 'backspace'],
	['delete', 'delete'],
];

/** A single control character as the key it is, the way Ink reads it alone: "\r" Enter, "\x7f" Delete, "\x03" Ctrl-C. */
const strokeOfCharacter = (character: string): Keystroke => {
	const plain = {text: character, ctrl: false, shift: false};
	if (character === '\r' || character === '\n') return {...plain, text: '', name: 'return'};
	if (character === '\t') return {...plain, text: '', name: 'tab'};
	if (character === '\b') return {...plain, text: '', name: 'backspace'};
	if (character === '\u007F') return {...plain, text: '', name: 'delete'};
	if (character === '\u001B') return {...plain, text: '', name: 'escape'};
	const code = character.codePointAt(0) ?? 0;
	if (code >= 1 && code <= 26) return {text: String.fromCharCode(code + 96), ctrl: true, shift: false};
	return plain;
};

/*
 * Ink 6.8 cuts a chunk of input at escape sequences only: each sequence (an
 * arrow, PgDn, "Esc j") reaches useInput on its own, parsed, but the plain
 * characters between them arrive as one string with no key flags set: "j\r"
 * (j then Enter), "\x7f\x7f\x7f" (three Backspaces), "/gaza". Such a string is
 * read character by character here, each as the key it is alone, so every key
 * takes effect, in order, and the mode one sets (typing a filter) applies to
 * the keys after it.
 */
export const keystrokesOf = (input: string, key: Partial<Key>): Keystroke[] => {
	const name = inkNames.find(([flag]) => key[flag] === true)?.[1];
	const ctrl = key.ctrl === true;
	const shift = key.shift === true;
	// Esc then a key, sent together, reaches us as "meta + key" (the terminal's Alt; also Ink's flag on Esc itself):
	// sitrep has no Alt keys, so it is read as the two.
	if (key.meta === true && name !== 'escape')
		return [{text: '', name: 'escape', ctrl: false, shift: false}, ...keystrokesOf(input, {...key, meta: false})];
	if (name) return [{name, text: '', ctrl, shift}];
	if (ctrl) return [{text: input, ctrl, shift}];
	const characters = [...input];
	if (characters.length === 1) return [{...strokeOfCharacter(characters[0]!), ...(shift ? {shift} : {})}];
	return characters.map(strokeOfCharacter);
};

/** The README's key table, written from the keymap: `npm run keys-doc` puts it between the README's keys markers. */
export const keysMarkdown = (): string => {
	const code = (label: string) => (label === 'any text' ? label : `\`${label}\``);
	const row = (entry: KeymapEntry) => {
		const digits = keysLabel(entry) !== entry.bindings.map(bindingLabel).join(' ');
		const keys = digits
			? keysLabel(entry).split('-').map(code).join('–')
			: entry.bindings.map((binding) => code(bindingLabel(binding))).join(', ');
		const where = entry.mode === 'filter' ? 'typing a filter' : entry.panes ? entry.panes.map(paneLabel).join(', ') : 'any pane';
		return `| ${keys} | ${where} | ${entry.help.replaceAll('|', '\\|')} |`;
	};
	return ['| keys | where | action |', '| --- | --- | --- |', ...keymap.map(row)].join('\n');
};

export const keysMarkers = {
	start: '<!-- keys: generated from source/state/keymap.ts by `npm run keys-doc` -->',
	end: '<!-- /keys -->',
} as const;

/** The README with its key table replaced by the keymap's; unchanged when the markers are missing. */
export const withKeysTable = (readme: string): string => {
	const start = readme.indexOf(keysMarkers.start);
	const end = readme.indexOf(keysMarkers.end);
	if (start < 0 || end < start) return readme;
	return `${readme.slice(0, start + keysMarkers.start.length)}\n${keysMarkdown()}\n${readme.slice(end)}`;
};
