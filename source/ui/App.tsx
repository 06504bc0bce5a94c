import {useEffect, useReducer, useState} from 'react';
import {useApp, useInput, useStdout} from 'ink';
import type {Round} from '../data/schema.js';
import {navigate, type NavState} from '../state/navigation.js';
import {commandsFor} from '../state/keymap.js';
import {Dashboard, frameContext} from './Dashboard.js';

const useTerminalSize = () => {
	const {stdout} = useStdout();
	const read = () => ({columns: stdout.columns || 80, rows: stdout.rows || 24});
	const [size, setSize] = useState(read);
	useEffect(() => {
		const onResize = () => setSize(read());
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);
	return size;
};

/** The interactive dashboard: keys become actions through the keymap, the reducer moves, the frame redraws. */
export const App = ({rounds, initial, linear}: {rounds: Round[]; initial: NavState; linear: boolean}) => {
	const [state, dispatch] = useReducer(navigate, initial);
	const {exit} = useApp();
	const {columns, rows} = useTerminalSize();
	const frame = {rounds, state, width: columns, height: rows, linear};
	useInput((input, key) => {
		const context = {pane: state.pane, overlay: state.overlay, ...frameContext(frame)};
		for (const command of commandsFor({input, key}, context, state.filter.editing)) {
			if (command.type === 'quit') {
				exit();
				return;
			}
			if (command.type !== 'export') dispatch(command);
		}
	});
	return <Dashboard {...frame} />;
};
