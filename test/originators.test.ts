import {test} from 'node:test';
import assert from 'node:assert/strict';
import {isWeakSource, originatorLabel, claimantRegistry, shortFormOf, shortNames} from '../source/data/originators.js';
import {originatorClaimsOf, originatorSeries} from '../source/data/originator-claims.js';
import {keyFigures, noCountText} from '../source/data/key-figures.js';
import {knownMetrics} from '../source/data/schema.js';
import {metricInfo, metricTable, quantityLabel} from '../source/data/metrics.js';
import {daysOf} from '../source/data/calendar.js';
import {casualtyLines} from '../source/data/casualties.js';
import {dayRows} from '../source/data/escalation.js';
import type {Round} from '../source/data/schema.js';
import {makeRound, claim, rounds} from './helpers.js';

// A round in the migrated shape: a claimants registry, figures naming ids, relays in `via`.
const migrated = (figures: Round['figures']): Round =>
	makeRound({
		claimants: [
			{id: 'gaza-moh', name: 'Gaza Ministry of Health', kind: 'health-authority'},
			{id: 'un-ocha', name: 'UN OCHA', kind: 'un-agency'},
			{id: 'idf', name: 'IDF', kind: 'military'},
			{id: 'reuters', name: 'Reuters', kind: 'media'},
		],
		sources: [
			{id: 'src', outlet: 'Outlet', kind: 'news'},
			{id: 'blog', outlet: 'A blog', kind: 'blog'},
			{id: 'repost', outlet: 'A repost', kind: 'repost'},
		],
		figures,
	});
const gaza = {population: 'Palestinians in Gaza'};
const killedInGaza = {metric: 'killed', population: 'Palestinians in Gaza'};

test("one originator's same-day relays are one claim; relays that differ are its range, not two claimants", () => {
	const round = migrated([
		claim({...gaza, date: '2030-01-12', value: 232, claimant: 'gaza-moh', via: 'Reuters'}),
		claim({...gaza, date: '2030-01-12', value: 230, qualifier: 'at-least', claimant: 'gaza-moh', via: 'Haaretz'}),
		claim({...gaza, date: '2030-01-12', value: 200, claimant: 'un-ocha'}),
	]);
	const claims = originatorClaimsOf(round, '2030-01-12', killedInGaza);
	assert.equal(claims.length, 2, 'two originators, not three claimants');
	const moh = claims.find((each) => each.originator.id === 'gaza-moh')!;
	assert.deepEqual(
		[moh.value, moh.qualifier, moh.valueHigh, moh.qualifierHigh, moh.relays, moh.via, moh.label],
		[230, 'at-least', 232, 'exact', 2, ['Reuters', 'Haaretz'], 'Gaza Ministry of Health (via Reuters, Haaretz)'],
	);
});

test('the same count through two outlets is one value with two relays', () => {
	const round = migrated([
		claim({...gaza, date: '2030-01-12', value: 50, claimant: 'gaza-moh', via: 'AFP'}),
		claim({...gaza, date: '2030-01-12', value: 50, claimant: 'gaza-moh', via: 'Reuters', sources: ['blog']}),
	]);
	const [moh] = originatorClaimsOf(round, '2030-01-12', killedInGaza);
	assert.equal(moh!.value, 50);
	assert.equal(moh!.valueHigh, undefined);
	assert.equal(moh!.relays, 2);
	assert.deepEqual(moh!.sources, ['src', 'blog']);
	assert.equal(moh!.weak, false, 'one relay on a real news page is enough');
});

