import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadRound} from '../source/data/load-round.js';
import type {Figure, Round} from '../source/data/schema.js';

/*
 * The 2012 round after its migration to originators (issue 11): who counted
 * each figure, where it was relayed, and the corrections found by reading the
 * data against the fact sheet and the seed articles. Each correction has a
 * check of its kind, so the same mistake cannot come back unnoticed.
 */
const load = (): Round => {
	const result = loadRound('data/gaza-2012.json');
	assert.ok(result.ok, 'data/gaza-2012.json should load');
	return result.round;
};
const round = load();
const byId = new Map(round.figures.map((figure) => [figure.id, figure]));
const figure = (id: string): Figure => {
	const found = byId.get(id);
	assert.ok(found, `${id} missing`);
	return found;
};

test('every figure resolves to an entry of the claimants list, and every entry is used', () => {
	const ids = (round.claimants ?? []).map((claimant) => claimant.id);
	assert.equal(new Set(ids).size, ids.length, 'claimant ids are unique');
	const known = new Set(ids);
	for (const each of round.figures) assert.ok(known.has(each.claimant), `${each.id}: ${each.claimant}`);
	const used = new Set(round.figures.map((each) => each.claimant));
	assert.deepEqual(
		ids.filter((id) => !used.has(id)),
		[],
	);
});

test('no claimant, via or attributedAs keeps a relay inside it', () => {
	for (const each of round.figures)
		for (const text of [each.claimant, each.via, each.attributedAs]) assert.ok(!text?.includes('(via'), `${each.id}: ${text}`);
});

test('per originator: figures of killed, wounded, rockets fired and targets struck', () => {
	const metrics = ['killed', 'wounded', 'rockets-fired', 'targets-struck'] as const;
	const table = new Map<string, number[]>();
	for (const each of round.figures) {
		const column = metrics.indexOf(each.metric as (typeof metrics)[number]);
		if (column < 0) continue;
		const row = table.get(each.claimant) ?? [0, 0, 0, 0];
		row[column]!++;
		table.set(each.claimant, row);
	}
	// Read off the data after reviewing every figure against the fact sheet.
	const expected: Record<string, number[]> = {
		'gaza-moh': [21, 4, 0, 0],
		'un-ocha': [21, 16, 1, 0],
		idf: [0, 0, 7, 15],
		maan: [9, 2, 0, 0],
		btselem: [7, 0, 0, 0],
		pchr: [4, 2, 0, 0],
		'palestine-studies': [6, 1, 1, 0],
		itic: [3, 0, 1, 0],
		reuters: [4, 0, 0, 0],
		'israel-mfa': [1, 2, 3, 1],
	};
	for (const [originator, row] of Object.entries(expected)) assert.deepEqual(table.get(originator), row, originator);
});

test('the Gaza toll has one originator per body: 35, down from 60 claimant texts', () => {
	const killed = round.figures.filter((each) => each.metric === 'killed' && each.population === 'Palestinians in Gaza');
	assert.equal(new Set(killed.map((each) => each.claimant)).size, 35);
	const ministry = killed.filter((each) => each.claimant === 'gaza-moh');
	// Texts that read a vague attribution as the ministry are marked as a judgement call.
	for (const each of ministry)
		if (/officials|sources|medics|official$/i.test(each.attributedAs ?? '')) assert.equal(each.attribution, 'inferred', each.id);
});

test("the seed article: Reuters relays the Gaza medical officials; its own counts are Reuters's", () => {
	for (const id of ['f-2012-11-20-20', 'f-2012-11-20-21', 'f-2012-11-20-22']) {
		const each = figure(id);
		assert.deepEqual(
			[each.claimant, each.attributedAs, each.attribution, each.via],
			['gaza-moh', 'Gaza medical officials', 'inferred', 'Reuters'],
		);
	}
	// "Hamas executed six alleged collaborators" is Reuters' statement, not the radio's.
	assert.equal(figure('f-2012-11-20-38').claimant, 'reuters');
	assert.equal(figure('f-2012-11-20-38').attributedAs, undefined);
	assert.deepEqual([figure('f-2012-11-20-39').claimant, figure('f-2012-11-20-39').via], ['maan', 'CNSNews']);
});

