import {test} from 'node:test';
import assert from 'node:assert/strict';
import {renderFrame} from '../source/export/frame.js';
import {openingState} from '../source/ui/session.js';
import {daysOf} from '../source/data/calendar.js';
import {keyFigures, type KeyCount} from '../source/data/key-figures.js';
import type {OriginatorClaim} from '../source/data/originator-claims.js';
import {shortNameOf} from '../source/data/originators.js';
import {paneContext, paneModule, viewModel} from '../source/panes/registry.js';
import {overviewMarkdown, overviewMetrics, type OverviewModel} from '../source/panes/overview/model.js';
import {formatValue} from '../source/view/text.js';
import type {KeyLine} from '../source/view/key-lines.js';
import type {CasualtiesModel} from '../source/panes/casualties/model.js';
import {mdText} from '../source/export/markdown-text.js';
import {loadInk} from '../source/render/frame-string.js';
import {rounds, strip} from './helpers.js';

await loadInk();

/*
 * Whoever gives a number of a key figure's value column is named on its line:
 * for a range "38–46", the originator saying 38 and the one saying 46, each
 * with its count, before any "+n". The expectation is worked out from the
 * round's claims (keyFigures), then looked for in the frame a reader sees.
 */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A claim's count as a line prints it: "38", ">830–950". */
const printed = (claim: OriginatorClaim) => {
	const high = claim.valueHigh === undefined ? '' : `–${formatValue(claim.valueHigh, claim.qualifierHigh ?? claim.qualifier)}`;
	return `${formatValue(claim.value, claim.qualifier)}${high}`;
};

/** The names a line may give a claim's originator: in full, or its short form from the data layer; the inferred mark after either. */
const namesOf = (round: (typeof rounds)[number], claim: OriginatorClaim) =>
	[claim.originator.name, shortNameOf(round, claim.originator.id)].map((name) => `${name}${claim.inferred ? '*' : ''}`);

type End = {side: 'low' | 'high' | 'single'; bound: string; by: OriginatorClaim[]};

/** The ends of the value column and the claims giving each (several when originators tie), from the claims. */
const endsOf = (count: KeyCount): End[] => {
	if (count.status === 'none') return [];
	if (!count.range) return [{side: 'single', bound: printed(count.leading[0]!), by: [count.leading[0]!]}];
	const {low, high, lowBy} = count.range;
	const pool = count.current.length ? count.current : count.older.filter((claim) => claim.asOf === lowBy.asOf);
	return [
		{
			side: 'low',
			bound: formatValue(low.value, low.qualifier),
			by: pool.filter((claim) => claim.value === low.value && claim.qualifier === low.qualifier),
		},
		{
			side: 'high',
			bound: formatValue(high.value, high.qualifier),
			by: pool.filter(
				(claim) => (claim.valueHigh ?? claim.value) === high.value && (claim.qualifierHigh ?? claim.qualifier) === high.qualifier,
			),
		},
	];
};

/** Where in a key line's rows one of the end's originators is named with its count; -1 when none is. */
const namedAt = (round: (typeof rounds)[number], rows: readonly string[], end: End): number => {
	const at = rows.flatMap((row, index) =>
		end.by.flatMap((claim) =>
			namesOf(round, claim).flatMap((name) => {
				const found = new RegExp(`(^|\\s)${escape(name)} ${escape(printed(claim))}(?![\\d,–])`).exec(row);
				return found ? [index * 1000 + found.index] : [];
			}),
		),
	);
	return at.length ? Math.min(...at) : -1;
};

/** A key-figure block of a frame, one entry per key line: its first row and the rows wrapped under it. */
const keyEntries = (frame: string[], start: number, end: RegExp): string[][] => {
	const entries: string[][] = [];
	for (const row of frame.slice(start)) {
		if (end.test(row)) break;
		if (/^\s{0,3}\S/.test(row)) entries.push([row]);
		else entries.at(-1)!.push(row);
	}
	return entries;
};