test('an older count is never current: it carries its own as-of date', () => {
	const round = migrated([
		claim({...gaza, date: '2030-01-11', value: 20, claimant: 'gaza-moh'}),
		claim({...gaza, date: '2030-01-12', value: 31, claimant: 'un-ocha'}),
	]);
	const claims = originatorClaimsOf(round, '2030-01-12', killedInGaza);
	const moh = claims.find((each) => each.originator.id === 'gaza-moh')!;
	assert.deepEqual([moh.asOf, moh.current], ['2030-01-11', false]);
	const [line] = keyFigures(round, '2030-01-12', {metrics: ['killed']});
	assert.equal(line!.toDate.status, 'current');
	assert.deepEqual(
		line!.toDate.leading.map((each) => each.originator.id),
		['un-ocha'],
	);
	assert.deepEqual(
		line!.toDate.older.map((each) => each.originator.id),
		['gaza-moh'],
	);
	assert.equal(line!.toDate.range, undefined, 'an older count is not part of the current range');
	const [later] = keyFigures(round, '2030-01-13', {metrics: ['killed']});
	assert.equal(later!.toDate.status, 'older', 'the next day nothing is current');
	assert.ok(later!.toDate.leading.every((each) => !each.current && each.asOf < '2030-01-13'));
});

test('a total published after the round counts as of the day it covers and says it was published later', () => {
	const round = migrated([claim({...gaza, date: '2030-01-13', reported: '2030-02-01', value: 99, claimant: 'un-ocha'})]);
	assert.equal(originatorClaimsOf(round, '2030-01-12', killedInGaza).length, 0, 'not before the day it covers');
	const [claimOnDay] = originatorClaimsOf(round, '2030-01-13', killedInGaza);
	assert.deepEqual([claimOnDay!.current, claimOnDay!.publishedLater], [true, '2030-02-01']);
});

test('key figures: the range is the low and the high claim of different originators, each named; never a sum', () => {
	const round = migrated([
		claim({...gaza, date: '2030-01-12', value: 232, claimant: 'gaza-moh', via: 'AFP'}),
		claim({...gaza, date: '2030-01-12', value: 200, qualifier: 'more-than', claimant: 'un-ocha'}),
		claim({...gaza, date: '2030-01-12', value: 210, claimant: 'reuters'}),
		claim({...gaza, subgroup: 'children', date: '2030-01-12', value: 60, claimant: 'un-ocha'}),
		claim({population: 'Israelis', date: '2030-01-13', value: 3, claimant: 'idf'}),
	]);
	const lines = keyFigures(round, '2030-01-12', {metrics: ['killed']});
	assert.deepEqual(
		lines.map((line) => [line.label, line.partOf]),
		[
			['Killed · Palestinians in Gaza', undefined],
			['of them children', 'Killed · Palestinians in Gaza'],
			['Killed · Israelis', undefined],
		],
	);
	const {range, leading} = lines[0]!.toDate;
	assert.deepEqual(
		[range!.low, range!.high],
		[
			{value: 200, qualifier: 'more-than'},
			{value: 232, qualifier: 'exact'},
		],
	);
	assert.deepEqual([range!.lowBy.originator.name, range!.highBy.originator.name], ['UN OCHA', 'Gaza Ministry of Health']);
	assert.deepEqual(
		leading.map((each) => each.originator.id),
		['gaza-moh', 'un-ocha', 'reuters'],
		'equally recent: the health authority and the UN before the media',
	);
	assert.equal(lines[2]!.toDate.status, 'none', "the Israelis' count comes a day later: nothing published yet");
	assert.equal(noCountText, 'no count published');
});

test('rate measures give "to date" and "today"; intercepted sits under rockets fired', () => {
	const round = migrated([
		claim({metric: 'rockets-fired', population: 'from Gaza', date: '2030-01-11', value: 100, claimant: 'idf', via: 'Times of Israel'}),
		claim({metric: 'rockets-fired', population: 'from Gaza', date: '2030-01-12', value: 250, claimant: 'idf', via: 'Haaretz'}),
		claim({metric: 'rockets-fired', population: 'from Gaza', date: '2030-01-12', value: 250, claimant: 'idf', via: 'JPost'}),
		claim({metric: 'rockets-intercepted', population: 'from Gaza', date: '2030-01-12', value: 90, claimant: 'idf'}),
	]);
	const lines = keyFigures(round, '2030-01-12', {metrics: ['rockets-fired', 'rockets-intercepted']});
	assert.deepEqual(
		lines.map((line) => [line.label, line.partOf]),
		[
			['Rockets fired from Gaza', undefined],
			['intercepted', 'Rockets fired from Gaza'],
		],
	);
	const [fired] = lines;
	assert.equal(fired!.toDate.leading[0]!.value, 250);
	const today = fired!.today!.leading[0]!;
	assert.deepEqual([today.value, today.derived], [150, true], "the day's count from the originator's own totals, across outlets");
	assert.equal(keyFigures(round, '2030-01-13', {metrics: ['rockets-fired']})[0]!.today!.status, 'none');
});

