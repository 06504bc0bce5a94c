import {Box, Text} from '../render/primitives.js';
import type {ListLine} from './panes/types.js';
import {palette} from './palette.js';

/** The visible window of a list of lines, with a one-line "more below" marker when it is cut. */
export const ScrollList = ({lines, offset, height}: {lines: ListLine[]; offset: number; height: number}) => {
	const start = Math.max(0, Math.min(offset, lines.length - height));
	const more = lines.length - start - height;
	const visible = lines.slice(start, start + (more > 0 ? height - 1 : height));
	return (
		<Box flexDirection="column">
			{visible.map((line) => (
				<Text
					key={line.key}
					wrap="truncate-end"
					bold={line.style === 'heading' || line.style === 'selected'}
					inverse={line.style === 'selected'}
					dimColor={line.style === 'muted'}
					color={line.style === 'warning' ? palette.warning : undefined}
				>
					{line.text}
				</Text>
			))}
			{more > 0 ? (
				<Text dimColor wrap="truncate-end">
					{`  ↓ ${more + 1} more lines (↓/j to scroll)`}
				</Text>
			) : null}
		</Box>
	);
};

/** The largest useful scroll offset for a list shown in `height` lines. */
export const maxOffset = (lineCount: number, height: number): number => Math.max(0, lineCount - height);

/** An entry of a long list whose lines are only worked out when it comes into view. */
export type ListItem = {key: string; lines: () => ListLine[]};

/*
 * A list scrolled by entry, not by line: only the entries from the offset
 * until the height is filled are wrapped, so a day with thousands of events
 * costs no more to draw than a day with ten.
 */
export const ItemList = ({items, offset, height}: {items: ListItem[]; offset: number; height: number}) => {
	const start = Math.max(0, Math.min(offset, items.length - 1));
	const lines: ListLine[] = [];
	let next = start;
	while (next < items.length && lines.length < height) lines.push(...items[next++]!.lines());
	const cut = next < items.length || lines.length > height;
	const shown = cut ? lines.slice(0, height - 1) : lines;
	const remaining = items.length - next + (lines.length > height ? 1 : 0);
	return (
		<ScrollList
			lines={cut ? [...shown, {key: 'more', text: `  ↓ ${remaining} more entries (↓/j to scroll)`, style: 'muted'}] : shown}
			offset={0}
			height={height}
		/>
	);
};
