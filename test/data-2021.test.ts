import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadRound} from '../source/data/load-round.js';
import type {Figure, Round} from '../source/data/schema.js';

/*
 * The May 2021 round checked against its fact sheet (../shared/research/facts-2021.md)
 * and the Reuters article it was commissioned from: who counted each figure,
 * and one test per kind of error found when the data was read against them.
 */
const load = (): Round => {
	const result = loadRound('data/gaza-2021.json');
	assert.ok(result.ok, 'data/gaza-2021.json should load');
	return result.round;
};

const round = load();
const figure = (id: string): Figure => {
	const found = round.figures.find((each) => each.id === id);
	assert.ok(found, `${id} missing`);
	return found;
};

const sourceKind = new Map(round.sources.map((source) => [source.id, source.kind]));
const weakOnly = (each: Figure): boolean => each.sources.every((id) => sourceKind.get(id) === 'blog' || sourceKind.get(id) === 'repost');

test('every 2021 figure names an originator of the claimants list, and no claimant or relay keeps "(via"', () => {
	const ids = new Set((round.claimants ?? []).map((claimant) => claimant.id));
	assert.ok(ids.size > 0, 'the round has a claimants list');
	for (const each of round.figures) {
		assert.ok(ids.has(each.claimant), `${each.id}: ${each.claimant}`);
		assert.ok(!each.claimant.includes('(via') && !each.via?.includes('(via'), each.id);
	}
	const used = new Set(round.figures.map((each) => each.claimant));
	assert.deepEqual(
		[...ids].filter((id) => !used.has(id)),
		[],
		'no originator listed that counts nothing',
	);
});

test('2021: originators of killed, wounded, rocket and strike figures, and how many figures each holds', () => {
	const metrics = ['killed', 'wounded', 'rockets-fired', 'targets-struck'] as const;
	const table = new Map<string, Record<(typeof metrics)[number], number>>();
	for (const each of round.figures) {
		if (!(metrics as readonly string[]).includes(each.metric)) continue;
		const row = table.get(each.claimant) ?? {killed: 0, wounded: 0, 'rockets-fired': 0, 'targets-struck': 0};
		row[each.metric as (typeof metrics)[number]]++;
		table.set(each.claimant, row);
	}
	// Read off the data after checking each figure against the fact sheet.
	assert.deepEqual(table.get('gaza-moh'), {killed: 36, wounded: 16, 'rockets-fired': 0, 'targets-struck': 0});
	assert.deepEqual(table.get('idf'), {killed: 7, wounded: 0, 'rockets-fired': 24, 'targets-struck': 7});
	assert.deepEqual(table.get('un-ocha'), {killed: 4, wounded: 1, 'rockets-fired': 0, 'targets-struck': 0});
	assert.deepEqual(table.get('un-ohchr'), {killed: 5, wounded: 1, 'rockets-fired': 0, 'targets-struck': 0});
	assert.deepEqual(table.get('unrwa'), {killed: 4, wounded: 0, 'rockets-fired': 1, 'targets-struck': 0});
	assert.deepEqual(table.get('pa-moh'), {killed: 5, wounded: 0, 'rockets-fired': 0, 'targets-struck': 0});
	assert.deepEqual(table.get('pchr'), {killed: 4, wounded: 0, 'rockets-fired': 0, 'targets-struck': 0});
	assert.deepEqual(table.get('mda'), {killed: 4, wounded: 3, 'rockets-fired': 0, 'targets-struck': 0});
	assert.deepEqual(table.get('israeli-officials'), {killed: 9, wounded: 1, 'rockets-fired': 0, 'targets-struck': 0});
	// Killed · Palestinians in Gaza: 54 claimant texts before the migration, far fewer originators now.
	const gazaKilled = new Set(
		round.figures.filter((each) => each.metric === 'killed' && each.population === 'Palestinians in Gaza').map((each) => each.claimant),
	);
	assert.equal(gazaKilled.size, 21);
});

test('"Palestinian health ministry" is the Gaza ministry for Gaza tolls and the Ramallah ministry for West Bank tolls', () => {
	for (const each of round.figures.filter((one) => /^Palestinian health (ministry|officials|authorities)$/.test(one.attributedAs ?? ''))) {
		const expected = each.population === 'Palestinians in the West Bank' ? 'pa-moh' : 'gaza-moh';
		assert.equal(each.claimant, expected, each.id);
	}
	assert.equal(figure('f-2021-05-13-1').claimant, 'gaza-moh');
	assert.equal(figure('f-2021-05-13-1').attribution, 'inferred');
	assert.equal(figure('f-2021-05-18-6').claimant, 'pa-moh');
});

test('times no source gives are gone; the part of the day is in the note', () => {
	for (const id of ['f-2021-05-13-3', 'f-2021-05-13-4', 'f-2021-05-15-6', 'f-2021-05-15-7']) {
		assert.equal(figure(id).time, undefined, id);
		assert.match(figure(id).note ?? '', /early|later/, id);
	}
	const events = new Map(round.events.map((event) => [event.id, event]));
	assert.equal(events.get('e-2021-05-20-1')!.time, undefined, '"after midnight" is not 00:00');
	assert.equal(events.get('e-2021-05-20-3')!.time, undefined, '"after about three hours" is not 22:00');
	assert.equal(
		round.statements.find((statement) => statement.id === 's-2021-05-10-1')!.time,
		undefined,
		'the 18:00 was the deadline, not the statement',
	);
	// A note that names only a part of the day never sits beside a clock time.
	for (const each of round.figures)
		if (/\b(early|later) (on )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/.test(each.note ?? ''))
			assert.equal(each.time, undefined, each.id);
});

