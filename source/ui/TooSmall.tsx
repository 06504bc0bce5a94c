import {Box, Text} from '../render/primitives.js';
import {truncate, wrap} from './text.js';

export const minimumSize = {width: 60, height: 16} as const;

/** Below the minimum size: say so, in as many lines as there are, and still quit with q. */
export const TooSmall = ({width, height}: {width: number; height: number}) => {
	const lines = wrap(`terminal too small: ${width}×${height}, need ${minimumSize.width}×${minimumSize.height} — q quits`, width);
	const room = Math.max(1, height - 1);
	return (
		<Box flexDirection="column">
			{lines.slice(0, room).map((line, index) => (
				<Text key={index} wrap="truncate-end">
					{index === room - 1 && lines.length > room ? truncate(`${line} …`, width) : line}
				</Text>
			))}
		</Box>
	);
};
