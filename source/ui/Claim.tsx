import {Text} from 'ink';
import type {Figure} from '../data/schema.js';
import {formatFigure, truncate} from './text.js';
import {palette} from './palette.js';

/** A figure with who claims it: "≥130 Gaza medical officials". Caveated claims carry a visible "?". */
export const Claim = ({figure, width}: {figure: Figure; width: number}) => {
	const value = formatFigure(figure);
	const claimant = truncate(figure.claimant, Math.max(0, width - value.length - 1 - (figure.caveat ? 2 : 0)));
	return (
		<Text>
			<Text bold>{value}</Text> <Text dimColor>{claimant}</Text>
			{figure.caveat ? <Text color={palette.warning}> ?</Text> : ''}
		</Text>
	);
};
