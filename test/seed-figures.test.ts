import {test} from 'node:test';
import assert from 'node:assert/strict';
import {loadRound} from '../source/data/load-round.js';
import type {Figure, Round} from '../source/data/schema.js';

/*
 * Every figure of the three commissioned articles (../shared/seeds), read off
 * the articles by hand: value, qualifier, scope, date and claimant as the
 * article attributes it ("not attributed" where it names nobody).
 */
type Expected = Pick<Figure, 'metric' | 'population' | 'value' | 'qualifier' | 'scope' | 'date' | 'claimant'> & {
	subgroup?: string;
	source: string;
	attributedAs?: string;
};

const reuters2012 = 'reuters-2012-11-20';
const cns2012 = 'cnsnews-2012-11-21';
const reuters2021 = 'reuters-2021-05-20';
const G = 'Palestinians in Gaza';

const seeds: Record<string, Expected[]> = {
	'data/gaza-2012.json': [
		{
			source: reuters2012,
			metric: 'killed',
			population: G,
			value: 21,
			qualifier: 'exact',
			scope: 'daily',
			date: '2012-11-20',
			claimant: 'gaza-moh',
		},
		{
			source: reuters2012,
			metric: 'killed',
			population: 'Israelis',
			subgroup: 'soldiers',
			value: 1,
			qualifier: 'exact',
			scope: 'daily',
			date: '2012-11-20',
			claimant: 'reuters',
		},
		{
			source: reuters2012,
			metric: 'killed',
			population: G,
			value: 130,
			qualifier: 'exact',
			scope: 'cumulative',
			date: '2012-11-20',
			claimant: 'gaza-moh',
		},
		{
			source: reuters2012,
			metric: 'killed',
			population: G,
			subgroup: 'children',
			value: 31,
			qualifier: 'exact',
			scope: 'cumulative',
			date: '2012-11-20',
			claimant: 'gaza-moh',
		},
		{
			source: reuters2012,
			metric: 'killed',
			population: 'Israelis',
			subgroup: 'civilians',
			value: 3,
			qualifier: 'exact',
			scope: 'incident',
			date: '2012-11-15',
			claimant: 'reuters',
		},
		{
			source: reuters2012,
			metric: 'targets-struck',
			population: 'in Gaza',
			value: 100,
			qualifier: 'about',
			scope: 'daily',
			date: '2012-11-20',
			claimant: 'idf',
		},
		{
			source: reuters2012,
			metric: 'rockets-fired',
			population: 'from Gaza',
			value: 150,
			qualifier: 'more-than',
			scope: 'daily',
			date: '2012-11-20',
			claimant: 'israel-police',
		},
		{
			source: reuters2012,
			metric: 'reservists-called-up',
			population: 'Israel',
			value: 45000,
			qualifier: 'about',
			scope: 'cumulative',
			date: '2012-11-20',
			claimant: 'reuters',
		},
		{
			source: reuters2012,
			metric: 'killed',
			population: G,
			subgroup: 'alleged collaborators',
			value: 6,
			qualifier: 'exact',
			scope: 'incident',
			date: '2012-11-20',
			claimant: 'reuters',
		},
		{
			source: cns2012,
			metric: 'killed',
			population: 'Israelis',
			value: 2,
			qualifier: 'exact',
			scope: 'daily',
			date: '2012-11-20',
			claimant: 'cnsnews',
		},
		{
			source: cns2012,
			metric: 'rockets-fired',
			population: 'from Gaza',
			value: 138,
			qualifier: 'exact',
			scope: 'daily',
			date: '2012-11-20',
			claimant: 'cnsnews',
		},
		{
			source: cns2012,
			metric: 'rockets-intercepted',
			population: 'from Gaza',
			value: 51,
			qualifier: 'exact',
			scope: 'daily',
			date: '2012-11-20',
			claimant: 'idf',
		},
		{
			source: cns2012,
			metric: 'targets-struck',
			population: 'in Gaza',
			subgroup: 'underground weapons stores',
			value: 20,
			qualifier: 'more-than',
			scope: 'daily',
			date: '2012-11-20',
			claimant: 'idf',
		},
		{
			source: cns2012,
			metric: 'killed',
			population: G,
			subgroup: 'alleged collaborators',
			value: 6,
			qualifier: 'exact',
			scope: 'incident',
			date: '2012-11-20',
			claimant: 'maan',
		},
	],
	'data/gaza-2021.json': [
		{
			source: reuters2021,
			metric: 'killed',
			population: G,
			value: 232,
			qualifier: 'exact',
			scope: 'cumulative',
			date: '2021-05-20',
			claimant: 'gaza-moh',
			attributedAs: 'health officials in Gaza',
		},
		{
			source: reuters2021,
			metric: 'killed',
			population: G,
			subgroup: 'children',
			value: 65,
			qualifier: 'exact',
			scope: 'cumulative',
			date: '2021-05-20',
			claimant: 'gaza-moh',
			attributedAs: 'health officials in Gaza',
		},
		{
			source: reuters2021,
			metric: 'killed',
			population: G,
			subgroup: 'women',
			value: 39,
			qualifier: 'exact',
			scope: 'cumulative',
			date: '2021-05-20',
			claimant: 'gaza-moh',
			attributedAs: 'health officials in Gaza',
		},
		{
			source: reuters2021,
			metric: 'wounded',
			population: G,
			value: 1900,
			qualifier: 'more-than',
			scope: 'cumulative',
			date: '2021-05-20',
			claimant: 'gaza-moh',
			attributedAs: 'health officials in Gaza',
		},
		{
			source: reuters2021,
			metric: 'killed',
			population: G,
			subgroup: 'combatants',
			value: 160,
			qualifier: 'at-least',
			scope: 'cumulative',
			date: '2021-05-20',
			claimant: 'idf',
			attributedAs: 'Israel',
		},
		{
			source: reuters2021,
			metric: 'killed',
			population: 'People in Israel',
			value: 12,
			qualifier: 'exact',
			scope: 'cumulative',
			date: '2021-05-20',
			claimant: 'israeli-officials',
			attributedAs: 'Authorities',
		},
		{
			source: reuters2021,
			metric: 'buildings-damaged',
			population: 'in Gaza',
			value: 450,
			qualifier: 'nearly',
			scope: 'cumulative',
			date: '2021-05-20',
			claimant: 'un-ocha',
			attributedAs: 'the United Nations humanitarian agency',
		},
		{
			source: reuters2021,
			metric: 'displaced',
			population: G,
			value: 52000,
			qualifier: 'more-than',
			scope: 'cumulative',
			date: '2021-05-20',
			claimant: 'reuters',
		},
		{
			source: reuters2021,
			metric: 'rockets-fired',
			population: 'from Gaza',
			value: 4000,
			qualifier: 'about',
			scope: 'cumulative',
			date: '2021-05-20',
			claimant: 'idf',
			attributedAs: 'Israel',
		},
		{
			source: reuters2021,
			metric: 'killed',
			population: 'Palestinians in the West Bank',
			value: 21,
			qualifier: 'at-least',
			scope: 'cumulative',
			date: '2021-05-20',
			claimant: 'pa-moh',
			attributedAs: 'Palestinian officials',
		},
		{
			source: reuters2021,
			metric: 'airstrikes',
			population: 'in Gaza',
			value: 12,
			qualifier: 'more-than',
			scope: 'incident',
			date: '2021-05-20',
			claimant: 'reuters',
		},
		{
			source: reuters2021,
			metric: 'killed',
			population: G,
			subgroup: 'women',
			value: 1,
			qualifier: 'exact',
			scope: 'incident',
			date: '2021-05-20',
			claimant: 'hamas-radio',
		},
		{
			source: reuters2021,
			metric: 'wounded',
			population: G,
			subgroup: 'children',
			value: 4,
			qualifier: 'exact',
			scope: 'incident',
			date: '2021-05-20',
			claimant: 'hamas-radio',
		},
		{
			source: reuters2021,
			metric: 'wounded',
			population: G,
			value: 4,
			qualifier: 'exact',
			scope: 'incident',
			date: '2021-05-20',
			claimant: 'reuters',
		},
	],
};

