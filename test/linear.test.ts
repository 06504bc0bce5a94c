import {test} from 'node:test';
import assert from 'node:assert/strict';
import {exportBytes, renderFrame} from '../source/export/frame.js';
import {openingState} from '../source/ui/session.js';
import {panes} from '../source/state/navigation.js';
import {paneContext, paneModule, viewModel} from '../source/panes/registry.js';
import {printMarks} from '../source/view/cite.js';
import {bundledRoundFiles, byRecency, openCatalog} from '../source/data/catalog.js';
import {loadInk} from '../source/render/frame-string.js';

// renderFrame hands the frames the string renderer declines to Ink, loaded once here.
await loadInk();

/*
 * The screen-reader layout (INK_SCREEN_READER=true): every pane is read as
 * lines, so no box drawing or bordered table, and nothing a figure needs is
 * lost: each figure is still there with its sources.
 */
const rounds = byRecency(openCatalog(bundledRoundFiles('data')).rounds);
const boxDrawing = /[\u2500-\u257F]/;

for (const round of rounds)
	for (const pane of panes) {
		const state = openingState(rounds, {roundId: round.id, pane});
		test(`${round.id} ${pane}: the linear layout draws no box and keeps every figure with its sources`, async () => {
			for (const [width, height] of [
				[80, 24],
				[120, 40],
			] as const) {
				const frame = renderFrame(rounds, state, {width, height, brief: false, linear: true});
				const body = frame.split('\n').slice(2).join('\n');
				assert.doesNotMatch(body, boxDrawing, `${width}×${height}: ${body.split('\n').find((line) => boxDrawing.test(line))}`);
			}
			const text = String(await exportBytes('x.txt', rounds, state, {width: 100, height: 30, brief: true, linear: true})).replace(
				/\s+/g,
				' ',
			);
			assert.doesNotMatch(text, boxDrawing);
			const module = paneModule(pane);
			for (const figure of module.figures(viewModel(module, paneContext(rounds, state)!)))
				assert.ok(
					text.includes(figure.value.replace(/^↳/, '')) && text.includes(printMarks(figure.marks)),
					`${figure.value} ${printMarks(figure.marks)}`,
				);
		});
	}
