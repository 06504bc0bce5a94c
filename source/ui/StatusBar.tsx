import {Text} from 'ink';
import {hintsFor} from '../state/keymap.js';
import type {NavState} from '../state/navigation.js';
import {fit, truncate} from './text.js';

/** Key hints from the keymap, or the filter being typed. */
export const StatusBar = ({state, width, message}: {state: NavState; width: number; message?: string | undefined}) => {
	if (state.filter.editing)
		return (
			<Text inverse wrap="truncate-end">
				{fit(` / ${state.filter.text}▏  Enter keep · Esc clear`, width)}
			</Text>
		);
	const text = message ?? `${state.filter.text ? `filter "${state.filter.text}" (Esc clears)  ` : ''}${hintsFor(state.pane).join('  ')}`;
	return (
		<Text dimColor wrap="truncate-end">
			{truncate(text, width)}
		</Text>
	);
};
