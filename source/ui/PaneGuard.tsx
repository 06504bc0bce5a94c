import {Component, type ReactNode} from 'react';
import {Box, Text} from '../render/primitives.js';
import {cleanText} from '../data/clean-text.js';
import {truncate} from './text.js';
import {paneModules} from '../panes/registry.js';

type Props = {children: ReactNode; width: number; resetKey: string};
type State = {error?: Error | undefined; key?: string};

/*
 * A pane that fails to draw shows what went wrong in its own space, with a
 * way on; the header, tabs and keys keep working. Moving elsewhere (another
 * pane, day or round) tries again.
 */
export class PaneGuard extends Component<Props, State> {
	override state: State = {};

	static getDerivedStateFromError(error: Error): State {
		return {error};
	}

	static getDerivedStateFromProps(props: Props, state: State): State | null {
		return state.key === props.resetKey ? null : {key: props.resetKey, error: undefined};
	}

	override render() {
		const {error} = this.state;
		if (!error) return this.props.children;
		const message = truncate(cleanText(String(error.message || error)), Math.max(10, this.props.width - 4));
		return (
			<Box flexDirection="column" borderStyle="round" paddingX={1} width={this.props.width}>
				<Text bold>This pane could not be drawn</Text>
				<Text>{message}</Text>
				<Text dimColor>Try another pane (1–{paneModules.length}), day (←/→) or round (r); q quits.</Text>
			</Box>
		);
	}
}
