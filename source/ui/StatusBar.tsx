import {Text} from '../render/primitives.js';
import {hintsFor} from '../state/keymap.js';
import type {NavState} from '../state/navigation.js';
import {cleanText} from '../data/clean-text.js';
import {fit, truncate, widthOf} from './text.js';

// Help and quit must stay findable at any width: they are pinned to the right.
const pinned = new Set(['help', 'quit']);

/** Key hints from the keymap, or the filter being typed. */
export const StatusBar = ({state, width, message: raw}: {state: NavState; width: number; message?: string | undefined}) => {
	// Messages carry file names and library errors, the filter what was typed or pasted: all untrusted.
	const message = raw === undefined ? undefined : cleanText(raw);
	const filterText = cleanText(state.filter.text);
	if (state.filter.editing)
		return (
			<Text inverse wrap="truncate-end">
				{fit(` / ${filterText}▏  Enter keep · Esc clear`, width)}
			</Text>
		);
	const hints = hintsFor(state.pane);
	const right = hints
		.filter((hint) => pinned.has(hint.action))
		.map((hint) => hint.text)
		.join('  ');
	const room = Math.max(0, width - widthOf(right) - 2);
	// Whole hints only, in table order, as many as fit; the rest are in help.
	let left = message ?? (state.filter.text ? `filter "${filterText}" (Esc clears)` : '');
	if (message === undefined)
		for (const {text} of hints.filter((each) => !pinned.has(each.action))) {
			const next = left ? `${left}  ${text}` : text;
			if (widthOf(next) > room) break;
			left = next;
		}
	return (
		<Text dimColor wrap="truncate-end">
			{truncate(`${fit(left, room)}  ${right}`, width)}
		</Text>
	);
};
