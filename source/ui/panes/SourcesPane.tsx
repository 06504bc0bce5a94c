import {Text} from 'ink';
import {formatDate} from '../../data/calendar.js';
import {derived, remember} from '../derived.js';
import {ScrollList, maxOffset} from '../ScrollList.js';
import {truncate} from '../text.js';
import type {ListLine, PaneProps} from './types.js';
import type {Round} from '../../data/schema.js';

const caveats = {'single-source': 'single source', 'low-quality-source': 'low-quality source'} as const;

// Built once per round and width: the list does not change as one scrolls it.
const sourceLines = (round: Round, width: number): ListLine[] => remember(round, `source lines\u0000${width}`, () => buildSourceLines(round, width));

const buildSourceLines = (round: Round, width: number): ListLine[] => {
	const numbers = derived.footnotes(round);
	return round.sources.flatMap((source): ListLine[] => {
		const number = `[${numbers.get(source.id)}]`;
		const parts = [
			source.outlet,
			source.published ? formatDate(source.published) : 'n.d.',
			source.title,
			source.author ? `by ${source.author}` : undefined,
			source.commissioned ? '★ commissioned article' : undefined,
			source.caveat ? caveats[source.caveat] : undefined,
		].filter(Boolean);
		const lines: ListLine[] = [{key: source.id, text: truncate(`${number.padEnd(6)}${parts.join(' · ')}`, width), style: source.commissioned ? 'heading' : undefined}];
		if (source.url) lines.push({key: `${source.id}-url`, text: truncate(`${' '.repeat(6)}${source.url}`, width), style: 'muted'});
		return lines;
	});
};

const listHeight = (height: number) => Math.max(1, height - 1);

export const sourcesListMax = ({round, width, height}: PaneProps): number =>
	maxOffset(sourceLines(round, width).length, listHeight(height));

export const SourcesPane = ({round, state, width, height}: PaneProps) => (
	<>
		<Text bold wrap="truncate-end">
			{truncate(`${round.sources.length} sources — [n] marks elsewhere refer to these numbers; ★ marks the commissioned articles`, width)}
		</Text>
		<ScrollList lines={sourceLines(round, width)} offset={state.scroll.sources} height={listHeight(height)} />
	</>
);
