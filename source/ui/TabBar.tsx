import {Text} from '../render/primitives.js';
import {panes, type Pane} from '../state/navigation.js';
import {paneLabel} from '../state/keymap.js';
import {palette} from './palette.js';
import {widthOf} from './text.js';

/** "[1 Escalation]  2 Casualties …": the active tab is bracketed as well as coloured. In brief mode the key numbers go. */
export const TabBar = ({pane, roundLabel, width, brief}: {pane: Pane; roundLabel: string; width: number; brief: boolean}) => {
	const tabs = panes.map((each, index) => {
		const name = brief ? paneLabel(each) : `${index + 1} ${paneLabel(each)}`;
		return {each, text: each === pane ? `[${name}]` : name};
	});
	// Two spaces between tabs, none after the last: six tabs leave room for the round's name at 100 columns.
	const used = tabs.reduce((sum, tab) => sum + widthOf(tab.text) + 2, 0) - 2;
	// A cut-down round name says nothing; the header names the round anyway.
	const room = Math.max(0, width - used - 1);
	const right = widthOf(roundLabel) <= room ? roundLabel : '';
	return (
		<Text wrap="truncate-end">
			{tabs.map((tab) => (
				<Text key={tab.each} bold={tab.each === pane} color={tab.each === pane ? palette.accent : undefined} dimColor={tab.each !== pane}>
					{tab.text}
					{tab === tabs.at(-1) ? '' : '  '}
				</Text>
			))}
			{' '.repeat(Math.max(0, width - used - widthOf(right)))}
			<Text dimColor>{right}</Text>
		</Text>
	);
};