test('a per-originator series is continuous across outlets, never negative, and "no report" is not 0', () => {
	const round = migrated([
		claim({metric: 'rockets-fired', population: 'from Gaza', date: '2030-01-11', value: 10, claimant: 'idf', via: 'A'}),
		claim({metric: 'rockets-fired', population: 'from Gaza', date: '2030-01-12', value: 40, claimant: 'idf', via: 'B'}),
		claim({metric: 'rockets-fired', population: 'from Gaza', date: '2030-01-13', value: 35, claimant: 'idf', via: 'C'}),
		claim({metric: 'rockets-fired', population: 'from Gaza', date: '2030-01-14', value: 7, scope: 'daily', claimant: 'idf', via: 'D'}),
	]);
	const [series] = originatorSeries(round, {metric: 'rockets-fired', population: 'from Gaza'});
	assert.equal(series!.label, 'IDF');
	assert.deepEqual(
		series!.points.map((point) => (point.kind === 'no-report' ? 'no report' : `${point.kind} ${point.value}`)),
		// Day 1 counts from the round's start, so its total is its own; a total that falls gives no daily value.
		['no report', 'derived 10', 'derived 30', 'no report', 'reported 7'],
	);
});

test('weak sources: a caveat, or only blog and repost pages', () => {
	const round = migrated([]);
	assert.equal(isWeakSource(round, {sources: ['blog', 'repost']}), true);
	assert.equal(isWeakSource(round, {sources: ['blog', 'src']}), false);
	assert.equal(isWeakSource(round, {sources: ['src'], caveat: 'single-source'}), true);
});

test('display names: the originator with its relay, and the mark of an inferred attribution', () => {
	const round = migrated([]);
	assert.equal(originatorLabel(round, {claimant: 'gaza-moh', via: 'AFP'}), 'Gaza Ministry of Health (via AFP)');
	assert.equal(originatorLabel(round, {claimant: 'gaza-moh', via: 'AFP', attribution: 'inferred'}), 'Gaza Ministry of Health* (via AFP)');
	assert.equal(originatorLabel(round, {claimant: 'idf'}), 'IDF');
});

test('legacy files: each claimant text is its own originator, named by its text', () => {
	const round = makeRound({
		figures: [
			claim({...gaza, date: '2030-01-12', value: 40, claimant: 'Gaza health officials (via AFP)'}),
			claim({...gaza, date: '2030-01-12', value: 41, claimant: 'Gaza health officials'}),
		],
	});
	assert.equal(claimantRegistry(round).size, 2);
	const [line] = keyFigures(round, '2030-01-12', {metrics: ['killed']});
	assert.deepEqual(line!.toDate.leading.map((each) => each.label).sort(), ['Gaza health officials', 'Gaza health officials (via AFP)']);
});

test("the metric table feeds the schema's known metrics and the labels", () => {
	assert.deepEqual(
		[...knownMetrics],
		metricTable.filter((info) => info.recommended).map((info) => info.id),
	);
	assert.equal(quantityLabel('rockets-fired', 'from Gaza'), 'Rockets fired from Gaza');
	assert.equal(quantityLabel('killed', 'Israelis'), 'Killed · Israelis');
	assert.equal(metricInfo('rocket-hits').label, 'Rocket hits', 'a metric not in the table still reads');
});

