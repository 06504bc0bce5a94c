import {test} from 'node:test';
import assert from 'node:assert/strict';
import stringWidth from 'string-width';
import {loadRound} from '../source/data/load-round.js';
import {exportBytes, renderFrame} from '../source/export/frame.js';
import {openingState} from '../source/ui/session.js';
import {navigate, panes} from '../source/state/navigation.js';
import {loadRounds, strip} from './helpers.js';
import {loadInk} from '../source/render/frame-string.js';

// renderFrame hands the frames the string renderer declines to Ink, loaded once here.
await loadInk();

/*
 * test/fixtures/hostile.json (written by scripts/write-hostile-fixture.ts) tries
 * terminal escapes of every kind, bidi tricks, C0/C1 controls, huge words and
 * wide scripts. Nothing of it may reach a frame or an export as a control byte.
 */
const rounds = loadRounds('test/fixtures/hostile.json');
const control = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const states = panes.flatMap((pane) => {
	const base = openingState(rounds, {roundId: 'hostile', pane});
	// Every day of the round, and the diplomacy history overlay too.
	const days = Array.from({length: 5}, (_, index) => navigate(base, {type: 'step-day', by: index - 3}));
	return pane === 'diplomacy' ? [...days, navigate(base, {type: 'open'})] : days;
});

test('the hostile round loads, with every string cleaned', () => {
	const result = loadRound('test/fixtures/hostile.json');
	assert.ok(result.ok);
	assert.doesNotMatch(JSON.stringify(result.round), /\\u00[01][0-9a-f]|\\u007f|[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/i);
	assert.equal(result.round.title, 'Hostile round');
	assert.match(result.round.events[0]!.summary, /ding\^G backspace\^H null\^@ del\^\? c1<U\+0085>/);
});

for (const [width, height] of [
	[80, 24],
	[120, 40],
] as const)
	test(`every pane and day of the hostile round at ${width}×${height}: no control byte, nothing wider than the screen`, () => {
		for (const state of states)
			for (const brief of [false, true]) {
				const frame = renderFrame(rounds, state, {width, height, brief});
				const text = strip(frame);
				assert.doesNotMatch(text, control, `${state.pane} day ${state.days[state.round]}`);
				const lines = text.split('\n');
				assert.ok(lines.length <= height - 1);
				for (const line of lines) assert.ok(stringWidth(line) <= width, `too wide: ${line}`);
			}
	});

test('every export of every pane of the hostile round is free of control bytes', async () => {
	for (const state of states.filter((_, index) => index % 2 === 0))
		for (const extension of ['.txt', '.ansi', '.svg', '.md', '.json']) {
			const bytes = String(await exportBytes(`x${extension}`, rounds, state, {width: 100, height: 30, brief: true}));
			const text = extension === '.ansi' ? strip(bytes) : bytes;
			assert.doesNotMatch(text.replaceAll('\n', ''), control, `${state.pane} ${extension}`);
			if (extension === '.json') assert.doesNotMatch(text, /\\u00[01][0-9a-f]|\\u007f/i, 'no escaped control characters either');
		}
});

test('wide scripts keep the casualty table aligned', () => {
	// Older counts shown (Enter): the hostile round's counts are all older than its last day.
	const state = {...openingState(rounds, {roundId: 'hostile', pane: 'casualties'}), olderOpen: true};
	const frame = strip(renderFrame(rounds, state, {width: 100, height: 30, brief: false}));
	const tableLines = frame.split('\n').filter((line) => line.startsWith('│'));
	assert.ok(tableLines.length >= 3);
	const borders = (line: string) => {
		const columns: number[] = [];
		let column = 0;
		for (const character of line) {
			if (character === '│') columns.push(column);
			column += stringWidth(character);
		}
		return columns.join(',');
	};
	assert.equal(new Set(tableLines.map(borders)).size, 1, tableLines.join('\n'));
});
