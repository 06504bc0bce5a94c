import {test, afterEach} from 'node:test';
import assert from 'node:assert/strict';
import {cleanup} from 'ink-testing-library';
import type {Exporter} from '../source/ui/App.js';
import {openingState} from '../source/ui/session.js';
import {arrows, rounds, startApp, tick} from './helpers.js';

// Most tests here are about the Escalation pane's keys; they start on it (the app itself opens on the Overview).
const start = async (exporter?: Exporter, initial = openingState(rounds, {pane: 'escalation'})) => startApp(exporter, initial);

afterEach(() => cleanup());

test('opens on the most recent round, Overview pane, last day of hostilities', async () => {
	const {frame, shows} = await start(undefined, openingState(rounds));
	await shows(/Day 12 · Fri 21 May 2021/);
	await shows(/\[1 Overview\]/);
	await shows(/Key figures as of Fri 21 May/);
	await shows(/Killed · Palestinians in Gaza/);
	assert.ok(frame().split('\n').length <= 23, 'the frame is shorter than the terminal');
});

test('number keys switch panes, and each pane shows its content', async () => {
	const {keys, shows} = await start();
	await keys('3');
	await shows(/\[3 Casualties\]/);
	await shows(/Palestinians in Gaza/);
	// The Gaza ministry's latest count on 21 May, shown by its id until the UI shows originator names.
	await shows(/\b2(32|43)\b.*(gaza-moh|Gaza Ministry of Health)/);
	await keys('4');
	await shows(/\[4 Diplomacy\]/);
	await shows(/Egyptian mediation/);
	await keys('5');
	await shows(/\[5 Sources\]/);
	await shows(/\[1\] +Reuters · 20 May 2021 · ★ commissioned article/);
});

test('Tab, Shift-Tab, [ and ] cycle panes', async () => {
	const {keys, shows} = await start(undefined, openingState(rounds));
	await keys('\t');
	await shows(/\[2 Escalation\]/);
	await keys(arrows.shiftTab, arrows.shiftTab);
	await shows(/\[6 Compare\]/);
	await keys(']');
	await shows(/\[1 Overview\]/);
	await keys('[');
	await shows(/\[6 Compare\]/);
});

test('←/→, h/l, g/G move the day, and the header follows', async () => {
	const {keys, shows} = await start();
	await keys(arrows.left, 'h');
	await shows(/Day 10 · Wed 19 May 2021/);
	await keys('l');
	await shows(/Day 11 · Thu 20 May 2021/);
	await keys('g');
	await shows(/lead-up · Day -3 · Thu 6 May 2021/);
	await keys('G');
	await shows(/aftermath · Day 13 · Sat 22 May 2021/);
});

test('diplomacy: ↓ selects, Enter opens the dated history with statements, Esc closes', async () => {
	const {keys, shows} = await start();
	await keys('4', arrows.down);
	await shows(/▸ US diplomacy/);
	await keys(arrows.up, '\r');
	await shows(/Egyptian mediation: mutual, unconditional ceasefire — Esc to close/);
	await shows(/Dated history/);
	await keys('\u001B');
	await tick();
	await shows(/Dated history/, false);
	await shows(/▸ Egyptian mediation/);
});

test('? shows the help drawn from the keymap; ? again hides it', async () => {
	const {keys, shows} = await start();
	await keys('?');
	await shows(/Help — \? or Esc to close/);
	await shows(/Previous day/);
	await keys('?');
	await shows(/Help — /, false);
});

test('/ filters events across days by text; Esc clears', async () => {
	const {keys, shows} = await start();
	await keys('/', 'rishon');
	await shows(/\/ rishon/);
	await keys('\r');
	await shows(/Filter "rishon": 1 event/);
	await shows(/Leah Yom Tov/);
	await keys('\u001B');
	await tick();
	await shows(/Filter "rishon"/, false);
	await shows(/Events · Day 12/);
});

test('keys typed in one burst are read in order: "/r" starts a filter and types r into it', async () => {
	const {keys, shows} = await start();
	await keys('/rishon');
	await shows(/\/ rishon/);
	await shows(/Day 12 · Fri 21 May 2021/);
});

test('r switches to the other round; m changes the charted measure', async () => {
	const {keys, shows} = await start();
	await keys('r');
	await shows(/Day 8 · Wed 21 Nov 2012/);
	await shows(/Gaza Nov 2012 \(2\/2\)/);
	// 2012 opens on the IDF's running totals of rockets (4 days with a count), its daily counts (2 days) next.
	await shows(/Rockets fired from Gaza, to date/);
	await keys('m');
	await shows(/Rockets fired from Gaza, per day/);
});