test('bundled rounds, every day: key figures never show an older count as current, nor a range of one originator', () => {
	for (const round of rounds)
		for (const {date} of daysOf(round))
			for (const line of keyFigures(round, date, {subgroups: 'all'}))
				for (const count of [line.toDate, ...(line.today ? [line.today] : [])]) {
					const where = `${round.id} ${date} ${line.label}`;
					assert.ok(
						count.current.every((each) => each.asOf === date),
						where,
					);
					assert.ok(
						count.older.every((each) => each.asOf < date),
						where,
					);
					if (count.range) {
						assert.notEqual(count.range.lowBy.originator.id, count.range.highBy.originator.id, where);
						assert.ok(count.range.low.value < count.range.high.value, where);
					}
					assert.equal(count.status === 'none', count.leading.length === 0, where);
					assert.equal(
						new Set(count.leading.map((each) => each.originator.id)).size,
						count.leading.length,
						`${where}: one row per originator`,
					);
				}
	const round = rounds.find((each) => each.id === 'gaza-2012')!;
	const [first] = keyFigures(round, '2012-11-18');
	assert.equal(first!.label, 'Killed · Palestinians in Gaza');
	assert.equal(first!.toDate.status, 'current');
});

test('the casualty table and the chart name originators, not ids; relays fold into one line', () => {
	const round = migrated([
		claim({...gaza, date: '2030-01-11', value: 50, claimant: 'gaza-moh', via: 'AFP'}),
		claim({...gaza, date: '2030-01-11', value: 50, claimant: 'gaza-moh', via: 'Reuters', attribution: 'inferred'}),
		claim({...gaza, metric: 'wounded', date: '2030-01-11', value: 300, claimant: 'gaza-moh', via: 'AFP'}),
		claim({...gaza, date: '2030-01-10', value: 9, claimant: 'un-ocha'}),
		claim({
			metric: 'rockets-fired',
			population: 'from Gaza',
			scope: 'daily',
			date: '2030-01-11',
			value: 120,
			claimant: 'idf',
			via: 'Haaretz',
		}),
	]);
	const lines = casualtyLines(round, '2030-01-11');
	assert.deepEqual(
		lines.map((line) => [line.claimant, line.originator, line.relays, line.current, line.killed.length, line.wounded.length]),
		[
			['Gaza Ministry of Health* (via AFP, Reuters)', 'gaza-moh', 2, true, 2, 1],
			['UN OCHA', 'un-ocha', 1, false, 1, 0],
		],
	);
	const day = dayRows(round, {metric: 'rockets-fired', population: 'from Gaza'}).find((row) => row.day.date === '2030-01-11')!;
	assert.deepEqual(
		day.figures.map((figure) => [figure.claimant, figure.originator, figure.value]),
		[['IDF (via Haaretz)', 'idf', 120]],
	);
});

test('short names for a line short of room: the acronym a name gives, ministries by their initials, long remarks in brackets dropped', () => {
	assert.equal(shortFormOf('Israel Defense Forces (IDF)'), 'IDF');
	assert.equal(shortFormOf('Gaza Ministry of Health'), 'Gaza MoH');
	assert.equal(shortFormOf('Israeli Ministry of Foreign Affairs'), 'Israeli MFA');
	assert.equal(shortFormOf('UN (body not named)'), 'UN');
	assert.equal(shortFormOf('The Times of Israel'), 'Times of Israel');
	// A word in brackets tells two bodies apart: it stays.
	assert.equal(shortFormOf('Palestinian Ministry of Health (Ramallah)'), 'Palestinian MoH (Ramallah)');
	assert.equal(shortFormOf('Reuters'), 'Reuters');
});

test('two originators of a round whose short names would be the same each keep their full name', () => {
	const round = makeRound({
		claimants: [
			{id: 'a', name: 'Israeli officials (unspecified)', kind: 'government'},
			{id: 'b', name: 'Israeli officials (named in the report)', kind: 'government'},
			{id: 'c', name: 'Gaza Ministry of Health', kind: 'health-authority'},
		],
	});
	const names = shortNames(round);
	assert.equal(names.get('a'), 'Israeli officials (unspecified)');
	assert.equal(names.get('b'), 'Israeli officials (named in the report)');
	assert.equal(names.get('c'), 'Gaza MoH');
});
