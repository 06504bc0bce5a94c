// Writes test/fixtures/hostile.json: a valid round whose text tries every trick
// a received file could play on a terminal. Kept as a script so the fixture's
// intent stays readable; the JSON itself is what the tests load.
import {writeFileSync} from 'node:fs';

const ESC = '\u001B';
const tricks = {
	title: `${ESC}]0;owned title${'\u0007'}${ESC}[2J${ESC}[HHostile round`,
	hyperlink: `${ESC}]8;;https://attacker.example/${ESC}\\click here${ESC}]8;;${ESC}\\`,
	csi: `${ESC}[31mred${ESC}[0m and \u009B1;1Hcursor`,
	dcs: `${ESC}Pq#0;2;0;0;0#0~~@@vv@@~~${ESC}\\sixel`,
	apc: `${ESC}_Gf=100;payload${ESC}\\kitty`,
	bidi: 'invoice \u202Egnp.exe\u202C and \u2066isolated\u2069 text',
	bell: 'ding\u0007 backspace\u0008 null\u0000 del\u007F c1\u0085',
	lines: 'one\ntwo\r\nthree\ttab',
	wide: '加沙卫生部 📈🇵🇸 Ḡ̈a̋z͎a ‏غزة‏ ירושלים',
};
const longWord = 'x'.repeat(3900);
const round = {
	$schema: '../../data/schema.json',
	id: 'hostile',
	title: tricks.title,
	shortTitle: `${ESC}[5mHostile`,
	start: '2030-03-02',
	end: '2030-03-04',
	leadUpFrom: '2030-03-01',
	aftermathUntil: '2030-03-05',
	timezone: `UTC${ESC}[8m`,
	parties: [tricks.wide, tricks.bidi],
	sources: [
		{id: 'link', outlet: tricks.hyperlink, title: tricks.csi, url: `https://example.org/${ESC}]8;;x`, kind: 'news', commissioned: true},
		{id: 'wide', outlet: tricks.wide, title: 'y'.repeat(290), url: `https://example.org/${'long/'.repeat(300)}`, kind: 'NGO', caveat: 'single-source'},
	],
	events: [
		{id: 'e1', date: '2030-03-01', kind: 'strike', actors: [tricks.bidi], place: tricks.dcs, summary: `${tricks.csi} ${tricks.bell} ${tricks.lines}`, sources: ['link']},
		{id: 'e2', date: '2030-03-02', time: '12:00', kind: 'statement', actors: [tricks.wide], summary: `${tricks.apc} ${longWord}`, sources: ['wide']},
		{id: 'e3', date: '2030-03-03', kind: 'casualties', actors: [], summary: `${tricks.wide} ${tricks.hyperlink}`, sources: ['link', 'wide']},
		{id: 'e4', date: '2030-03-04', kind: 'diplomacy', actors: ['A'], summary: tricks.title, sources: ['link']},
		{id: 'e5', date: '2030-03-05', kind: 'other', actors: ['B'], summary: tricks.bidi, sources: ['wide']},
	],
	figures: [
		{id: 'f1', metric: 'killed', population: tricks.wide, value: 12, qualifier: 'at-least', scope: 'cumulative', date: '2030-03-02', claimant: tricks.hyperlink, sources: ['link']},
		{id: 'f2', metric: 'killed', population: tricks.wide, value: 15, qualifier: 'exact', scope: 'cumulative', date: '2030-03-03', claimant: tricks.wide, sources: ['wide']},
		{id: 'f3', metric: 'wounded', population: tricks.wide, subgroup: tricks.bidi, value: 40, qualifier: 'about', scope: 'cumulative', date: '2030-03-03', claimant: tricks.csi, sources: ['link']},
		{id: 'f4', metric: 'rockets-fired', population: 'from X', value: 9, qualifier: 'more-than', scope: 'daily', date: '2030-03-02', claimant: tricks.bell, sources: ['link'], note: longWord},
		{id: 'f5', metric: 'rockets-fired', population: 'from X', value: 3, qualifier: 'exact', scope: 'daily', date: '2030-03-03', claimant: tricks.dcs, sources: ['wide']},
	],
	initiatives: [
		{id: 'i1', title: tricks.title, actors: [tricks.wide], mediators: [tricks.bidi], history: [{date: '2030-03-02', status: 'talks', note: tricks.csi, sources: ['link']}, {date: '2030-03-04', status: 'agreed', note: longWord, sources: ['wide']}]},
	],
	statements: [{id: 's1', date: '2030-03-03', speaker: tricks.hyperlink, role: tricks.bell, form: 'quote', text: `"${tricks.lines}"`, sources: ['link'], initiative: 'i1'}],
	dayNotes: [{date: '2030-03-01', note: tricks.apc}],
};
writeFileSync(new URL('../test/fixtures/hostile.json', import.meta.url), `${JSON.stringify(round, null, '\t')}\n`);