test('j scrolls the event list', async () => {
	const {keys, shows} = await start();
	await shows(/• 02:00 UTC\+3 The Egyptian-brokered ceasefire/);
	await keys('j', 'j');
	await shows(/Events · Day 12/, false);
	await shows(/Diplomacy \(1\)/, false);
	await shows(/• 02:00 UTC\+3 The Egyptian-brokered ceasefire/);
	await keys('k', 'k');
	await shows(/Events · Day 12/);
});

test('b switches brief mode: no key hints, a footer naming the sources in view', async () => {
	const {keys, shows} = await start();
	await shows(/q quit/);
	await keys('b');
	await shows(/^Sources: \[/m);
	await shows(/q quit/, false);
	await shows(/\[Escalation\]/);
	await keys('b');
	await shows(/q quit/);
});

test('e exports the frame and the status bar says where', async () => {
	const calls: string[] = [];
	const {keys, shows} = await start(async (_rounds, state, size) => {
		calls.push(`${state.pane} ${size.width}x${size.height}`);
		return 'exported sitrep-gaza-2021-casualties-day12.svg and sitrep-gaza-2021-casualties-day12.png';
	});
	await keys('3', 'e');
	await shows(/exported sitrep-gaza-2021-casualties-day12\.svg/);
	assert.deepEqual(calls, ['casualties 100x24']);
	await keys('j');
	await shows(/exported sitrep/, false);
});

test('keys that arrive in one read each take effect: j then Enter opens the second initiative', async () => {
	const {keys, shows} = await start();
	await keys('4');
	await shows(/▸ Egyptian mediation/);
	await keys('j\r');
	await shows(/US diplomacy.* — Esc to close/);
});

test('three Backspaces in one read erase three characters of the filter', async () => {
	const {keys, shows} = await start();
	await keys('/rishonxyz');
	await shows(/\/ rishonxyz/);
	await keys('\u007F\u007F\u007F');
	await shows(/\/ rishon▏/);
	await keys('\b\b\r');
	await shows(/Filter "rish": 2 events/);
});

test('printable and named keys mixed in one read are read in order', async () => {
	const {keys, shows} = await start();
	// 4, ↓, Enter: the second initiative's history; then Esc, ←, ← and h in one read.
	await keys('4\u001B[B\r');
	await shows(/US diplomacy.* — Esc to close/);
	await keys('\u001B\u001B[D\u001B[Dh');
	await shows(/Dated history/, false);
	await shows(/Day 9 · Tue 18 May 2021/);
	// Esc followed at once by a key stays Esc and the key: help closes, and 3 shows Casualties.
	await keys('?');
	await shows(/Help — /);
	await keys('\u001B3');
	await shows(/\[3 Casualties\]/);
	await shows(/Help — /, false);
	// PgDn, then Tab, then l in one read.
	await keys('2\u001B[6~\tl');
	await shows(/\[3 Casualties\]/);
	await shows(/Day 10 · Wed 19 May 2021/);
});

test('M charts the previous measure, m the next', async () => {
	const {keys, shows} = await start();
	await keys('r');
	await shows(/Rockets fired from Gaza, to date/);
	await keys('m');
	await shows(/Rockets fired from Gaza, per day/);
	await keys('M');
	await shows(/Rockets fired from Gaza, to date/);
	await keys('M');
	await shows(/Displaced · Palestinians in Gaza, to date/, true);
});

test('help scrolls when it does not fit, and explains every sign', async () => {
	const {keys, shows, frame} = await start();
	await keys('?');
	await shows(/Help — \? or Esc to close — ↑↓ PgUp PgDn scroll: lines 1–/);
	await shows(/1-6 +Show a pane: 1 Overview, 2 Escalation/);
	const pageDown = '\u001B[6~';
	const seen = new Set<string>();
	const firstLine = () => /lines (\d+)–/.exec(frame())?.[1];
	// Page down to the end, waiting for each page to be drawn.
	for (let page = 0, before = firstLine(); page < 12; page++) {
		for (const line of frame().split('\n')) seen.add(line.trim());
		await keys(pageDown);
		for (let waited = 0; waited < 1000 && firstLine() === before; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
		if (firstLine() === before) break;
		before = firstLine();
	}
	const text = [...seen].join('\n');
	for (const sign of ['·', '≠', '?', '†', '▒', '↳', 'no count published', 'n.d.', '[n]', 'M', 'T', 'A', 'C', '*'])
		assert.match(text, new RegExp(`^${sign.replace(/[?[\]*]/g, '\\$&')} +\\S`, 'm'), `help explains ${sign}`);
	assert.match(text, /^· +no report: no count was published for that day by anyone \(not zero\)/m);
	assert.match(text, /carried forward/);
	await keys(...Array.from({length: 12}, () => '\u001B[5~'));
	await shows(/lines 1–/);
});
