import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {inflateSync} from 'node:zlib';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync, writeFileSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {Resvg} from '@resvg/resvg-js';
import {exportBytes, exportPicture, renderFrame} from '../source/export/frame.js';
import {plainText} from '../source/export/cells.js';
import {printPalette, svgMetrics, svgSize} from '../source/export/svg.js';
import {openingState} from '../source/ui/session.js';
import {withBriefFooter} from '../source/ui/brief.js';
import {casualtyLines} from '../source/data/casualties.js';
import {originatorClaimsAsOf} from '../source/data/originator-claims.js';
import {rounds} from './helpers.js';
import type {Pane} from '../source/state/navigation.js';
import {paneModules} from '../source/panes/registry.js';
import {loadInk} from '../source/render/frame-string.js';

// renderFrame hands the frames the string renderer declines to Ink, loaded once here.
await loadInk();

const at = (pane: Pane, roundId = 'gaza-2012') => openingState(rounds, {roundId, pane});
const options = {width: 100, height: 30, brief: true};
let dir = '';
before(() => {
	dir = mkdtempSync(join(tmpdir(), 'sitrep-export-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));

test('the SVG is well-formed, has one text row per frame line at the right height, and uses the palette', async () => {
	const state = at('casualties');
	const svg = String(await exportBytes('x.svg', rounds, state, options));
	assert.doesNotThrow(() => new Resvg(svg), 'resvg parses it as XML');
	// An export is the whole pane, as tall as it needs: one SVG row per line of the .txt.
	const frameLines = String(await exportBytes('x.txt', rounds, state, options))
		.replace(/\n$/, '')
		.split('\n');
	assert.ok(frameLines.length > options.height, 'the whole casualty table, not one screen of it');
	const rows = [...svg.matchAll(/<text y="([\d.]+)"/g)].map((match) => Number(match[1]));
	assert.equal(rows.length, frameLines.length);
	rows.forEach((y, index) => assert.equal(y, svgMetrics.padding + index * svgMetrics.lineHeight + svgMetrics.baseline));
	const size = svgSize(options.width, frameLines.length);
	assert.match(svg, new RegExp(`^<svg [^>]*width="${size.width}" height="${size.height}"`));
	const fills = new Set([...svg.matchAll(/fill="(#[0-9a-f]{6})"/g)].map((match) => match[1]));
	for (const fill of fills) assert.ok([...Object.values(printPalette), '#ffffff'].includes(fill!), `${fill} is not in the palette`);
	assert.ok(fills.has(printPalette.magenta), "the active tab's accent colour is used");
	assert.match(svg, /font-weight="bold"/);
});

test('every glyph of a row sits in its own cell, so table borders line up', async () => {
	const svg = String(await exportBytes('x.svg', rounds, at('casualties'), options));
	const borderColumns = [...svg.matchAll(/<tspan x="([\d. ]+)"[^>]*>([^<]*)<\/tspan>/g)].flatMap((match) => {
		const xs = match[1]!.split(' ').map(Number);
		// One x per character as drawn: entities (&gt;) are one character.
		const text = match[2]!.replaceAll('&gt;', '>').replaceAll('&lt;', '<').replaceAll('&amp;', '&');
		return [...text].flatMap((char, index) => (char === '│' ? [xs[index]!] : []));
	});
	const distinct = new Set(borderColumns);
	assert.ok(borderColumns.length > 20);
	assert.ok(distinct.size <= 6, `table borders at ${distinct.size} different x positions`);
});

test('the PNG decodes and has the size the SVG declares', async () => {
	const state = at('escalation');
	const svg = String(await exportBytes('x.svg', rounds, state, options));
	const png = (await exportBytes('x.png', rounds, state, options)) as Buffer;
	assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	const declared = /width="(\d+)" height="(\d+)"/.exec(svg)!;
	assert.deepEqual([width, height], [Number(declared[1]), Number(declared[2])]);
	// Decode: inflate the image data; RGBA rows of width × 4 bytes plus a filter byte.
	const chunks: Buffer[] = [];
	for (let offset = 8; offset < png.length;) {
		const length = png.readUInt32BE(offset);
		if (png.toString('latin1', offset + 4, offset + 8) === 'IDAT') chunks.push(png.subarray(offset + 8, offset + 8 + length));
		offset += 12 + length;
	}
	const pixels = inflateSync(Buffer.concat(chunks));
	assert.equal(pixels.length, height * (1 + width * 4));
});

test('.md: one table row per casualty line, sources as footnotes', async () => {
	const state = at('casualties');
	const markdown = String(await exportBytes('x.md', rounds, state, options));
	const round = rounds.find((each) => each.id === 'gaza-2012')!;
	// The casualty table: from its head to the blank line after it.
	const lines = markdown.split('\n');
	const head = lines.findIndex((line) => line.startsWith('| Population'));
	const end = lines.indexOf('', head);
	const rows = lines.slice(head + 2, end);
	assert.equal(rows.length, casualtyLines(round, round.end).length);
	// The Sources cell holds live footnote references (a reader's Markdown links them), not escaped text.
	for (const row of rows) assert.match(row, /\| (\[\^\d+\])+ \|$/, `sources cell of ${row}`);
	const cited = [...markdown.matchAll(/\[\^(\d+)\](?!:)/g)].map((match) => match[1]);
	for (const number of new Set(cited)) assert.match(markdown, new RegExp(`^\\[\\^${number}\\]: `, 'm'));
	assert.match(markdown, /^# Israel–Gaza escalation, November 2012/);
});

test(".json carries each originator's latest count once, killed beside wounded only when of the same date", async () => {
	const round = rounds.find((each) => each.id === 'gaza-2012')!;
	const data = JSON.parse(String(await exportBytes('x.json', rounds, at('casualties'), options)));
	type Count = {originator: string; metric: string; population: string; subgroup?: string; value: number; asOf: string} | null;
	type Row = {asOf: string; current: boolean; killed: Count; wounded: Count};
	const rows: Row[] = data.groups.flatMap((group: {current: Row[]; older: Row[]}) => [...group.current, ...group.older]);
	const exported = rows.flatMap((row) => [row.killed, row.wounded].filter((count): count is NonNullable<Count> => count !== null));
	const key = (claim: {
		originator: string;
		metric: string;
		population: string;
		subgroup?: string | undefined;
		value: number;
		asOf: string;
	}) => [claim.originator, claim.metric, claim.population, claim.subgroup ?? '', claim.value, claim.asOf].join('|');
	const claims = originatorClaimsAsOf(
		round,
		round.end,
		(figure) => figure.scope === 'cumulative' && ['killed', 'wounded'].includes(figure.metric),
	);
	assert.deepEqual(exported.map(key).sort(), claims.map((claim) => key({...claim, originator: claim.originator.id})).sort());
	for (const row of rows) {
		for (const count of [row.killed, row.wounded]) if (count) assert.equal(count.asOf, row.asOf, "a row's counts are of its date");
		assert.equal(row.current, row.asOf === round.end);
	}
	assert.equal(data.day.date, round.end);
});

test('the same inputs give the same bytes, twice, for every registered pane', async () => {
	for (const extension of ['.txt', '.ansi', '.svg', '.md', '.json'])
		for (const {id: pane} of paneModules) {
			const first = await exportBytes(`x${extension}`, rounds, at(pane), options);
			const second = await exportBytes(`x${extension}`, rounds, at(pane), options);
			assert.equal(String(first), String(second), `${pane} ${extension}`);
		}
});

test('brief mode names every source cited in the frame, and no other', () => {
	const props = withBriefFooter({rounds, state: at('escalation'), width: 100, height: 30});
	const footer = props.footer!;
	const bodyText = plainText(renderFrame(rounds, at('escalation'), options))
		.split('\n')
		.slice(0, -footer.length)
		.join('\n');
	const marks = new Set([...bodyText.matchAll(/\[(\d+)\]/g)].map((match) => match[1]));
	const named = new Set([...footer.join(' ').matchAll(/\[(\d+)\]/g)].map((match) => match[1]));
	assert.deepEqual([...named].sort(), [...marks].sort());
	assert.match(footer.at(-1)!, /Day 8 · Wed 21 Nov 2012/);
	const frame = plainText(renderFrame(rounds, at('escalation'), options));
	assert.doesNotMatch(frame, /q quit/, 'no key hints');
	assert.doesNotMatch(frame, /\[1 Escalation\]/, 'no key numbers in the tab bar');
	assert.match(frame, /\[Escalation\]/);
});

test('the export key writes SVG and PNG with a descriptive name and never overwrites', async () => {
	const state = at('casualties');
	const said = await exportPicture(dir, rounds, state, {width: 80, height: 24});
	assert.match(said, /sitrep-gaza-2012-casualties-day8\.svg and \.png/);
	writeFileSync(join(dir, 'keep.txt'), 'x');
	const again = await exportPicture(dir, rounds, state, {width: 80, height: 24});
	assert.match(again, /day8-2\.svg/);
	assert.deepEqual(readdirSync(dir).sort(), [
		'keep.txt',
		'sitrep-gaza-2012-casualties-day8-2.png',
		'sitrep-gaza-2012-casualties-day8-2.svg',
		'sitrep-gaza-2012-casualties-day8.png',
		'sitrep-gaza-2012-casualties-day8.svg',
	]);
});

// The CLI from source, like a user would run it: no terminal on either side.
const sitrep = (args: string[], input: 'pipe' | 'ignore' = 'pipe') =>
	spawnSync(process.execPath, ['--import', 'tsx', 'source/cli.tsx', ...args], {
		encoding: 'utf8',
		stdio: [input, 'pipe', 'pipe'],
		env: {...process.env, NO_COLOR: ''},
	});

test('`sitrep | cat` and `sitrep < /dev/null` print the frame and exit 0', () => {
	for (const input of ['pipe', 'ignore'] as const) {
		const result = sitrep([], input);
		assert.equal(result.status, 0, result.stderr);
		const lines = result.stdout.trimEnd().split('\n');
		assert.match(lines[0]!, /Day 12 · Fri 21 May 2021/);
		assert.ok(lines.length <= 29, 'a 100×30 frame');
		assert.doesNotMatch(result.stdout, /\u001B/, 'no escape codes into a pipe');
		assert.doesNotMatch(result.stderr, /Raw mode/);
	}
});

test('--snapshot draws the asked round, pane, day and size; --color keeps colour in a pipe', () => {
	const result = sitrep([
		'--snapshot',
		'--round',
		'gaza-2012',
		'--pane',
		'diplomacy',
		'--day',
		'2012-11-20',
		'--width',
		'90',
		'--height',
		'20',
	]);
	assert.equal(result.status, 0, result.stderr);
	const lines = result.stdout.trimEnd().split('\n');
	assert.equal(lines.length, 19);
	assert.match(lines[0]!, /Day 7 · Tue 20 Nov 2012/);
	assert.match(lines[1]!, /\[4 Diplomacy\]/);
	assert.ok(lines.every((line) => line.length <= 90));
	assert.match(sitrep(['--snapshot', '--color', '--day', '-2']).stdout, /\u001B\[/);
	assert.match(sitrep(['--snapshot', '--day=-2']).stdout, /lead-up · Day -2/);
});

test('bad snapshot options are one clear line with exit 2', () => {
	for (const [args, message] of [
		[['--pane', 'maps'], /--pane must be one of overview, escalation, casualties, diplomacy, sources, compare, not "maps"/],
		[['--day', '40'], /--day 40 is outside the round: gaza-2021 runs from day -3/],
		[['--day', 'tuesday'], /--day takes a day number or a date/],
		[['--width', '0'], /--width must be a whole number/],
		[['--export', 'brief.pdf'], /unknown format "\.pdf"/],
	] as const) {
		const result = sitrep(['--snapshot', ...args]);
		assert.equal(result.status, 2, args.join(' '));
		assert.match(result.stderr, message);
		assert.equal(result.stderr.trim().split('\n').length, 1);
	}
});

test('--export writes the files it is given, brief unless --no-brief', () => {
	const svg = join(dir, 'cli.svg');
	const text = join(dir, 'cli.txt');
	const result = sitrep(['--pane', 'casualties', '--export', svg, '--export', text]);
	assert.equal(result.status, 0, result.stderr);
	assert.equal(result.stdout, '', 'exports alone print nothing on stdout');
	assert.match(readFileSync(text, 'utf8'), /^Sources: \[/m);
	assert.match(readFileSync(svg, 'utf8'), /^<svg /);
	sitrep(['--pane', 'casualties', '--export', text, '--no-brief']);
	assert.match(readFileSync(text, 'utf8'), /q quit/);
});
