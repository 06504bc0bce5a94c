import {test} from 'node:test';
import assert from 'node:assert/strict';
import {renderFrame, exportBytes} from '../source/export/frame.js';
import {plainText} from '../source/export/cells.js';
import {openingState} from '../source/ui/session.js';
import {bundledRoundFiles, byRecency, openCatalog} from '../source/data/catalog.js';
import {resolveDay} from '../source/commands/day-option.js';
import {paneContext, paneModule, viewModel} from '../source/panes/registry.js';
import type {OverviewModel} from '../source/panes/overview/model.js';
import {keyLines, keyLineText, segmentText, type KeyLine} from '../source/view/key-lines.js';
import {printMarks} from '../source/view/cite.js';
import {claim, makeRound} from './helpers.js';
import {daysOf} from '../source/data/calendar.js';
import {loadInk} from '../source/render/frame-string.js';

// renderFrame hands the frames the string renderer declines to Ink, loaded once here.
await loadInk();

/*
 * The Overview answers a briefer's first questions on one line each: how many,
 * says who, as of when. These tests read its view model and its frame.
 */
const rounds = byRecency(openCatalog(bundledRoundFiles('data')).rounds);
const roundOf = (id: string) => rounds.find((round) => round.id === id)!;
const at = (roundId: string, day: number | undefined, pane: 'overview' | 'casualties' = 'overview') => {
	const round = roundOf(roundId);
	const index = day === undefined ? undefined : (resolveDay(round, String(day)) as {index: number}).index;
	return openingState(rounds, {roundId, pane, ...(index === undefined ? {} : {day: index})});
};
const overviewOf = (roundId: string, day?: number): OverviewModel => {
	const state = at(roundId, day);
	return viewModel(paneModule('overview'), paneContext(rounds, state)!) as OverviewModel;
};
const screen = (state: ReturnType<typeof at>, width = 100, height = 30) =>
	plainText(renderFrame(rounds, state, {width, height, brief: false}));
const lineOf = (model: OverviewModel, label: string, partOf?: string) =>
	model.lines.find((line) => line.label === label && (partOf === undefined || line.partOf === partOf));

const cases = [
	['gaza-2012', 7],
	['gaza-2012', undefined],
	['gaza-2021', 11],
	['gaza-2021', undefined],
] as const;

test('the app opens on the Overview', () => {
	assert.equal(openingState(rounds).pane, 'overview');
	assert.match(screen(openingState(rounds)), /\[1 Overview\]/);
});

for (const [roundId, day] of cases) {
	const name = `${roundId} day ${day ?? 'last'}`;

	test(`${name}: the killed line for Palestinians in Gaza names the Gaza Ministry of Health with its value`, () => {
		const line = lineOf(overviewOf(roundId, day), 'Killed · Palestinians in Gaza')!;
		assert.ok(line, 'a killed line');
		const ministry = line.originators.find((segment) => segment.name.startsWith('Gaza Ministry of Health'));
		assert.ok(ministry, line.originators.map((segment) => segment.name).join(', '));
		assert.match(ministry.value, /^[≥>~≲≤]?\d[\d,]*(–[≥>~≲≤]?\d[\d,]*)?$/);
		assert.ok(ministry.marks.length > 0, 'with its sources');
	});

	test(`${name}: a range spans different originators and no line sums them`, () => {
		const state = at(roundId, day);
		const round = roundOf(roundId);
		for (const line of keyLines(round, paneContext(rounds, state)!.day.date))
			if (/–/.test(line.value) && line.originators.length >= 2) {
				const names = new Set(line.originators.map((segment) => segment.name));
				assert.ok(names.size >= 2, `${line.label}: ${line.value} from one originator`);
			}
	});

	test(`${name}: subgroup lines are labelled as part of their population and sit under it`, () => {
		const model = overviewOf(roundId, day);
		model.lines.forEach((line, index) => {
			if (line.subgroup === undefined) return;
			assert.match(line.label, /^of them /);
			assert.equal(line.partOf, `${line.label.startsWith('of') ? line.partOf : ''}`);
			assert.ok(
				model.lines.slice(0, index).some((each) => each.subgroup === undefined && each.label === line.partOf),
				`${line.label} under ${line.partOf}`,
			);
		});
	});

	test(`${name}: the screen at 100×30 shows the key lines whole, and exports carry the same figures`, async () => {
		const state = at(roundId, day);
		const text = screen(state);
		assert.doesNotMatch(text, /\bnone\b/, 'nothing reads as zero');
		const model = overviewOf(roundId, day);
		// The Gaza killed line, as the view prints it, is on the screen uncut.
		const line = keyLineText(lineOf(model, 'Killed · Palestinians in Gaza')!, 100, false, model.lines)[0]!;
		assert.ok(text.includes(line), line);
		assert.doesNotMatch(line, /…/);
		const markdown = String(await exportBytes('x.md', rounds, state, {width: 100, height: 30, brief: true}));
		const json = JSON.parse(String(await exportBytes('x.json', rounds, state, {width: 100, height: 30, brief: true})));
		for (const each of model.lines)
			for (const segment of each.originators) {
				assert.ok(
					markdown.replace(/\\/g, '').replaceAll('&gt;', '>').includes(`${segment.value}`),
					`${each.label}: ${segment.value} in the .md`,
				);
				assert.ok(JSON.stringify(json.keyFigures).includes(JSON.stringify(segment.value)), `${each.label}: ${segment.value} in the .json`);
			}
	});
}

