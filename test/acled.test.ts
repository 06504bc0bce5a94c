import {test, before, after} from 'node:test';
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {acledClaimant, acledColumns, acledDate, loadAcled, parseWindow} from '../source/data/acled.js';
import {formatProblem, loadRound} from '../source/data/load-round.js';

const sample = 'test/fixtures/acled-synthetic-sample.csv';
const load = async (file = sample, window?: {start: string; end: string}) => {
	const result = await loadAcled(file, window);
	assert.ok(result.ok, JSON.stringify(!result.ok && result.problems));
	return result.rounds;
};

// The columns of a current ACLED export, as the product brief lists them.
const standard =
	'event_id_cnty event_date year time_precision disorder_type event_type sub_event_type actor1 assoc_actor_1 inter1 actor2 assoc_actor_2 inter2 interaction civilian_targeting iso region country admin1 admin2 admin3 location latitude longitude geo_precision source source_scale notes fatalities tags timestamp'.split(
		' ',
	);

test('every standard ACLED column is either used or deliberately ignored, with a reason', () => {
	for (const column of standard) {
		assert.ok(acledColumns[column], `${column} is not accounted for`);
		assert.ok(acledColumns[column]!.why.length > 10, `${column} needs a reason`);
	}
});

test('one round per country; events keep id, date, kind, actors, place, summary and source', async () => {
	const rounds = await load();
	assert.deepEqual(
		rounds.map((round) => round.id),
		['acled-examplia', 'acled-neutralia'],
	);
	const examplia = rounds[0]!;
	assert.equal(examplia.start, '2030-04-01');
	assert.equal(examplia.end, '2030-04-05');
	const byId = Object.fromEntries(examplia.events.map((event) => [event.id, event]));
	assert.deepEqual(Object.fromEntries(Object.entries(byId).map(([id, event]) => [id, event.kind])), {
		syn1: 'strike',
		syn2: 'rocket-fire',
		syn3: 'strike',
		syn4: 'unrest',
		syn5: 'diplomacy',
		syn6: 'interception',
	});
	assert.deepEqual(byId['syn4']!.actors, ['Protesters (Examplia)', 'Students (Examplia)', 'Teachers (Examplia)']);
	assert.equal(byId['syn3']!.place, 'Hill Camp, Upper Hill, Hill District, South Province');
	assert.match(
		byId['syn3']!.summary,
		/^Violence against civilians \/ Attack: SYNTHETIC TEST ROW: gunmen attacked a market\. \[civilian targeting\] \(5 fatalities, per ACLED\)$/,
	);
	assert.match(byId['syn4']!.summary, /a protest, "peaceful", in the capital/);
	const sourceOf = (id: string) => examplia.sources.find((source) => source.id === byId[id]!.sources[0])!.outlet;
	assert.equal(sourceOf('syn2'), 'Synthetic Wire; Local Radio');
	assert.deepEqual(examplia.parties[0], 'Military Forces of Examplia');
});

test('fatalities become one daily claim per day with events, ACLED its originator; days without events have none', async () => {
	const [examplia] = await load();
	assert.deepEqual(examplia!.claimants, [{id: 'acled', name: 'ACLED', kind: 'research', note: acledClaimant.note}]);
	assert.deepEqual(
		examplia!.figures.map((figure) => [figure.date, figure.value, figure.claimant, figure.scope, figure.metric, figure.population]),
		[
			['2030-04-01', 3, 'acled', 'daily', 'killed', 'People in Examplia'],
			['2030-04-02', 5, 'acled', 'daily', 'killed', 'People in Examplia'],
			['2030-04-04', 0, 'acled', 'daily', 'killed', 'People in Examplia'],
			['2030-04-05', 0, 'acled', 'daily', 'killed', 'People in Examplia'],
		],
	);
});

test('Strategic developments / Agreement rows become steps of a diplomacy initiative', async () => {
	const [examplia] = await load();
	assert.equal(examplia!.initiatives.length, 1);
	assert.deepEqual(
		examplia!.initiatives[0]!.history.map((step) => [step.date, step.status]),
		[['2030-04-05', 'agreed']],
	);
});

test('--window keeps the rows between two dates', async () => {
	const rounds = await load(sample, parseWindow('2030-04-02..2030-04-04'));
	assert.deepEqual(
		rounds.map((round) => [round.id, round.events.length]),
		[
			['acled-examplia-2030-04-02-2030-04-04', 2],
			['acled-neutralia-2030-04-02-2030-04-04', 1],
		],
	);
	assert.equal(parseWindow('2030-04-04..2030-04-02'), undefined);
	assert.equal(parseWindow('April'), undefined);
});

