import {test} from 'node:test';
import assert from 'node:assert/strict';
import {renderFrame} from '../source/export/frame.js';
import {frameContext} from '../source/ui/Dashboard.js';
import {openingState} from '../source/ui/session.js';
import {commandFor, type KeyContext, type Keystroke} from '../source/state/keymap.js';
import {navigate, type Action, type NavState} from '../source/state/navigation.js';
import {paneContext, paneModule, viewModel} from '../source/panes/registry.js';
import {chartMeasures, measureSeries} from '../source/data/measures.js';
import {derived} from '../source/view/derived.js';
import {bundledRoundFiles, byRecency, openCatalog} from '../source/data/catalog.js';
import type {CasualtiesModel} from '../source/panes/casualties/model.js';
import type {EscalationModel} from '../source/panes/escalation/model.js';
import {loadInk} from '../source/render/frame-string.js';

// renderFrame hands the frames the string renderer declines to Ink, loaded once here.
await loadInk();

/*
 * The Casualties and Escalation panes as a briefer reads them: one row per
 * originator, older counts folded, headings that stay, pages that do not
 * skip; per-originator series whose every bar names its source; nothing
 * that reads as zero unless someone reported zero.
 */
const rounds = byRecency(openCatalog(bundledRoundFiles('data')).rounds);
const round2012 = rounds.find((round) => round.id === 'gaza-2012')!;
const round2021 = rounds.find((round) => round.id === 'gaza-2021')!;
const strip = (text: string) => text.replace(/\u001B\[[0-9;]*m/g, '');
const screen = (state: NavState, width = 100, height = 30) => strip(renderFrame(rounds, state, {width, height, brief: false})).split('\n');
const dayIndex = (roundId: string, date: string) =>
	derived.days(rounds.find((round) => round.id === roundId)!).findIndex((day) => day.date === date);
const at = (roundId: string, date: string, pane: 'casualties' | 'escalation') =>
	openingState(rounds, {roundId, pane, day: dayIndex(roundId, date)});
const modelOf = <M>(state: NavState): M => viewModel(paneModule(state.pane), paneContext(rounds, state)!) as M;
const key = (state: NavState, stroke: Partial<Keystroke>, size = {width: 100, height: 30}): NavState => {
	const context: KeyContext = {pane: state.pane, overlay: state.overlay, ...frameContext({rounds, state, ...size})};
	const command = commandFor({text: '', ctrl: false, shift: false, ...stroke}, context, false);
	assert.ok(command && command.type !== 'quit' && command.type !== 'export', `a key for ${JSON.stringify(stroke)}`);
	return navigate(state, command as Action);
};

test('Enter shows the older counts on Casualties and folds them again; on Diplomacy it still opens the history', () => {
	const state = at('gaza-2012', '2012-11-20', 'casualties');
	const folded = screen(state).join('\n');
	assert.match(folded, /↳ 15 older counts \(latest 19 Nov\) — Enter to show/);
	// The table: the key-figure lines above it may name an older count with its date.
	assert.doesNotMatch(
		folded
			.split('\n')
			.filter((line) => line.startsWith('│'))
			.join('\n'),
		/The Guardian/,
	);
	const opened = key(state, {name: 'return'});
	assert.equal(opened.olderOpen, true);
	const text = [...screen(opened), ...screen(key(opened, {name: 'pagedown'}))].join('\n');
	assert.match(text, /15 older counts \(latest 19 Nov\) — Enter to fold/);
	assert.match(text, /│\s+↳109 │\s+│ The Guardian \[\d+\]\s+│ 19 Nov/);
	assert.equal(key(opened, {name: 'return'}).olderOpen, false);
	const diplomacy = key({...state, pane: 'diplomacy'}, {name: 'return'});
	assert.equal(diplomacy.overlay, 'history');
	assert.equal(diplomacy.olderOpen, false);
});

test("PgDn and PgUp move exactly one page: the next page starts with the line after the last one seen, under its group's heading", () => {
	for (const [roundId, date] of [
		['gaza-2012', '2012-11-22'],
		['gaza-2021', '2021-05-22'],
	] as const) {
		const state = {...at(roundId, date, 'casualties'), olderOpen: true};
		const body = (lines: string[]) => {
			const head = lines.findIndex((line) => line.startsWith('│ ') && line.includes('Who counted'));
			const end = lines.findIndex((line, index) => index > head && /^ {2}(↓|\s*$)/.test(line));
			return lines.slice(head + 1, end);
		};
		const first = body(screen(state));
		const next = key(state, {name: 'pagedown'});
		const second = body(screen(next));
		assert.ok(first.length > 10 && second.length > 10, `${first.length} and ${second.length} lines`);
		// The top line of a page is a heading: the group's own, or its heading pinned with "(continued)".
		assert.doesNotMatch(second[0]!, /^│/, second[0]);
		// Exactly one page: the line under the pinned heading is the one that followed the last line seen.
		const all = body(screen({...state, scroll: {...state.scroll, casualties: 0}}, 100, 400));
		const lastSeen = all.indexOf(first.at(-1)!);
		assert.equal(second[1], all[lastSeen + 1], `${roundId}: page 2 goes on from the line after page 1`);
		const back = key(next, {name: 'pageup'});
		assert.equal(back.scroll.casualties, 0);
		assert.deepEqual(body(screen(back)), first);
	}
});

test('the casualty scroll starts at the top again on another day, round or pane', () => {
	const state = {...at('gaza-2012', '2012-11-22', 'casualties'), olderOpen: true};
	const scrolled = key(key(state, {name: 'pagedown'}), {name: 'down'});
	assert.ok(scrolled.scroll.casualties > 1);
	assert.equal(key(scrolled, {name: 'left'}).scroll.casualties, 0, 'another day');
	assert.equal(key(scrolled, {text: 'r'}).scroll.casualties, 0, 'another round');
	const away = key(scrolled, {text: '4'});
	assert.equal(key(away, {text: '3'}).scroll.casualties, 0, 'back from another pane');
	assert.equal(key(key(scrolled, {name: 'tab'}), {name: 'tab', shift: true}).scroll.casualties, 0, 'Tab away and back');
});

test('one row per originator on 20 Nov 2012 and 20 May 2021; the heading of the group in view stays on top', () => {
	for (const [roundId, date] of [
		['gaza-2012', '2012-11-20'],
		['gaza-2021', '2021-05-20'],
	] as const) {
		const model = modelOf<CasualtiesModel>(at(roundId, date, 'casualties'));
		for (const group of model.groups) {
			const originators = group.current.map((row) => row.originator + (row.since ?? ''));
			assert.equal(new Set(originators).size, originators.length, `${group.population} ${group.subgroup ?? ''}: ${originators.join(', ')}`);
			for (const row of group.current) assert.equal(row.asOf, date);
			for (const row of group.older) assert.ok(row.asOf < date);
			// A relayed count names its outlets once, folded: "· via A, B +n", never a list of the same count.
			for (const row of [...group.current, ...group.older])
				for (const count of [row.killed, row.wounded]) if (count) assert.doesNotMatch(count.text, /\//);
		}
		const lines = screen({
			...at(roundId, date, 'casualties'),
			olderOpen: true,
			scroll: {...at(roundId, date, 'casualties').scroll, casualties: 8},
		});
		const head = lines.findIndex((line) => line.includes('Who counted'));
		assert.doesNotMatch(lines[head + 1]!, /^│/, 'a heading, not a row, on top while scrolled');
	}
});

test("the ≠ mark only where different originators' counts of the day differ", () => {
	const model = modelOf<CasualtiesModel>(at('gaza-2021', '2021-05-21', 'casualties'));
	const gaza = model.groups.find((group) => group.population === 'Palestinians in Gaza' && !group.subgroup)!;
	assert.equal(gaza.current.length, 1, 'only the ministry counted on the day');
	assert.equal(gaza.contested, false, 'older counts that differ do not make the day contested');
	assert.equal(gaza.current[0]!.killed!.text, '232–243', 'its relays that differ are its own range');
	const combatants = model.groups.find((group) => group.subgroup === 'combatants')!;
	assert.equal(combatants.contested, true);
});

test('nothing reads as zero unless someone reported zero: no "none", "no count published" in words, older counts marked ↳', () => {
	for (const round of [round2012, round2021]) {
		const zeros = round.figures.some((figure) => figure.value === 0 && ['killed', 'wounded'].includes(figure.metric));
		derived.days(round).forEach((day, index) => {
			const state = {...openingState(rounds, {roundId: round.id, pane: 'casualties', day: index}), olderOpen: true};
			const text = strip(renderFrame(rounds, state, {width: 100, height: 30, brief: true, whole: true}));
			assert.doesNotMatch(text, /\bnone\b/i, `${round.id} day ${day.number}`);
			if (!zeros) assert.doesNotMatch(text, /│\s+↳?0 │/, `${round.id} day ${day.number}: a zero cell`);
			const model = modelOf<CasualtiesModel>(state);
			for (const group of model.groups)
				for (const row of group.older)
					for (const count of [row.killed, row.wounded]) if (count) assert.match(count.text, /^↳/, `${row.label} ${count.text}`);
			for (const line of model.byDay)
				for (const cell of line.cells) {
					if (cell.status === 'none') assert.equal(cell.text, 'no count published');
					if (cell.status !== 'part') assert.equal(cell.text.startsWith('↳'), cell.status === 'older', `${cell.date} ${cell.text}`);
				}
		});
	}
	// Israelis in 2012: before anyone counted all Israelis killed (day 7), UN OCHA's count of civilians (3, from day 4) is given as such.
	const lines = screen(at('gaza-2012', '2012-11-20', 'casualties'), 120, 40);
	assert.ok(
		lines.some((line) => /^Israelis killed: .*D4 civilians 3 · D5 civilians 3 · D6 civilians 3 · ▸D7 5 /.test(line)),
		lines.join('\n'),
	);
	const israelis = modelOf<CasualtiesModel>(at('gaza-2012', '2012-11-20', 'casualties')).byDay.find(
		(line) => line.population === 'Israelis',
	)!;
	assert.deepEqual(
		israelis.cells.filter((cell) => cell.dayNumber <= 3).map((cell) => cell.text),
		Array.from({length: 7}, () => 'no count published'),
	);
});

test("the charted series is one originator's, continuous across the outlets that relayed it", () => {
	const rockets = measureSeries(round2021, {metric: 'rockets-fired', population: 'from Gaza', scope: 'cumulative'});
	const idf = rockets[0]!;
	assert.equal(idf.originator.id, 'idf');
	const counted = idf.points.filter((point) => point.kind === 'reported');
	assert.equal(counted.length, 12);
	assert.deepEqual(
		counted.map((point) => point.day.number),
		[2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
		'every day from 11 May, whatever outlet carried the count',
	);
	assert.ok(new Set(counted.flatMap((point) => point.claim!.via)).size >= 6, 'through several outlets');
	const ministry = measureSeries(round2021, {metric: 'killed', population: 'Palestinians in Gaza', scope: 'cumulative'})[0]!;
	assert.equal(ministry.originator.id, 'gaza-moh');
	// 2012: the IDF's running total of 18 Nov is carried forward to 19–21 Nov, marked, with its date.
	const idf2012 = measureSeries(round2012, {metric: 'rockets-fired', population: 'from Gaza', scope: 'cumulative'})[0]!;
	const carried = idf2012.points.filter((point) => point.kind === 'carried');
	assert.deepEqual(
		carried.map((point) => [point.day.date, point.claim!.asOf]),
		[
			['2012-11-17', '2012-11-16'],
			['2012-11-19', '2012-11-18'],
			['2012-11-20', '2012-11-18'],
			['2012-11-21', '2012-11-18'],
		],
	);
});

test("the 2021 chart opens on the IDF's running totals of rockets, the heavy early days drawn; m and M go through every measure", () => {
	const measures = chartMeasures(round2021);
	assert.deepEqual(measures.slice(0, 2), [
		{metric: 'rockets-fired', population: 'from Gaza', scope: 'cumulative'},
		{metric: 'rockets-fired', population: 'from Gaza', scope: 'daily'},
	]);
	const state = openingState(rounds, {roundId: 'gaza-2021', pane: 'escalation'});
	const model = modelOf<EscalationModel>(state);
	assert.equal(model.series?.label.replace('*', ''), 'Israel Defense Forces (IDF)');
	for (const number of [2, 3, 4, 5, 6, 7])
		assert.equal(model.bars.find((bar) => bar.day.number === number)?.kind, 'reported', `day ${number}`);
	const lines = screen(state, 120, 40);
	assert.ok(lines.some((line) => /Rockets fired from Gaza, to date/.test(line)));
	assert.ok(lines.some((line) => /Count of Israel Defense Forces \(IDF\)\*? · 12 days of 17/.test(line)));
	assert.ok(
		lines.some((line) => /Also counted by: UNRWA/.test(line)),
		'the others are listed',
	);
	let cycled = state;
	const seen = new Set<string>();
	for (let index = 0; index < measures.length; index++) {
		seen.add(modelOf<EscalationModel>(cycled).measure!.label + modelOf<EscalationModel>(cycled).measure!.scope);
		cycled = key(cycled, {text: 'm'});
	}
	assert.equal(seen.size, measures.length, 'm reaches every measure once');
	assert.equal(cycled.metric, state.metric, 'and comes back');
	assert.equal(key(state, {text: 'M'}).metric, measures.length - 1, 'M goes back from the first to the last');
	const other = key(state, {text: 'o'});
	assert.notEqual(modelOf<EscalationModel>(other).series?.label, model.series?.label, 'o charts another originator');
	assert.equal(key(other, {text: 'm'}).series, 0, 'a new measure starts on its best-covering originator');
});

test('every bar carries its source number; derived, carried-forward and no-report days say what they are', () => {
	for (const round of [round2012, round2021])
		chartMeasures(round).forEach((_, metric) => {
			const state = {...openingState(rounds, {roundId: round.id, pane: 'escalation'}), metric};
			const model = modelOf<EscalationModel>(state);
			for (const bar of model.bars) {
				if (bar.kind === 'no-report') {
					assert.equal(bar.value, undefined);
					assert.equal(bar.display, '');
					continue;
				}
				assert.ok(bar.marks.length > 0, `${round.id} ${model.measure!.label} day ${bar.day.number}`);
				assert.equal(bar.display.startsWith('↳'), bar.kind === 'carried');
				if (bar.kind === 'carried') assert.ok(bar.asOf! < bar.day.date);
			}
		});
	const lines = screen(openingState(rounds, {roundId: 'gaza-2012', pane: 'escalation'}), 120, 40);
	const bars = lines.filter((line) => /^[ ▸]\s*-?\d+ \w{3} [█▒░▏▎▍▌▋▊▉]/.test(line));
	assert.ok(bars.length >= 6);
	for (const bar of bars) assert.match(bar, /\d \[\d+\]/, bar);
	assert.ok(
		bars.some((bar) => /░+\s+↳~900 \[\d+\] as of 18 Nov/.test(bar)),
		'a carried-forward running total, marked, with its date',
	);
	assert.ok(
		lines.some((line) => /^\s*-3…1\s+·· no report · 5 days/.test(line)),
		'the days before the first count, in words',
	);
});

test('the chart uses the height it has: more rows per bar on a taller terminal', () => {
	const state = openingState(rounds, {roundId: 'gaza-2021', pane: 'escalation'});
	const rows = (width: number, height: number) => {
		const lines = screen(state, width, height);
		const chartWidth = lines[2]!.indexOf('Events');
		return lines.slice(2, -1).filter((line) => /[█▒░]/.test(line.slice(0, chartWidth))).length;
	};
	const small = rows(80, 24);
	const medium = rows(120, 40);
	const large = rows(200, 60);
	assert.ok(medium >= 2 * 12, `120×40: ${medium} rows of bars`);
	assert.ok(large >= 3 * 12, `200×60: ${large} rows of bars`);
	assert.ok(small < medium && medium < large);
});
