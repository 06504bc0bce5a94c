import type {Figure, Round} from '../source/data/schema.js';

/** A minimal valid round to build test cases on; days 10–14 Jan 2030, start on the 11th. */
export const makeRound = (overrides: Partial<Round> = {}): Round => ({
	id: 'test-round',
	title: 'Test round',
	shortTitle: 'Test',
	start: '2030-01-11',
	end: '2030-01-13',
	leadUpFrom: '2030-01-10',
	aftermathUntil: '2030-01-14',
	timezone: 'UTC',
	parties: ['A', 'B'],
	sources: [{id: 'src', outlet: 'Outlet', kind: 'news'}],
	events: [],
	figures: [],
	initiatives: [],
	statements: [],
	...overrides,
});

let counter = 0;
/** A figure with sensible defaults: killed, population P, exact, cumulative. */
export const claim = (fields: Partial<Figure> & Pick<Figure, 'date' | 'value' | 'claimant'>): Figure => ({
	id: `f-${++counter}`,
	metric: 'killed',
	population: 'P',
	qualifier: 'exact',
	scope: 'cumulative',
	sources: ['src'],
	...fields,
});
