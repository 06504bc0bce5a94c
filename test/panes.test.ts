import {test} from 'node:test';
import assert from 'node:assert/strict';
import {exportBytes, exportFiles} from '../source/export/frame.js';
import {openingState} from '../source/ui/session.js';
import {panes} from '../source/state/navigation.js';
import {paneContext, paneModule, paneModules, viewModel} from '../source/panes/registry.js';
import {marksIn, noteMarks, printMarks} from '../source/view/cite.js';
import {rounds} from './helpers.js';
import type {ShownFigure} from '../source/panes/types.js';

/*
 * The pane registry keeps the screen and the exports in step: every figure a
 * pane's model holds is in its .txt (drawn whole), its .md and its .json, each
 * with its source marks, and the footer names exactly the sources marked.
 */
const options = {width: 100, height: 30, brief: true};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A figure followed on the same line by its marks, with no other mark between ("150 │ … Gaza medical officials [126]").
const figureThenMarks = (figure: ShownFigure, marks: string) =>
	new RegExp(`(?<![\\d,.])${escape(figure.value)}(?![\\d,])[^\\[\\n]*${escape(marks)}`);

const modelOf = (state: ReturnType<typeof openingState>) => {
	const module = paneModule(state.pane);
	return {module, model: viewModel(module, paneContext(rounds, state)!)};
};

test('the registry lists one module per tab, in the tab order', () => {
	assert.deepEqual(
		paneModules.map((module) => module.id),
		[...panes],
	);
	for (const module of paneModules) assert.ok(module.label && module.View && module.model, module.id);
});

for (const round of rounds)
	for (const pane of panes) {
		const state = openingState(rounds, {roundId: round.id, pane});
		const {module, model} = modelOf(state);
		const figures = module.figures(model);

		test(`${round.id} ${pane}: a .txt export at 100×30 is the whole pane, every figure with its sources, no hint or scroll text`, async () => {
			const text = String(await exportBytes('x.txt', rounds, state, options));
			for (const figure of figures)
				assert.match(text, figureThenMarks(figure, printMarks(figure.marks)), `${figure.value} ${printMarks(figure.marks)}`);
			for (const clutter of [
				/more lines/,
				/more entries/,
				/↓\/j/,
				/q quit/,
				/\? help/,
				/\(Enter:/,
				/\(\d\/\d\)/,
				/▸/,
				/\[\d [A-Z]/,
				/\u001B/,
			])
				assert.doesNotMatch(text, clutter);
			const lines = text.trimEnd().split('\n');
			assert.ok(lines.length > 29 || pane === 'compare', `${lines.length} lines: the height grows to fit`);
			for (const line of lines) assert.ok([...line].length <= 100, `too wide: ${line}`);
		});

		test(`${round.id} ${pane}: the footer names exactly the sources marked in the frame, as the model cites them`, async () => {
			const lines = String(await exportBytes('x.txt', rounds, state, options))
				.trimEnd()
				.split('\n');
			const start = lines.findIndex((line) => line.startsWith('Sources: '));
			assert.ok(start > 0, 'a sources footer');
			const body = lines.slice(0, start).join('\n');
			const footer = lines.slice(start).join(' ');
			if (pane === 'sources') return assert.match(footer, /as listed above/);
			const cited = module.cited(model).map((citation) => citation.mark);
			assert.deepEqual(marksIn(body), cited, "marks in the frame = the model's citations");
			assert.deepEqual(marksIn(footer), cited, 'footer = the marks in the frame');
			assert.equal(/none cited/.test(footer), cited.length === 0);
			for (const {mark, source} of module.cited(model))
				assert.ok(footer.replace(/\s+/g, ' ').includes(`[${mark}] ${source.outlet}`), `[${mark}] names its outlet`);
		});

		test(`${round.id} ${pane}: the .md and .json carry the same figures with the same sources`, async () => {
			// Read as a Markdown reader sees it: escapes and entities resolved.
			const markdown = String(await exportBytes('x.md', rounds, state, options))
				.replace(/\\(?=[^\s])/g, '')
				.replaceAll('&gt;', '>')
				.replaceAll('&lt;', '<')
				.replaceAll('&amp;', '&');
			for (const figure of figures)
				assert.match(markdown, figureThenMarks(figure, noteMarks(figure.marks)), `${figure.value} ${noteMarks(figure.marks)}`);
			const cited = module.cited(model).map((citation) => citation.mark);
			const defined = [...markdown.matchAll(/^\[\^(B?\d+)\]: /gm)].map((match) => match[1]!);
			assert.deepEqual(defined, cited, 'footnotes: exactly the sources cited');
			for (const mark of new Set([...markdown.matchAll(/\[\^(B?\d+)\](?!:)/g)].map((match) => match[1]!)))
				assert.ok(defined.includes(mark), `[^${mark}] is defined`);
			const data = JSON.parse(String(await exportBytes('x.json', rounds, state, options)));
			assert.deepEqual(data.figures, figures);
			assert.deepEqual(
				data.sources.map((citation: {mark: string}) => citation.mark),
				cited,
			);
		});
	}

test("Compare's Markdown carries every column, rockets and strikes included, and their sources", async () => {
	const state = openingState(rounds, {roundId: 'gaza-2012', pane: 'compare'});
	const markdown = String(await exportBytes('x.md', rounds, state, options));
	const head = markdown.split('\n').find((line) => line.startsWith('| Day'))!;
	for (const column of ['killed¹', 'killed²', 'rockets', 'strikes', 'MTAC'])
		for (const side of ['A', 'B']) assert.ok(head.includes(`${side} ${column}`), `${side} ${column}`);
	assert.match(markdown, /\[\^B\d+\]: /, "round B's sources are listed");
	assert.match(markdown, /^\[\^\d+\]: /m, "round A's sources are listed");
});

test('an .svg or .png with an explicit height comes as numbered pages of that height', async () => {
	const state = openingState(rounds, {roundId: 'gaza-2012', pane: 'casualties'});
	const files = await exportFiles('out/brief.svg', rounds, state, {...options, pageHeight: 30});
	assert.ok(files.length >= 3, `${files.length} pages`);
	assert.deepEqual(
		files.map((file) => file.file),
		files.map((_, index) => `out/brief-${index + 1}.svg`),
	);
	for (const file of files) assert.ok([...String(file.bytes).matchAll(/<text y=/g)].length <= 29);
	const text = String(await exportBytes('x.txt', rounds, state, options))
		.trimEnd()
		.split('\n');
	assert.equal(
		files.reduce((sum, file) => sum + [...String(file.bytes).matchAll(/<text y=/g)].length, 0),
		text.length,
		'no line lost between pages',
	);
	assert.equal((await exportFiles('brief.svg', rounds, state, options)).length, 1, 'without an explicit height, one file');
});