test("a media outlet's unattributed count is the outlet's, not an authority's", () => {
	for (const [id, outlet] of [
		['f-2012-11-20-1', 'reuters'],
		['f-2012-11-20-40', 'reuters'],
		['f-2012-11-20-2', 'cnsnews'],
		['f-2012-11-22-11', 'tn'],
		['f-2012-11-10-2', 'wikipedia'],
	] as const)
		assert.equal(figure(id).claimant, outlet, id);
});

// Reports that stamp their counts with a clock time: OCHA and UNRWA situation reports, the Haaretz live blog.
const timestamped = new Set([
	'ocha-weekly-7-13',
	'ocha-update-14-16',
	'unispal-208706',
	'unispal-193101',
	'unispal-92a2',
	'unispal-207886',
	'unispal-ac2e',
	'yerepouni-2012-11-21',
]);

test('no figure has a clock time its sources do not give', () => {
	for (const each of round.figures)
		if (each.time) assert.ok(each.sources.some((source) => timestamped.has(source)) || each.note?.includes(each.time), each.id);
	// "midday" and "morning" were written as 12:00 and 09:00; the part of day is in the note.
	for (const [id, part] of [
		['f-2012-11-15-8', 'midday'],
		['f-2012-11-15-22', 'midday'],
		['f-2012-11-15-23', 'midday'],
		['f-2012-11-20-9', 'midday'],
		['f-2012-11-20-10', 'midday'],
		['f-2012-11-20-31', 'morning'],
	] as const) {
		assert.equal(figure(id).time, undefined, id);
		assert.match(figure(id).note ?? '', new RegExp(part), id);
	}
});

test('event, step and statement times appear in their own text', () => {
	for (const event of round.events) if (event.time) assert.ok(event.summary.includes(event.time), event.id);
	for (const initiative of round.initiatives)
		for (const step of initiative.history) if (step.time) assert.ok(step.note.includes(step.time), `${initiative.id} ${step.date}`);
	for (const statement of round.statements) if (statement.time) assert.ok(statement.text.includes(statement.time), statement.id);
});

test("a count is dated when it is as of: OCHA's 14–16 Nov update says nothing about later days", () => {
	const rocket = figure('f-2012-11-22-32');
	assert.deepEqual([rocket.date, rocket.scope, rocket.claimant], ['2012-11-16', 'cumulative', 'un-ocha']);
	for (const each of round.figures) if (each.sources.includes('ocha-update-14-16')) assert.ok(each.date <= '2012-11-16', each.id);
});

test("B'Tselem's 31 are the minors among non-combatants, not all children killed", () => {
	assert.equal(figure('f-2012-11-22-19').subgroup, 'minors among non-combatants');
	for (const each of round.figures) if (each.claimant === 'btselem') assert.notEqual(each.subgroup, 'children', each.id);
});

test('totals compiled after the round carry their publication date, or say it is not known', () => {
	const afterRound = round.aftermathUntil ?? round.end;
	const later = [7, 8, 9, 10, 13, 14, 15, 20, 21, 22, 23, 24, 26, 27, 28, 29, 30, 31, 33, 34, 35, 36].map((n) =>
		figure(`f-2012-11-22-${n}`),
	);
	for (const each of later)
		assert.ok(each.reported ? each.reported > afterRound : each.note?.includes('publication date not known'), each.id);
	assert.deepEqual(
		later.filter((each) => each.reported).map((each) => [each.id, each.reported]),
		[
			['f-2012-11-22-20', '2012-12-25'],
			['f-2012-11-22-21', '2012-12-25'],
			['f-2012-11-22-22', '2012-12-25'],
			['f-2012-11-22-29', '2013-05-09'],
			['f-2012-11-22-31', '2013-05-09'],
			['f-2012-11-22-34', '2013-05-09'],
		],
	);
	// Any figure resting only on pages published after the round is marked as published later.
	const published = new Map(round.sources.map((source) => [source.id, source.published]));
	for (const each of round.figures) {
		const dates = each.sources.map((source) => published.get(source));
		if (dates.every((date) => date && date > afterRound)) assert.ok(each.reported && each.reported > each.date, each.id);
		if (each.reported) assert.ok(each.reported > each.date, each.id);
	}
});