test('an older count shows its as-of date and is marked carried forward', () => {
	// 2012 day 8: the children killed were last counted on 20 Nov.
	const line = lineOf(overviewOf('gaza-2012', 8), 'of them children', 'Killed · Palestinians in Gaza')!;
	assert.equal(line.status, 'older');
	assert.match(line.value, /^↳ /);
	assert.ok(line.originators.every((segment) => segment.asOf !== undefined));
	assert.match(keyLineText(line, 100)[0]!, /\(as of 20 Nov\)/);
});

const fixture = makeRound({
	figures: [
		claim({date: '2030-01-11', value: 10, claimant: 'Health ministry', population: 'P'}),
		claim({date: '2030-01-12', value: 12, claimant: 'Health ministry', population: 'P'}),
		claim({date: '2030-01-12', value: 15, claimant: 'Army', population: 'P'}),
		claim({date: '2030-01-12', value: 9, claimant: 'Health ministry', qualifier: 'at-least', population: 'P', subgroup: 'children'}),
		claim({date: '2030-01-12', value: 3, claimant: 'Army', population: 'Q', metric: 'wounded'}),
		// Q's killed are first counted the day after the one briefed.
		claim({date: '2030-01-13', value: 1, claimant: 'Army', population: 'Q'}),
	],
});

test('a small round: range across originators, subgroup under its population, "no count published" in words', () => {
	const lines = keyLines(fixture, '2030-01-12', {metrics: ['killed', 'wounded']});
	const byLabel = (label: string) => lines.find((line: KeyLine) => line.label === label)!;
	assert.equal(byLabel('Killed · P').value, '12–15');
	assert.deepEqual(
		byLabel('Killed · P')
			.originators.map((segment) => `${segment.name} ${segment.value}`)
			.sort(),
		['Army 15', 'Health ministry 12'],
	);
	assert.equal(byLabel('of them children').partOf, 'Killed · P');
	assert.equal(byLabel('of them children').value, '≥9');
	// Nobody counted the killed of Q: words, not a zero or a dash.
	const q = byLabel('Killed · Q');
	assert.equal(q.status, 'none');
	assert.match(keyLineText(q, 80)[0]!, /Killed · Q +no count published$/);
	// The day before: one originator only, its own value, no range.
	const before = keyLines(fixture, '2030-01-11', {metrics: ['killed']}).find((line) => line.label === 'Killed · P')!;
	assert.equal(before.value, '10');
});

test('at 80 columns a long list shortens to "+n", never dropping the value or the originators at the two ends of the range', () => {
	const model = overviewOf('gaza-2012', 5);
	const line = lineOf(model, 'Killed · Palestinians in Gaza')!;
	const rows = keyLineText(line, 80, false, model.lines);
	assert.ok(rows.every((row) => row.length <= 80));
	assert.ok(rows[0]!.includes(line.value), 'the range');
	const ends = line.originators.filter((segment) => segment.end);
	assert.deepEqual(ends.map((segment) => segment.end).sort(), ['high', 'low']);
	for (const end of ends)
		assert.ok(
			rows.some((row) => row.includes(`${end.short} ${end.value} ${printMarks(end.marks)}`)),
			`the ${end.end} end's originator, value and sources:\n${rows.join('\n')}`,
		);
	assert.match(rows.join('\n'), /\+\d/);
});

