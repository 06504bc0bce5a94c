import {formatDate} from '../../data/calendar.js';
import type {Source} from '../../data/schema.js';
import {mdText} from '../../export/markdown-text.js';
import {derived} from '../../view/derived.js';
import type {PaneContext} from '../types.js';

/* The Sources pane: the round's sources, numbered as every [n] mark refers to them. */

const caveats = {'single-source': 'single source', 'low-quality-source': 'low-quality source'} as const;

export type SourceEntry = {mark: string; source: Source; parts: string[]};
export type SourcesModel = {entries: SourceEntry[]};

export const sourcesModel = ({round}: PaneContext): SourcesModel => {
	const numbers = derived.footnotes(round);
	return {
		entries: round.sources.map((source) => ({
			mark: String(numbers.get(source.id)),
			source,
			parts: [
				source.outlet,
				source.published ? formatDate(source.published) : 'n.d.',
				source.title,
				source.author ? `by ${source.author}` : undefined,
				source.commissioned ? '★ commissioned article' : undefined,
				source.caveat ? caveats[source.caveat] : undefined,
			].filter((part): part is string => Boolean(part)),
		})),
	};
};

export const sourcesMarkdown = (model: SourcesModel): string[] => [
	'## Sources',
	'',
	...model.entries.map(
		(entry) => `- [${entry.mark}] ${entry.parts.map(mdText).join(', ')}${entry.source.url ? ` <${mdText(entry.source.url)}>` : ''}`,
	),
	'',
];

export const sourcesJson = (model: SourcesModel) => ({sources: model.entries.map((entry) => entry.source)});
