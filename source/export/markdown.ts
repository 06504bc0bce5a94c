import type {Round} from '../data/schema.js';
import {formatDate} from '../data/calendar.js';
import type {NavState} from '../state/navigation.js';
import {paneContext, paneModule, viewModel} from '../panes/registry.js';
import {mdText, mdUrl} from './markdown-text.js';

/*
 * A Markdown brief of one pane: the pane's own writer, fed by the same view
 * model as the screen, under a title; the sources it cites as footnotes
 * ([^n] uses the numbers of the screen; [^Bn] the second round's in Compare).
 */

const describe = (source: Round['sources'][number]): string =>
	[
		mdText(source.outlet),
		source.published ? formatDate(source.published) : 'n.d.',
		source.title ? `"${mdText(source.title)}"` : undefined,
		source.author ? `by ${mdText(source.author)}` : undefined,
		source.url ? mdUrl(source.url) : undefined,
		source.commissioned ? '(commissioned article)' : undefined,
	]
		.filter(Boolean)
		.join(', ');

export const paneMarkdown = (rounds: Round[], state: NavState): string => {
	const context = paneContext(rounds, state);
	if (!context) return 'No round or day to export.\n';
	const {round, day} = context;
	const module = paneModule(state.pane);
	const model = viewModel(module, context);
	const phase = day.phase === 'hostilities' ? '' : ` (${day.phase})`;
	const out: string[] = [
		`# ${mdText(round.title)}`,
		'',
		`**${module.label} · Day ${day.number} · ${day.weekday} ${formatDate(day.date)}${phase}**`,
		'',
	];
	out.push(...module.markdown(model));
	const cited = module.cited(model);
	if (cited.length > 0) {
		out.push('---', '');
		for (const {mark, source} of cited) out.push(`[^${mark}]: ${describe(source)}`);
		out.push('');
	}
	return `${out.join('\n').trimEnd()}\n`;
};
