// `npm run bench`: sitrep's speed as ratios to a baseline measured in the same
// run (these machines are noisy; absolute times travel badly). `--quick` runs
// a small version, to check that the harness works (CI calls it). `--json`
// prints one JSON object on stdout (the table goes to stderr); `--runs N` sets
// how many runs each start figure takes; `--skip-huge` leaves out the 1M round.
import {spawn, spawnSync, execFileSync} from 'node:child_process';
import {mkdtempSync, mkdirSync, readFileSync, rmSync, existsSync} from 'node:fs';
import {createHash} from 'node:crypto';
import {tmpdir, cpus} from 'node:os';
import {join} from 'node:path';
// @ts-expect-error: a plain ESM script shared with the build, without types.
import {bundle} from './bundle.js';

const quick = process.argv.includes('--quick');
const json = process.argv.includes('--json');
const runsOption = process.argv.indexOf('--runs');
const runs = runsOption === -1 ? (quick ? 3 : 11) : Number(process.argv[runsOption + 1]);
const log = (line: string) => (json ? process.stderr : process.stdout).write(`${line}\n`);
const summary: Record<string, number | string | null> = {nodeVersion: process.version, runs};
const work = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const environment = {...process.env};
// With CI set, Ink draws only a final frame and chalk drops colour: not what people see.
delete environment['CI'];

type Stats = {median: number; min: number; max: number; p95: number; p99: number};
const stats = (values: number[]): Stats => {
	const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
	const rank = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)]!;
	return {median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)!, p95: rank(0.95), p99: rank(0.99)};
};
const round2 = (value: number) => Math.round(value * 100) / 100;
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const rows: string[][] = [];
const report = (figure: string, measured: Stats, baseline: Stats | undefined, target: string, met: boolean) => {
	const ratio = baseline ? `${(measured.median / baseline.median).toFixed(2)}×` : '';
	rows.push([
		figure,
		`${ms(measured.median)} (${ms(measured.min)}–${ms(measured.max)})`,
		baseline ? ms(baseline.median) : '',
		ratio,
		target,
		met ? 'met' : 'NOT MET',
	]);
};

const wall = (command: string, args: string[]): number => {
	const start = performance.now();
	const result = spawnSync(command, args, {env: environment, stdio: ['ignore', 'ignore', 'inherit']});
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${result.status}`);
	return performance.now() - start;
};
/** Baseline and subject measured alternately, so a busy moment hurts both alike. */
const paired = (baseline: () => number, subject: () => number, count: number) => {
	const base: number[] = [];
	const measured: number[] = [];
	for (let index = 0; index < count; index++) {
		base.push(baseline());
		measured.push(subject());
	}
	return {base: stats(base), measured: stats(measured)};
};

// Time from process start to the first bytes containing `marker`, in a real pseudo-terminal (util-linux `script`).
const firstOutput = (command: string, marker: string) =>
	new Promise<number>((resolve, reject) => {
		const start = performance.now();
		const child = spawn('script', ['-qfec', command, '/dev/null'], {env: {...environment, COLUMNS: '120', LINES: '40'}});
		let output = '';
		let done = false;
		child.stdin.on('error', () => {});
		child.stdout.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			if (!done && output.includes(marker)) {
				done = true;
				const elapsed = performance.now() - start;
				child.stdin.write('q');
				setTimeout(() => child.kill('SIGKILL'), 500);
				resolve(elapsed);
			}
		});
		child.on('exit', () => {
			if (!done) reject(new Error(`${command}: never printed ${marker}`));
		});
	});

/** Wall time and peak resident memory of a whole process (the memory reported by a preload as it exits). */
const peak = (args: string[]) => {
	const start = performance.now();
	const result = spawnSync(process.execPath, ['--require', './scripts/bench-report-rss.cjs', ...args], {
		env: environment,
		encoding: 'utf8',
		stdio: ['ignore', 'ignore', 'pipe'],
		maxBuffer: 1 << 26,
	});
	const elapsed = performance.now() - start;
	if (result.status !== 0) throw new Error(`sitrep ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
	const kilobytes = Number(/sitrep-bench-maxrss-kb (\d+)/.exec(result.stderr)?.[1]);
	return {ms: elapsed, mb: kilobytes / 1024};
};