/** Checks each entry of a block against the claims of its line; returns how many ranges it checked. */
const checkEntries = (
	round: (typeof rounds)[number],
	entries: string[][],
	lines: readonly KeyLine[],
	data: ReturnType<typeof keyFigures>,
	at: string,
): number => {
	let ranges = 0;
	// As many entries as lines fit (none on a day nobody counted anything), in the model's order.
	assert.ok(entries.length <= lines.length, `${at}: the key block`);
	entries.forEach((rows, line) => {
		const shown = lines[line]!;
		const where = `${at}:\n${rows.join('\n')}`;
		const claims = data.find(
			(each) => each.metric === shown.metric && each.population === shown.population && each.subgroup === shown.subgroup,
		)!;
		assert.ok(claims, where);
		const ends = endsOf(claims.toDate);
		if (claims.toDate.range) {
			ranges++;
			assert.ok(rows[0]!.includes(` ${ends[0]!.bound}–${ends[1]!.bound} `), `the range column: ${where}`);
		}
		const plus = rows.join('\n').search(/· \+\d/);
		for (const end of ends) {
			const found = namedAt(round, rows, end);
			assert.ok(found >= 0, `the ${end.side} end ${end.bound} named with its originator: ${where}`);
			if (plus >= 0) {
				const row = Math.floor(found / 1000);
				const before = rows.slice(0, row).join('\n').length + (row > 0 ? 1 : 0) + (found % 1000);
				assert.ok(before < plus, `the ${end.side} end named before "+n": ${where}`);
			}
		}
	});
	return ranges;
};

const sizes = [
	[80, 24],
	[120, 40],
	[200, 60],
] as const;

for (const round of rounds)
	for (const brief of [false, true])
		test(`${round.id}${brief ? ', brief layout' : ''}: every day at 80x24, 120x40 and 200x60, a range's ends are named with their counts`, () => {
			const roundId = round.id;
			let ranges = 0;
			daysOf(round).forEach((day, index) => {
				const state = openingState(rounds, {roundId, day: index});
				const model = viewModel(paneModule('overview'), paneContext(rounds, state)!) as OverviewModel;
				const data = keyFigures(round, day.date, {metrics: overviewMetrics});
				for (const [width, height] of sizes) {
					const frame = strip(renderFrame(rounds, state, {width, height, brief})).split('\n');
					const start = frame.findIndex((row) => row.startsWith('Key figures as of')) + 1;
					const entries = keyEntries(frame, start, /^( \+\d+ more key figures|Diplomacy ·|Main events ·)/);
					assert.equal(entries.length === 0, model.lines.length === 0, `day ${day.number} ${width}x${height}: the key block`);
					ranges += checkEntries(round, entries, model.lines, data, `day ${day.number} ${width}x${height}`);
				}
			});
			assert.ok(ranges > 20, `ranges to check (${ranges})`);
		});

for (const round of rounds)
	test(`${round.id}: the key figures at the top of Casualties name a range's ends too, every day at 80x24 and 120x40`, () => {
		let ranges = 0;
		daysOf(round).forEach((day, index) => {
			const state = openingState(rounds, {roundId: round.id, pane: 'casualties', day: index});
			const model = viewModel(paneModule('casualties'), paneContext(rounds, state)!) as CasualtiesModel;
			const data = keyFigures(round, day.date, {metrics: ['killed', 'wounded']});
			for (const [width, height] of sizes.slice(0, 2)) {
				const frame = strip(renderFrame(rounds, state, {width, height, brief: false})).split('\n');
				// Under the tab bar, down to the "more" line or the table's heading.
				const entries = keyEntries(frame, 2, /^( \+\d+ more key figures|Day -?\d+ ·)/);
				ranges += checkEntries(round, entries, model.keyLines, data, `day ${day.number} ${width}x${height}`);
			}
		});
		assert.ok(ranges > 10, `ranges to check (${ranges})`);
	});

test('the Markdown export of the Overview names each end of a range with its count', () => {
	for (const round of rounds)
		daysOf(round).forEach((day, index) => {
			const state = openingState(rounds, {roundId: round.id, day: index});
			const model = viewModel(paneModule('overview'), paneContext(rounds, state)!) as OverviewModel;
			const markdown = overviewMarkdown(model);
			for (const claims of keyFigures(round, day.date, {metrics: overviewMetrics})) {
				if (!claims.toDate.range) continue;
				const shown = model.lines.find(
					(line) => line.metric === claims.metric && line.population === claims.population && line.subgroup === claims.subgroup,
				);
				if (!shown) continue;
				const label = shown.partOf ? `${shown.partOf}, ${shown.label}` : shown.label;
				const bullet = markdown.find((text) => text.startsWith(`- **${mdText(label)}**:`))!;
				for (const end of endsOf(claims.toDate))
					assert.ok(
						end.by.some((claim) => bullet.includes(mdText(`${namesOf(round, claim)[0]} ${printed(claim)}`))),
						`${round.id} day ${day.number}, the ${end.side} end ${end.bound}: ${bullet}`,
					);
			}
		});
});
