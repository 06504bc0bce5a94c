import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync, writeFileSync, existsSync} from 'node:fs';
import {renderFrame} from '../source/export/frame.js';
import {plainText} from '../source/export/cells.js';
import {openingState} from '../source/ui/session.js';
import {panes} from '../source/state/navigation.js';
import {rounds} from './helpers.js';
import {loadInk} from '../source/render/frame-string.js';

// renderFrame hands the frames the string renderer declines to Ink, loaded once here.
await loadInk();

/*
 * Golden frames: every pane of both rounds at 80×24 and 120×40, as text,
 * reviewed by eye when written (`npm run golden` rewrites them after a change
 * that is meant to alter what people see; review the diff before committing).
 */
const update = process.env['UPDATE_GOLDEN'] === '1';

for (const round of rounds)
	for (const pane of panes)
		for (const [width, height] of [
			[80, 24],
			[120, 40],
		] as const)
			test(`golden frame: ${round.id} ${pane} ${width}×${height}`, () => {
				const file = `test/golden/${round.id}-${pane}-${width}x${height}.txt`;
				const frame = `${plainText(renderFrame(rounds, openingState(rounds, {roundId: round.id, pane}), {width, height, brief: false}))}\n`;
				if (update) writeFileSync(file, frame);
				assert.ok(existsSync(file), `${file} is missing: run npm run golden and review it`);
				assert.equal(frame, readFileSync(file, 'utf8'));
			});
