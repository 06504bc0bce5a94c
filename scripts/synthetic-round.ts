// Writes a synthetic round of a chosen size, seeded, for benchmarks and scale
// tests: `tsx scripts/synthetic-round.ts --events 100000 --figures 50000 --out f.json`.
import {createWriteStream} from 'node:fs';
import {once} from 'node:events';
import {parseArgs} from 'node:util';

const {values} = parseArgs({
	options: {
		events: {type: 'string', default: '10000'},
		figures: {type: 'string', default: '5000'},
		days: {type: 'string', default: '60'},
		seed: {type: 'string', default: '1'},
		out: {type: 'string'},
	},
});
if (!values.out) throw new Error('--out FILE is required');

// mulberry32: small, fast, and the same numbers for the same seed everywhere.
let state = Number(values.seed) >>> 0;
const random = () => {
	state = (state + 0x6d2b79f5) >>> 0;
	let t = state;
	t = Math.imul(t ^ (t >>> 15), t | 1);
	t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
	return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const eventCount = Number(values.events);
const figureCount = Number(values.figures);
const dayCount = Number(values.days);
const start = Date.UTC(2030, 0, 8);
const dateOf = (day: number) => new Date(start + day * 86_400_000).toISOString().slice(0, 10);
const sourceCount = Math.max(10, Math.min(2000, Math.round(eventCount / 100)));
const kinds = ['strike', 'rocket-fire', 'interception', 'casualties', 'diplomacy', 'statement', 'humanitarian', 'unrest', 'other'] as const;
const places = ['Northtown', 'Harbour City', 'East Ridge', 'Old Quarter', 'Border Post 4', 'Riverside', 'Hill Camp'];
const actors = ['Force A', 'Force B', 'Group C', 'Mediator D', 'Agency E'];
const words =
	'reported strike near the crossing residents said several buildings were damaged officials confirmed a convoy reached the area overnight talks continued with mediators'.split(
		' ',
	);
const claimants = [
	'Ministry of Health',
	'UN agency',
	'Army spokesman',
	'Police',
	'Rights group',
	'Wire service',
	'Local radio',
	'Monitoring group',
	'Hospital',
	'Civil defence',
	'Research centre',
	'Newspaper',
];
const populations = ['People in Region A', 'People in Region B'];
const subgroups = [undefined, undefined, 'children', 'women', 'civilians'];
const metrics = ['killed', 'wounded', 'rockets-fired', 'targets-struck'];

const out = createWriteStream(values.out);
const write = async (text: string) => {
	if (!out.write(text)) await once(out, 'drain');
};
const list = async <T>(name: string, count: number, make: (index: number) => T, last = false) => {
	await write(`"${name}":[\n`);
	for (let index = 0; index < count; index++) await write(`${JSON.stringify(make(index))}${index < count - 1 ? ',' : ''}\n`);
	await write(`]${last ? '' : ','}\n`);
};

await write(
	`{"id":"synthetic-${eventCount}","title":"Synthetic round (${eventCount} events, ${figureCount} figures; made up for benchmarks)","shortTitle":"Synthetic ${eventCount}",` +
		`"start":"${dateOf(3)}","end":"${dateOf(dayCount - 2)}","leadUpFrom":"${dateOf(0)}","aftermathUntil":"${dateOf(dayCount - 1)}","timezone":"UTC","parties":["Force A","Force B"],\n`,
);
await list('sources', sourceCount, (index) => ({
	id: `s${index}`,
	outlet: `Outlet ${index}`,
	title: `Report ${index}`,
	published: dateOf(Math.floor(random() * dayCount)),
	url: `https://example.org/report/${index}`,
	kind: 'news',
}));
await list('events', eventCount, (index) => ({
	id: `e${index}`,
	date: dateOf(Math.floor(random() * dayCount)),
	kind: pick(kinds),
	actors: [pick(actors)],
	place: pick(places),
	summary: Array.from({length: 12 + Math.floor(random() * 20)}, () => pick(words)).join(' '),
	sources: [`s${Math.floor(random() * sourceCount)}`],
}));
await list('figures', figureCount, (index) => {
	const metric = pick(metrics);
	const human = metric === 'killed' || metric === 'wounded';
	const subgroup = human ? pick(subgroups) : undefined;
	return {
		id: `f${index}`,
		metric,
		population: human ? pick(populations) : metric === 'rockets-fired' ? 'from Region A' : 'in Region A',
		...(subgroup ? {subgroup} : {}),
		value: Math.floor(random() * 500),
		qualifier: pick(['exact', 'exact', 'at-least', 'about', 'more-than']),
		scope: random() < 0.5 ? 'daily' : 'cumulative',
		date: dateOf(Math.floor(random() * dayCount)),
		claimant: pick(claimants),
		sources: [`s${Math.floor(random() * sourceCount)}`],
	};
});
await list('initiatives', 12, (index) => ({
	id: `i${index}`,
	title: `Initiative ${index}`,
	actors: [pick(actors), pick(actors)],
	history: Array.from({length: 5}, (_, step) => ({
		date: dateOf(index + step * 9),
		status: pick(['proposed', 'talks', 'agreed', 'blocked']),
		note: 'A dated step.',
		sources: ['s0'],
	})).filter((step) => step.date <= dateOf(dayCount - 1)),
}));
await list(
	'statements',
	50,
	(index) => ({
		id: `q${index}`,
		date: dateOf(index % dayCount),
		speaker: pick(actors),
		form: 'paraphrase',
		text: 'A statement.',
		sources: ['s1'],
		initiative: `i${index % 12}`,
	}),
	true,
);
await write('}\n');
out.end();
await once(out, 'finish');