test('figures reported on 21 May are dated 21 May, not the aftermath day', () => {
	assert.equal(figure('f-2021-05-22-52').value, 1447);
	assert.equal(figure('f-2021-05-22-52').date, '2021-05-21');
	assert.equal(figure('f-2021-05-22-51').date, '2021-05-21');
	for (const each of round.figures) if (/reported 21 May/.test(each.note ?? '')) assert.ok(each.date <= '2021-05-21', each.id);
});

test('a figure the relaying outlet reported itself has that outlet as originator', () => {
	const sabra = figure('f-2021-05-20-11');
	assert.equal(sabra.claimant, 'reuters');
	assert.equal(sabra.value, 4);
	const media = new Set((round.claimants ?? []).filter((claimant) => claimant.kind === 'media').map((claimant) => claimant.id));
	assert.ok(media.has(sabra.claimant));
});

test('totals published after the round carry their publication date', () => {
	assert.equal(figure('f-2021-05-22-24').reported, '2021-05-26', 'Netanyahu\'s "about 200", said 26 May');
	for (const id of ['f-2021-05-22-39', 'f-2021-05-22-40', 'f-2021-05-22-41', 'f-2021-05-22-42'])
		assert.equal(figure(id).reported, '2021-05-24', id);
	const published = new Map(round.sources.map((source) => [source.id, source.published]));
	for (const each of round.figures) {
		if (each.reported) assert.ok(each.reported > each.date, `${each.id}: reported must be later than the date`);
		const dates = each.sources.map((id) => published.get(id));
		const first = dates.every(Boolean) ? dates.sort()[0]! : undefined;
		if (first && first > each.date) assert.ok(each.reported && each.reported >= first, `${each.id}: its sources were published ${first}`);
		if (/by 23 May|said on 26 May/.test(each.note ?? '')) assert.ok(each.reported, each.id);
	}
});

test('pages that are reposts or blogs say so, and figures resting only on them are weak', () => {
	for (const source of round.sources) {
		const named = /\brepost\b|\bblog\b|copy\b/i.test(source.outlet) || /blogspot\.|wordpress\.com/.test(source.url ?? '');
		if (named) assert.ok(source.kind === 'repost' || source.kind === 'blog', `${source.id} (${source.outlet}) is ${source.kind}`);
	}
	const weak = round.figures
		.filter((each) => (each.metric === 'killed' || each.metric === 'wounded') && weakOnly(each))
		.map((each) => each.id);
	assert.equal(weak.length, 18);
	for (const id of ['f-2021-05-11-15', 'f-2021-05-13-4', 'f-2021-05-14-3', 'f-2021-05-17-6', 'f-2021-05-21-4'])
		assert.ok(weak.includes(id), id);
});

test('no population mixes groups: foreign nationals are not filed as Israelis, mixed arrests say so', () => {
	for (const each of round.figures)
		if (each.population === 'Israelis') assert.doesNotMatch(each.note ?? '', /Thai|Indian/, `${each.id} counts foreign nationals`);
	assert.equal(figure('f-2021-05-18-1').population, 'Foreign nationals in Israel');
	assert.equal(figure('f-2021-05-20-17').population, 'People in Israel');
	assert.match(figure('f-2021-05-20-17').note ?? '', /Indian and two Thai/);
	assert.equal(figure('f-2021-05-06-1').population, 'People arrested in Jerusalem (groups not distinguished)');
});

test('a measure is what its name says: partial and airspace counts are not rockets fired', () => {
	const airspace = figure('f-2021-05-22-47');
	assert.equal(airspace.value, 3570);
	assert.notEqual(airspace.metric, 'rockets-fired');
	for (const each of round.figures.filter((one) => one.metric === 'rockets-fired')) {
		// A count at one place is never read as the whole of the fire from Gaza.
		if (/^(at |barrage at )/.test(each.note ?? '')) assert.ok(each.subgroup?.startsWith('at '), `${each.id} is a count at one place`);
		if (!each.subgroup) assert.doesNotMatch(each.note ?? '', /airspace|at Beersheba/, each.id);
	}
	assert.equal(figure('f-2021-05-10-6').subgroup, 'at the Jerusalem area');
});

test('facts of the sheet that were missing are in the data with their sources', () => {
	const has = (metric: string, value: number, claimant: string, source: string) =>
		assert.ok(
			round.figures.some(
				(each) => each.metric === metric && each.value === value && each.claimant === claimant && each.sources.includes(source),
			),
			`${metric} ${value} ${claimant}`,
		);
	has('rockets-fired', 4000, 'ap', 'newsbreak-1');
	has('education-facilities-damaged', 57, 'unicef', 'reliefweb-11');
	has('health-facilities-damaged', 29, 'unicef', 'reliefweb-11');
	has('killed', 3, 'wikipedia', 'wikipedia-2');
	has('displaced', 8500, 'un-ocha', 'reliefweb-10');
});

test('initiative steps that someone proposed, blocked or rejected name who', () => {
	for (const initiative of round.initiatives)
		for (const step of initiative.history)
			if (['proposed', 'blocked', 'rejected', 'denied', 'claimed'].includes(step.status))
				assert.ok(step.by?.length, `${initiative.id} ${step.date} ${step.status}`);
	const unsc = round.initiatives.find((initiative) => initiative.id === 'unsc-statement-2021')!;
	assert.deepEqual(
		unsc.history.filter((step) => step.status === 'blocked').map((step) => step.by),
		[['United States'], ['United States']],
	);
});
