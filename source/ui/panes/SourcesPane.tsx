import {Text} from '../../render/primitives.js';
import {keptPer} from '../../data/kept.js';
import {ScrollList, maxOffset} from '../ScrollList.js';
import {truncate, wrap} from '../text.js';
import type {ListLine} from './types.js';
import type {PaneViewProps} from '../../panes/types.js';
import type {SourcesModel} from '../../panes/sources/model.js';

// Kept per model (itself kept per round and day) and width: the frame and the scroll limit both ask, on every key.
const laidOut = keptPer<SourcesModel, ListLine[]>();
const sourceLines = (model: SourcesModel, width: number, whole: boolean): ListLine[] =>
	laidOut(model, `${width} ${whole}`, () => layOut(model, width, whole));

// One line per source on screen (cut to the width); wrapped whole in an export.
const layOut = (model: SourcesModel, width: number, whole: boolean): ListLine[] =>
	model.entries.flatMap(({mark, source, parts}): ListLine[] => {
		const text = `${`[${mark}]`.padEnd(6)}${parts.join(' · ')}`;
		const style = source.commissioned ? ('heading' as const) : undefined;
		const lines: ListLine[] = whole
			? wrap(text, width - 6).map((line, index) => ({
					key: `${source.id}-${index}`,
					text: index === 0 ? line : `${' '.repeat(6)}${line}`,
					style,
				}))
			: [{key: source.id, text: truncate(text, width), style}];
		if (source.url && whole)
			wrap(source.url, width - 6).forEach((line, index) =>
				lines.push({key: `${source.id}-url-${index}`, text: `${' '.repeat(6)}${line}`, style: 'muted'}),
			);
		else if (source.url) lines.push({key: `${source.id}-url`, text: truncate(`${' '.repeat(6)}${source.url}`, width), style: 'muted'});
		return lines;
	});

const listHeight = (height: number) => Math.max(1, height - 1);

export const sourcesListMax = (model: SourcesModel, {width, height}: {width: number; height: number}): number =>
	maxOffset(sourceLines(model, width, false).length, listHeight(height));

export const SourcesPane = ({model, state, width, height, whole}: PaneViewProps<SourcesModel>) => {
	const title = `${model.entries.length} sources — [n] marks elsewhere refer to these numbers; ★ marks the commissioned articles`;
	const lines = sourceLines(model, width, whole);
	return (
		<>
			{(whole ? wrap(title, width) : [truncate(title, width)]).map((line, index) => (
				<Text key={`t-${index}`} bold wrap="truncate-end">
					{line}
				</Text>
			))}
			<ScrollList lines={lines} offset={whole ? 0 : state.scroll.sources} height={whole ? lines.length : listHeight(height)} />
		</>
	);
};
