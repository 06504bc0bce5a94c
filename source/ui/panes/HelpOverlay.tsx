import {Text} from 'ink';
import {keymap} from '../../state/keymap.js';
import {ScrollList, maxOffset} from '../ScrollList.js';
import {fit, qualifierLegend, truncate} from '../text.js';
import {glyphs} from '../palette.js';
import type {ListLine} from './types.js';

const helpLines = (width: number): ListLine[] => {
	const keyWidth = 13;
	const line = (key: string, text: string, style?: ListLine['style']): ListLine => ({key, text: truncate(text, width), style});
	return [
		line('h-browse', 'Keys', 'heading'),
		...keymap.filter((binding) => binding.mode === 'browse').map((binding, index) => line(`b-${index}`, `  ${fit(binding.keys, keyWidth)} ${binding.help}${binding.panes ? ` (${binding.panes.join(', ')})` : ''}`)),
		line('h-filter', 'While typing a filter', 'heading'),
		...keymap.filter((binding) => binding.mode === 'filter').map((binding, index) => line(`f-${index}`, `  ${fit(binding.keys, keyWidth)} ${binding.help}`)),
		line('h-signs', 'Signs', 'heading'),
		line('s-q', `  ${qualifierLegend}`),
		line('s-b', `  ${glyphs.reported} a reported daily figure · ${glyphs.derived} derived from a claimant's cumulative figures · ${glyphs.noReport.repeat(2)} no report (not zero)`),
		line('s-m', '  [n] source number (Sources pane) · ? weak or single source · ≠ claims differ · † published later · +n other claimants\' figures'),
	];
};

export const helpListMax = (width: number, height: number): number => maxOffset(helpLines(width).length, height - 1);

export const HelpOverlay = ({width, height, offset}: {width: number; height: number; offset: number}) => (
	<>
		<Text bold inverse wrap="truncate-end">
			{fit(' Help — ? or Esc to close', width)}
		</Text>
		<ScrollList lines={helpLines(width)} offset={offset} height={Math.max(1, height - 1)} />
	</>
);