const load = (file: string): Round => {
	const result = loadRound(file);
	assert.ok(result.ok, `${file} should load`);
	return result.round;
};

for (const [file, expected] of Object.entries(seeds)) {
	test(`${file}: every figure of the commissioned articles is there with its claimant`, () => {
		const round = load(file);
		for (const want of expected) {
			const found = round.figures.find(
				(figure) =>
					figure.sources.includes(want.source) &&
					figure.metric === want.metric &&
					figure.population === want.population &&
					(figure.subgroup ?? undefined) === want.subgroup &&
					figure.value === want.value &&
					figure.qualifier === want.qualifier &&
					figure.scope === want.scope &&
					figure.date === want.date &&
					figure.claimant === want.claimant &&
					(want.attributedAs === undefined || figure.attributedAs === want.attributedAs),
			);
			assert.ok(found, `missing: ${JSON.stringify(want)}`);
		}
	});
}

test('the commissioned articles are marked as such', () => {
	const commissioned = [...load('data/gaza-2012.json').sources, ...load('data/gaza-2021.json').sources]
		.filter((source) => source.commissioned)
		.map((source) => source.id);
	assert.deepEqual(commissioned.sort(), [cns2012, reuters2012, reuters2021]);
});

test('where the two 2012 articles disagree about 20 Nov, both claims are kept', () => {
	const round = load('data/gaza-2012.json');
	const onDay = (metric: string, population: string) =>
		round.figures.filter(
			(figure) => figure.date === '2012-11-20' && figure.scope === 'daily' && figure.metric === metric && figure.population === population,
		);
	const rocketSources = onDay('rockets-fired', 'from Gaza').flatMap((figure) => figure.sources);
	assert.ok(rocketSources.includes(reuters2012) && rocketSources.includes(cns2012));
	const deathSources = onDay('killed', 'Israelis').flatMap((figure) => figure.sources);
	assert.ok(deathSources.includes(reuters2012) && deathSources.includes(cns2012));
});

test('the attributed statements of the articles are there', () => {
	const speakers = (file: string, source: string) =>
		new Set(
			load(file)
				.statements.filter((statement) => statement.sources.includes(source))
				.map((statement) => statement.speaker),
		);
	for (const speaker of [
		'Ayman Taha',
		'Mark Regev',
		'Sami Abu Zuhri',
		'Benjamin Netanyahu',
		'Khaled Meshaal',
		'Egyptian official (unnamed)',
	])
		assert.ok(speakers('data/gaza-2012.json', reuters2012).has(speaker), speaker);
	for (const speaker of ['Hillary Clinton', 'Benjamin Netanyahu'])
		assert.ok(speakers('data/gaza-2012.json', cns2012).has(speaker), speaker);
	for (const speaker of ['Benny Gantz', 'Eli Cohen', 'Fabrizio Carboni', 'Amira Esleem', 'Mousa Abu Marzouk', 'Egyptian security source'])
		assert.ok(speakers('data/gaza-2021.json', reuters2021).has(speaker), speaker);
});