log(
	`sitrep bench${quick ? ' (quick)' : ''}: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${runs} runs each\n`,
);
execFileSync(process.execPath, ['scripts/build.js'], {stdio: ['ignore', 'inherit', 'inherit']});

// Start: a whole process drawing one frame, against a bare Node start.
{
	const {base, measured} = paired(
		() => wall(process.execPath, ['-e', '0']),
		() => wall(process.execPath, ['dist/cli.js', '--snapshot']),
		runs,
	);
	report('start: --snapshot, whole process', measured, base, '≤ 2.0× node -e 0', measured.median <= 2 * base.median);
	Object.assign(summary, {
		snapshotRatio: round2(measured.median / base.median),
		snapshotMs: round2(measured.median),
		nodeStartMs: round2(base.median),
	});
}
// Node 20 reads the certificates NODE_EXTRA_CA_CERTS names as it starts (tens of milliseconds), which these
// machines set: the same pair without it shows the ratio a reader without that variable sees.
if (environment['NODE_EXTRA_CA_CERTS']) {
	const withCertificates = environment['NODE_EXTRA_CA_CERTS'];
	delete environment['NODE_EXTRA_CA_CERTS'];
	const {base, measured} = paired(
		() => wall(process.execPath, ['-e', '0']),
		() => wall(process.execPath, ['dist/cli.js', '--snapshot']),
		runs,
	);
	environment['NODE_EXTRA_CA_CERTS'] = withCertificates;
	report('start: --snapshot, without NODE_EXTRA_CA_CERTS', measured, base, 'reported', false);
	rows.at(-1)![5] = 'reported';
	Object.assign(summary, {
		snapshotRatioWithoutExtraCerts: round2(measured.median / base.median),
		snapshotMsWithoutExtraCerts: round2(measured.median),
		nodeStartMsWithoutExtraCerts: round2(base.median),
	});
}
// Interactive: process start → first frame on the terminal.
{
	const base: number[] = [];
	const measured: number[] = [];
	for (let index = 0; index < runs; index++) {
		base.push(await firstOutput(`${process.execPath} -e "process.stdout.write('ready')"`, 'ready'));
		measured.push(await firstOutput(`${process.execPath} dist/cli.js`, 'Day 12'));
	}
	report(
		'interactive: start → first frame (pty)',
		stats(measured),
		stats(base),
		'≤ 2.0× node start',
		stats(measured).median <= 2 * stats(base).median,
	);
	Object.assign(summary, {
		firstFrameRatio: round2(stats(measured).median / stats(base).median),
		firstFrameMs: round2(stats(measured).median),
		ptyStartMs: round2(stats(base).median),
	});
}

// Synthetic rounds.
// Kept between runs (they take a while to write), named by the generator's own hash so a changed generator writes anew.
const roundsFolder = join(tmpdir(), 'sitrep-bench-rounds');
mkdirSync(roundsFolder, {recursive: true});
const generator = createHash('sha256').update(readFileSync('scripts/synthetic-round.ts')).digest('hex').slice(0, 12);
const synthetic = (events: number, figures: number) => {
	const file = join(roundsFolder, `synthetic-${events}-${figures}-${generator}.json`);
	if (!existsSync(file))
		execFileSync(process.execPath, [
			'--import',
			'tsx',
			'scripts/synthetic-round.ts',
			'--events',
			String(events),
			'--figures',
			String(figures),
			'--out',
			file,
		]);
	return {file, id: `synthetic-${events}`};
};