test('Casualties at 100×30: "killed by day 7, who gives each end of the range, how many of them children, says who" on the first screen', () => {
	const text = screen(at('gaza-2012', 7, 'casualties')).split('\n');
	const killed = text.findIndex((line) => /^ Killed · Palestinians in Gaza +~110–141 +\S/.test(line));
	assert.ok(killed > 0 && killed < 6, text.slice(0, 8).join('\n'));
	// Reuters gives the low end, Ma'an the high: both named, on the line or the one wrapped under it.
	assert.match(text.slice(killed, killed + 2).join('\n'), /Reuters ~110 \[\d+\][^]*Ma'an News Agency 138–141 \[\d+\]/);
	assert.match(text[killed + 2]!, /^ {2}of them children +\d+–?\d* +Gaza Ministry of Health\*? \d+ \[\d+\]/);
});

test('an Overview export is a 120-column slide by default, other panes keep the terminal size', async () => {
	const {spawnSync} = await import('node:child_process');
	const {mkdtempSync, readFileSync} = await import('node:fs');
	const {tmpdir} = await import('node:os');
	const {join} = await import('node:path');
	const dir = mkdtempSync(join(tmpdir(), 'sitrep-overview-'));
	const run = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'source/cli.tsx', ...args], {encoding: 'utf8'});
	run('--round', 'gaza-2012', '--export', join(dir, 'o.txt'));
	const widest = Math.max(
		...readFileSync(join(dir, 'o.txt'), 'utf8')
			.split('\n')
			.map((line) => [...line].length),
	);
	assert.ok(widest > 100 && widest <= 120, `${widest} columns`);
	run('--round', 'gaza-2012', '--pane', 'sources', '--export', join(dir, 's.txt'));
	assert.ok(
		Math.max(
			...readFileSync(join(dir, 's.txt'), 'utf8')
				.split('\n')
				.map((line) => [...line].length),
		) <= 100,
	);
	run('--round', 'gaza-2012', '--export', join(dir, 'n.txt'), '--width', '90');
	assert.ok(
		Math.max(
			...readFileSync(join(dir, 'n.txt'), 'utf8')
				.split('\n')
				.map((line) => [...line].length),
		) <= 90,
	);
});

test('a population nobody has totalled, but part of which is counted, says so instead of reading as uncounted', () => {
	// 2012, day 5 (18 Nov): no total of Israelis killed yet; UN OCHA counts 3 civilians.
	const text = screen(at('gaza-2012', 5));
	assert.match(text, /Killed · Israelis\s+no total published; part counted below/);
	assert.match(text, /of them civilians\s+3\s+UN OCHA 3 \[\d+\]/);
	assert.doesNotMatch(text, /Killed · Israelis\s+no count published/);
});

test('the one-page brief: an Overview picture without a size is one 120×34 slide, sources footer inside, no key hints', async () => {
	const {exportFiles} = await import('../source/export/frame.js');
	const state = at('gaza-2012', 5);
	const [slide] = await exportFiles('o.svg', rounds, state, {width: 120, height: 34, brief: true, slide: true});
	// Each row of the picture is one <text>; its runs are <tspan>s.
	const rows = [...String(slide!.bytes).matchAll(/<text [^>]*>(.*?)<\/text>/gs)].map((match) =>
		match[1]!
			.replace(/<[^>]+>/g, '')
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&quot;', '"')
			.replaceAll('&amp;', '&'),
	);
	assert.ok(rows.length <= 34, `${rows.length} rows`);
	const text = rows.join('\n');
	assert.match(text, /Killed · Palestinians in Gaza\s+53–72/);
	assert.match(text, /^Sources: \[\d+\]/m, 'the sources footer is on the slide');
	for (const mark of new Set([...text.matchAll(/\[(\d+)\]/g)].map((match) => match[1]!)))
		assert.match(text, new RegExp(`\\[${mark}\\] [^·\\n]`), `source [${mark}] is named in the footer`);
	assert.doesNotMatch(text, /\? help|q quit|\(\d\/\d\)/);
	// Text exports stay whole.
	const txt = String((await exportFiles('o.txt', rounds, state, {width: 120, height: 34, brief: true, slide: true}))[0]!.bytes);
	assert.ok(txt.split('\n').length > 34);
});