test('older exports: upper-case headers, pre-2023 columns, "01 April 2030" dates', async () => {
	const [round] = await load('test/fixtures/acled-synthetic-old-format.csv');
	assert.deepEqual(
		round!.events.map((event) => [event.id, event.date, event.kind]),
		[
			['old1', '2030-04-01', 'strike'],
			['old2', '2030-04-02', 'unrest'],
		],
	);
	assert.equal(acledDate('1 Apr 2030'), '2030-04-01');
	assert.equal(acledDate('31 June 2030'), undefined);
});

test('malformed rows are located by row, line and column; missing columns are named', async () => {
	const malformed = await loadAcled('test/fixtures/acled-synthetic-malformed.csv');
	assert.equal(malformed.ok, false);
	assert.deepEqual(!malformed.ok && malformed.problems.map(formatProblem), [
		'test/fixtures/acled-synthetic-malformed.csv: row 1 (line 2), column event_date: "2030-02-30" is not a date (YYYY-MM-DD or "10 May 2021")',
		'test/fixtures/acled-synthetic-malformed.csv: row 2 (line 3), column fatalities: expected a whole number, not "several"',
		'test/fixtures/acled-synthetic-malformed.csv: row 3 (line 4), column event_date: "yesterday" is not a date (YYYY-MM-DD or "10 May 2021")',
	]);
	const missing = await loadAcled('test/fixtures/acled-synthetic-missing-columns.csv');
	assert.deepEqual(!missing.ok && missing.problems.map(formatProblem), [
		'test/fixtures/acled-synthetic-missing-columns.csv: header: missing columns: event_date, country, fatalities',
	]);
});

let dir = '';
before(() => {
	dir = mkdtempSync(join(tmpdir(), 'sitrep-acled-'));
});
after(() => rmSync(dir, {recursive: true, force: true}));
const sitrep = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'source/cli.tsx', ...args], {encoding: 'utf8'});

test('the CLI opens a CSV with --data and shows its days', () => {
	const result = sitrep(
		'--data',
		sample,
		'--round',
		'acled-examplia',
		'--snapshot',
		'--pane',
		'escalation',
		'--width',
		'100',
		'--height',
		'24',
	);
	assert.equal(result.status, 0, result.stderr);
	assert.match(result.stdout, /ACLED: Examplia, 1 Apr 2030 – 5 Apr 2030/);
	assert.match(result.stdout, /Killed · People in Examplia, per day/);
	for (const day of ['1 Mon', '2 Tue', '3 Wed', '4 Thu', '5 Fri']) assert.match(result.stdout, new RegExp(day));
	assert.match(result.stdout, /3 Wed ·· no report/, 'a day without events is not a zero');
});

test('validate and --data reject a malformed CSV with located lines and exit 2', () => {
	const validate = sitrep('validate', 'test/fixtures/acled-synthetic-malformed.csv');
	assert.equal(validate.status, 2);
	assert.equal(validate.stdout.trim().split('\n').length, 3);
	const data = sitrep('--data', 'test/fixtures/acled-synthetic-malformed.csv', '--snapshot');
	assert.equal(data.status, 2);
	assert.match(data.stderr, /skipped: .*row 2 \(line 3\), column fatalities/);
	assert.match(data.stdout, /Day 12 · Fri 21 May 2021/, 'the bundled rounds still open');
});

test('convert writes sitrep JSON that validates and reads back as the same round', async () => {
	const output = join(dir, 'examplia.json');
	const many = sitrep('convert', sample, '-o', output);
	assert.equal(many.status, 2);
	assert.match(many.stderr, /has 2 rounds \(one per country\); pick one with --round: acled-examplia, acled-neutralia/);
	const one = sitrep('convert', sample, '-o', output, '--round', 'acled-examplia');
	assert.equal(one.status, 0, one.stderr);
	const reread = loadRound(output);
	assert.ok(reread.ok);
	const [original] = await load();
	assert.deepEqual(reread.round, original);
	const written = JSON.parse(readFileSync(output, 'utf8'));
	assert.deepEqual(
		written.claimants.map((each: {id: string; kind: string}) => [each.id, each.kind]),
		[['acled', 'research']],
		'ACLED is named as the originator',
	);
	assert.ok(written.figures.every((figure: {claimant: string}) => figure.claimant === 'acled'));
	assert.match(sitrep('validate', output).stdout, /valid: acled-examplia/);
});
