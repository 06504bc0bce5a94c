import {createElement} from 'react';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {Box as InkBox, Text as InkText, renderToString} from 'ink';
import type {ReactNode} from 'react';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
// @ts-expect-error: a plain ESM script shared with the build, without types.
import {bundle} from '../scripts/bundle.js';
import type * as Grid from './fixtures/string-grid.js';
import {Box, Text} from '../source/render/primitives.js';
import {renderStaticFrame} from '../source/render/to-string.js';
import {frameString} from '../source/render/frame-string.js';
import {rounds} from './helpers.js';
import {inColour} from '../source/export/frame.js';

/*
 * The string renderer (source/render/) must draw every frame it accepts byte
 * for byte as Ink's renderToString, and decline the rest before any output.
 * The grid (test/fixtures/string-grid.tsx) is drawn both ways in a bundle built
 * as the CLI's is (production React), with stock Ink.
 */

test('what the layout cannot reproduce goes to Ink, decided before any output', () => {
	// A column taller than its fixed height: Yoga shrinks the children.
	const shrinking = (
		<Box flexDirection="column" height={2}>
			<Text>one</Text>
			<Text>two</Text>
			<Text>three</Text>
		</Box>
	);
	// A row wider than the screen: Yoga shrinks its boxes.
	const tooWide = (
		<Box flexDirection="row">
			<Box width={30}>
				<Text>left</Text>
			</Box>
			<Box width={30}>
				<Text>right</Text>
			</Box>
		</Box>
	);
	const bordered = (
		<Box borderStyle="round" paddingX={1}>
			<Text>in a border</Text>
		</Box>
	);
	for (const element of [shrinking, tooWide, bordered]) {
		assert.equal(renderStaticFrame(element, {columns: 40}), undefined);
		// frameString then draws them through Ink (loaded here by the app that test/helpers.ts imports).
		assert.equal(frameString(element, 40), renderToString(element, {columns: 40}));
	}
	// Escape sequences other than colour are Ink's to strip.
	assert.equal(renderStaticFrame(<Text>{'a \u001B]8;;https://example.org\u0007link\u001B]8;;\u0007'}</Text>, {columns: 40}), undefined);
});

test('the string renderer draws the grid byte for byte as Ink, and declines few frames', async () => {
	const folder = mkdtempSync(join(tmpdir(), 'sitrep-string-grid-'));
	try {
		const file = join(folder, 'grid.mjs');
		await bundle('test/fixtures/string-grid.tsx', file, {stockInk: true});
		const grid = (await import(pathToFileURL(file).href)) as typeof Grid;
		// A frame it declines (a border: no pane of sitrep's draws one), in a bundle that has not loaded Ink:
		// frameString says it needs Ink, and withInk (what snapshots and exports draw through) loads Ink and draws it.
		const bordered = createElement(grid.Box, {borderStyle: 'round'}, createElement(grid.Text, null, 'declined'));
		assert.throws(() => grid.frameString(bordered, 20), /needs Ink/);
		const loaded = await grid.withInk(() => grid.frameString(bordered, 20));
		assert.match(loaded, /╭─+╮\n│declined *│\n╰─+╯/);
		const cases = grid.gridCases(rounds);
		assert.ok(cases.length >= 300, `only ${cases.length} frames`);
		let drawn = 0;
		const declined: string[] = [];
		const differing: string[] = [];
		for (const gridCase of cases) {
			const {ink, ours, decline} = grid.drawBoth(gridCase);
			if (ours === undefined) declined.push(`${gridCase.label}: ${decline}`);
			else if (ours === ink) drawn++;
			else differing.push(gridCase.label);
		}
		assert.deepEqual(differing.slice(0, 5), [], `${differing.length} frames differ from Ink's`);
		// The bundled panes must almost never need Ink: a snapshot that does loads Ink and Yoga.
		assert.ok(declined.length <= cases.length / 50, `${declined.length} of ${cases.length} declined:\n${declined.join('\n')}`);
		process.stdout.write(`# string renderer: ${drawn} of ${cases.length} frames drawn, ${declined.length} left to Ink\n`);
		for (const each of declined) process.stdout.write(`#   declined: ${each}\n`);
	} finally {
		rmSync(folder, {recursive: true, force: true});
	}
});

const draw = (element: ReactNode, columns: number) => ({
	ours: renderStaticFrame(element, {columns}),
	ink: renderToString(element, {columns}),
});

test('Box and Text draw as Ink’s own components, styles and layout included', () => {
	const styles = [{}, {bold: true}, {dimColor: true, color: 'green'}, {inverse: true, bold: true}, {color: '#ff8800', underline: true}];
	for (const [index, style] of styles.entries())
		inColour(() => {
			const text = `style ${index}: a line long enough to wrap at forty columns, twice over`;
			const element = (Ours: typeof Box, OursText: typeof Text) => (
				<Ours flexDirection="column" width={40}>
					<OursText {...style}>{text}</OursText>
					<OursText {...style} wrap="truncate-end">
						{text}
					</OursText>
					<Ours flexDirection="row">
						<Ours width={12} marginRight={2} flexDirection="column">
							<OursText {...style}>left column</OursText>
						</Ours>
						<OursText dimColor>
							right <OursText {...style}>nested</OursText>
						</OursText>
					</Ours>
				</Ours>
			);
			const inks = renderToString(element(InkBox as typeof Box, InkText as typeof Text), {columns: 60});
			const {ours, ink} = draw(element(Box, Text), 60);
			assert.equal(ink, inks, `Ink draws our Box/Text as its own (style ${index})`);
			assert.equal(ours, ink, `the string renderer draws them as Ink (style ${index})`);
		});
});