test('a part line ("intercepted", "of them civilians") always sits under the line it is part of, on every day of both rounds', () => {
	for (const round of rounds)
		for (const [day, {date}] of daysOf(round).entries()) {
			const state = openingState(rounds, {roundId: round.id, pane: 'overview', day});
			const model = viewModel(paneModule('overview'), paneContext(rounds, state)!) as OverviewModel;
			model.lines.forEach((line, index) => {
				if (!line.partOf) return;
				const parent = model.lines.slice(0, index).reduce((found, each, at) => (each.partOf ? found : at), -1);
				assert.ok(
					parent >= 0 && model.lines[parent]!.label === line.partOf && model.lines[parent]!.population === line.population,
					`${round.id} ${date}: "${line.label}" of ${line.partOf} shown under ${model.lines[parent]?.label ?? 'nothing'}`,
				);
			});
		}
});

test('the key figures are never an empty heading: a day nobody had counted anything says "no count published" for the first questions', () => {
	let quiet = 0;
	for (const round of rounds)
		for (const [day, {date}] of daysOf(round).entries()) {
			const state = openingState(rounds, {roundId: round.id, pane: 'overview', day});
			const model = viewModel(paneModule('overview'), paneContext(rounds, state)!) as OverviewModel;
			assert.ok(model.lines.length > 0, `${round.id} ${date}: key figures shown`);
			if (
				model.lines.every((line) => line.status === 'none' && (line.today ?? {status: 'none'}).status === 'none' && !line.incidents?.length)
			) {
				quiet++;
				assert.ok(
					model.lines.some((line) => line.metric === 'killed'),
					`${round.id} ${date}: killed asked`,
				);
				const frame = screen(state, 120, 40);
				for (const line of model.lines) assert.match(frame, new RegExp(`${line.label}\\s+no count published`), `${round.id} ${date}`);
			}
		}
	assert.ok(quiet > 0, 'a quiet day was seen (2012 day 0)');
});

test('before anyone totals a population, its single incidents answer on the first screen: each with who and when, never added up', () => {
	const round = makeRound({
		figures: [
			claim({date: '2030-01-10', value: 1, claimant: 'UN', scope: 'incident', population: 'Q'}),
			claim({date: '2030-01-11', value: 3, claimant: 'UN', scope: 'incident', subgroup: 'civilians', population: 'Q'}),
			claim({date: '2030-01-11', value: 3, claimant: 'Wire', scope: 'incident', population: 'Q'}),
			claim({date: '2030-01-12', value: 2, claimant: 'UN', scope: 'incident', population: 'Q'}),
			// Another incident the same day, by the same originator: its own count, not a range "1–2".
			claim({date: '2030-01-12', value: 1, claimant: 'UN', scope: 'incident', population: 'Q'}),
			claim({date: '2030-01-13', value: 6, claimant: 'Ministry', population: 'Q'}),
		],
	});
	const killedQ = (date: string) => keyLines(round, date, {metrics: ['killed']}).find((line) => line.label === 'Killed · Q')!;
	const second = killedQ('2030-01-12');
	assert.equal(second.value, 'no total published');
	assert.deepEqual(
		second.incidents!.map((segment) => segmentText(segment, () => '').trim()),
		['UN 2 on 12 Jan', 'UN 1 on 12 Jan', 'UN 3 civilians on 11 Jan', 'Wire 3 on 11 Jan'],
		'since the start (not the lead-up), newest first, one per day and originator, no sum (no 5, no 8)',
	);
	const [head, under] = keyLineText(second, 140);
	assert.match(head!, /^ Killed · Q +no total published$/);
	assert.match(
		under!,
		/^ +in incidents: UN 2 on 12 Jan \[1\] · UN 1 on 12 Jan \[1\] · UN 3 civilians on 11 Jan \[1\] · Wire 3 on 11 Jan \[1\]$/,
	);
	// Once a total is published, it answers; the incidents are on Escalation and Casualties.
	const third = killedQ('2030-01-13');
	assert.equal(third.value, '6');
	assert.equal(third.incidents, undefined);
	// A lead-up day shows its own incident only, never one from a later day.
	assert.deepEqual(
		killedQ('2030-01-10').incidents!.map((segment) => segmentText(segment, () => '').trim()),
		['UN 1 on 10 Jan'],
	);
});

test('2012, day 2: the Israelis killed in Kiryat Malakhi are on the Overview, as an incident count with its originators', () => {
	const lines = screen(at('gaza-2012', 2));
	const head = lines.split('\n').findIndex((line) => /^ Killed · Israelis +no total published$/.test(line));
	assert.ok(head > 0, lines);
	assert.match(lines.split('\n')[head + 1]!, /in incidents: UN OCHA 3 civilians on 15 Nov \[\d+\] · \+2$/);
});