test('pages that are blogs or copies of other outlets are marked blog or repost', () => {
	// The outlets' own live blogs (VOA, the State Department, The Yeshiva World) are their reporting.
	const ownBlogs = new Set(['voa-2012-11-22', 'state-travel-diary', 'yeshivaworld-day4', 'yeshivaworld-day6']);
	for (const source of round.sources)
		if (/\bblog\b|text\)|copy|repost|derived/i.test(source.outlet) && !ownBlogs.has(source.id))
			assert.ok(source.kind === 'blog' || source.kind === 'repost', `${source.id}: ${source.kind}`);
});

test('killed and wounded figures resting only on blogs or reposts are weak', () => {
	const kind = new Map(round.sources.map((source) => [source.id, source.kind]));
	const weak = round.figures.filter(
		(each) => ['killed', 'wounded'].includes(each.metric) && each.sources.every((source) => ['blog', 'repost'].includes(kind.get(source)!)),
	);
	assert.equal(weak.length, 26);
	for (const id of ['f-2012-11-20-24', 'f-2012-11-20-28', 'f-2012-11-21-9', 'f-2012-11-15-22', 'f-2012-11-22-15', 'f-2012-11-22-30'])
		assert.ok(
			weak.some((each) => each.id === id),
			id,
		);
	// The fact sheet's own marks stay.
	for (const id of ['f-2012-11-10-3', 'f-2012-11-21-10', 'f-2012-11-21-17']) assert.ok(figure(id).caveat, id);
});

test('a figure that counts several bodies at once is split, one originator each', () => {
	assert.deepEqual([figure('f-2012-11-15-1').claimant, figure('f-2012-11-15-30').claimant], ['ynet', 'un-ocha']);
	assert.deepEqual([figure('f-2012-11-21-1').claimant, figure('f-2012-11-21-20').claimant], ['toi', 'israel-mfa']);
	assert.deepEqual([figure('f-2012-11-16-21').claimant, figure('f-2012-11-16-22').claimant], ['ynet', 'jta']);
});

test("ranges keep both ends; partial counts at one city are not the day's rockets fired", () => {
	const reservists = figure('f-2012-11-19-24');
	assert.deepEqual([reservists.value, reservists.valueHigh, reservists.qualifier], [30000, 40000, 'about']);
	for (const each of round.figures) {
		assert.ok(!/\d,\d{3}\s*[–-]\s*\d/.test(each.note ?? ''), `${each.id}: a range left in the note`);
		if (each.metric === 'rockets-fired') assert.ok(!/Beersheba/.test(`${each.subgroup} ${each.note}`), each.id);
	}
	assert.equal(figure('f-2012-11-17-10').subgroup, 'at Beersheba');
});

test('steps that were claimed, denied or blocked name who did it', () => {
	for (const initiative of round.initiatives)
		for (const step of initiative.history)
			if (['blocked', 'rejected', 'denied', 'claimed'].includes(step.status))
				assert.ok(step.by?.length, `${initiative.id} ${step.date} ${step.status}`);
	const blocked = round.initiatives.find((each) => each.id === 'unsc-2012')!.history.find((step) => step.status === 'blocked')!;
	assert.deepEqual(blocked.by, ['United States', 'United Kingdom', 'France', 'Germany']);
});

test('facts in the sheet that were missing are in the data with their sources', () => {
	const event = (date: string, words: RegExp, source: string) =>
		round.events.some((each) => each.date === date && words.test(each.summary) && each.sources.includes(source));
	assert.ok(event('2012-11-21', /Ban Ki-moon.*Abbas/, 'news24-ban'));
	assert.ok(event('2012-11-22', /bus bombing.*arrested/, 'voa-2012-11-22'));
	assert.ok(
		round.statements.some(
			(each) =>
				each.date === '2012-11-19' &&
				/Islamic Jihad/.test(each.speaker) &&
				/Iran/.test(each.text) &&
				each.sources.includes('yeshivaworld-day6'),
		),
	);
});
