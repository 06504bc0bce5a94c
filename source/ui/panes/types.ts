import type {Round} from '../../data/schema.js';
import type {NavState} from '../../state/navigation.js';

/** What every pane is drawn from: the round, the navigation state and the space it has. */
export type PaneProps = {
	round: Round;
	state: NavState;
	width: number;
	height: number;
	linear: boolean;
	/** Every open round (the compare pane draws two). */ rounds: Round[];
};

/** A line of a scrolling list, already cut to the pane's width. */
export type ListLine = {key: string; text: string; style?: 'heading' | 'muted' | 'warning' | 'selected'};