// Keys: the bench's own bundle of the app, fed keys in-process (stdin → stdout bytes).
const keysBundle = join(work, 'keys.js');
await bundle('scripts/bench-keys.tsx', keysBundle);
const keyLatency = (data: string, round: string) => {
	const result = spawnSync(process.execPath, [keysBundle, data, round, String(quick ? 8 : 60)], {env: environment, encoding: 'utf8'});
	if (result.status !== 0) throw new Error(result.stderr);
	const parsed = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {
		panes: Array<number | null>;
		days: Array<number | null>;
		paneCount: number;
	};
	// A key that changed nothing drew no frame and has no latency (JSON null).
	const drawn = (values: Array<number | null>) => values.filter((value): value is number => value !== null);
	return {
		panes: stats(drawn(parsed.panes)),
		days: stats(drawn(parsed.days)),
		all: stats(drawn([...parsed.panes, ...parsed.days])),
		// The first key to each pane draws it for the first time (its derivations are computed then).
		firstVisitMax: Math.max(...drawn(parsed.panes.slice(0, parsed.paneCount))),
	};
};
const keyTargets = (label: string, latency: {panes: Stats; days: Stats}, target: number) => {
	for (const [name, measured] of [
		['pane switch', latency.panes],
		['day step', latency.days],
	] as const) {
		const met = measured.median <= target && measured.p99! <= 2 * measured.median;
		rows.push([
			`keys: ${name}, ${label} (p99 ${ms(measured.p99!)})`,
			`${ms(measured.median)} (${ms(measured.min)}–${ms(measured.max)})`,
			'',
			'',
			`median ≤ ${target} ms, p99 ≤ 2× median`,
			met ? 'met' : 'NOT MET',
		]);
	}
};
const bundledKeys = keyLatency('-', 'gaza-2021');
keyTargets('bundled data, 120×40', bundledKeys, 5);
const big = quick ? synthetic(10_000, 5_000) : synthetic(100_000, 50_000);
const bigKeys = keyLatency(big.file, big.id);
keyTargets(`${quick ? '10k' : '100k'}-event round, 120×40`, bigKeys, 16);
Object.assign(summary, {
	keyMedianMs: round2(bundledKeys.all.median),
	keyP95Ms: round2(bundledKeys.all.p95),
	keyPaneSwitchMedianMs: round2(bundledKeys.panes.median),
	keyDayStepMedianMs: round2(bundledKeys.days.median),
	keyFirstVisitMaxMs: round2(bundledKeys.firstVisitMax),
	keyMedianMs100k: round2(bigKeys.all.median),
	keyP95Ms100k: round2(bigKeys.all.p95),
	keyFirstVisitMaxMs100k: round2(bigKeys.firstVisitMax),
	...(quick ? {bigRoundEvents: 10_000} : {}),
});

// Scale: load, validate and draw the first frame of a large round.
{
	const samples = Array.from({length: quick ? 1 : 5}, () =>
		peak(['dist/cli.js', '--data', big.file, '--round', big.id, '--snapshot', '--width', '120', '--height', '40']),
	);
	const time = stats(samples.map((sample) => sample.ms));
	const memory = Math.max(...samples.map((sample) => sample.mb));
	rows.push([
		`scale: ${quick ? '10k' : '100k'} events, load → first frame (peak RSS ${memory.toFixed(0)} MB)`,
		`${ms(time.median)} (${ms(time.min)}–${ms(time.max)})`,
		'',
		'',
		'≤ 1000 ms, ≤ 250 MB',
		time.median <= 1000 && memory <= 250 ? 'met' : 'NOT MET',
	]);
	Object.assign(summary, {load100kMs: Math.round(time.median), load100kPeakMB: Math.round(memory)});
}
if (!quick && !process.argv.includes('--skip-huge')) {
	const huge = synthetic(1_000_000, 100_000);
	const sample = peak([
		'--max-old-space-size=8192',
		'dist/cli.js',
		'--data',
		huge.file,
		'--round',
		huge.id,
		'--snapshot',
		'--width',
		'120',
		'--height',
		'40',
	]);
	rows.push([`scale: 1M events opens (peak RSS ${sample.mb.toFixed(0)} MB)`, ms(sample.ms), '', '', 'opens; report', 'reported']);
	Object.assign(summary, {load1MMs: Math.round(sample.ms), load1MPeakMB: Math.round(sample.mb)});
}

const widths = rows[0]!.map((_, column) =>
	Math.max(...[['figure', 'median (min–max)', 'baseline', 'ratio', 'target', ''], ...rows].map((row) => row[column]!.length)),
);
const line = (row: string[]) =>
	row
		.map((cell, column) => cell.padEnd(widths[column]!))
		.join('  ')
		.trimEnd();
log(line(['figure', 'median (min–max)', 'baseline', 'ratio', 'target', '']));
for (const row of rows) log(line(row));
rmSync(work, {recursive: true, force: true});
if (json) process.stdout.write(`${JSON.stringify(summary)}\n`);
