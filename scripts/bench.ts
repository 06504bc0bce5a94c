// `npm run bench`: sitrep's speed as ratios to a baseline measured in the same
// run (these machines are noisy; absolute times travel badly). `--quick` runs
// a small version, to check that the harness works (CI calls it).
import {spawn, spawnSync, execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync, existsSync} from 'node:fs';
import {tmpdir, cpus} from 'node:os';
import {join} from 'node:path';
// @ts-expect-error: a plain ESM script shared with the build, without types.
import {bundle} from './bundle.js';

const quick = process.argv.includes('--quick');
const runs = quick ? 3 : 11;
const work = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const environment = {...process.env};
// With CI set, Ink draws only a final frame and chalk drops colour: not what people see.
delete environment['CI'];

type Stats = {median: number; min: number; max: number; p99?: number};
const stats = (values: number[]): Stats => {
	const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
	return {median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, max: sorted.at(-1)!, p99: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)]!};
};
const ms = (value: number) => `${value.toFixed(value < 10 ? 1 : 0)} ms`;
const rows: string[][] = [];
const report = (figure: string, measured: Stats, baseline: Stats | undefined, target: string, met: boolean) => {
	const ratio = baseline ? `${(measured.median / baseline.median).toFixed(2)}×` : '';
	rows.push([figure, `${ms(measured.median)} (${ms(measured.min)}–${ms(measured.max)})`, baseline ? ms(baseline.median) : '', ratio, target, met ? 'met' : 'NOT MET']);
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
	const result = spawnSync(process.execPath, ['--require', './scripts/bench-report-rss.cjs', ...args], {env: environment, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26});
	const elapsed = performance.now() - start;
	if (result.status !== 0) throw new Error(`sitrep ${args.join(' ')} exited ${result.status}: ${result.stderr}`);
	const kilobytes = Number(/sitrep-bench-maxrss-kb (\d+)/.exec(result.stderr)?.[1]);
	return {ms: elapsed, mb: kilobytes / 1024};
};

console.log(`sitrep bench${quick ? ' (quick)' : ''}: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, Node ${process.version}, ${runs} runs each\n`);
execFileSync(process.execPath, ['scripts/build.js'], {stdio: 'inherit'});

// Start: a whole process drawing one frame, against a bare Node start.
{
	const {base, measured} = paired(() => wall(process.execPath, ['-e', '0']), () => wall(process.execPath, ['dist/cli.js', '--snapshot']), runs);
	report('start: --snapshot, whole process', measured, base, '≤ 2.0× node -e 0', measured.median <= 2 * base.median);
}
// Interactive: process start → first frame on the terminal.
{
	const base: number[] = [];
	const measured: number[] = [];
	for (let index = 0; index < runs; index++) {
		base.push(await firstOutput(`${process.execPath} -e "process.stdout.write('ready')"`, 'ready'));
		measured.push(await firstOutput(`${process.execPath} dist/cli.js`, 'Day 12'));
	}
	report('interactive: start → first frame (pty)', stats(measured), stats(base), '≤ 2.0× node start', stats(measured).median <= 2 * stats(base).median);
}

// Synthetic rounds.
const synthetic = (events: number, figures: number) => {
	const file = join(work, `synthetic-${events}.json`);
	if (!existsSync(file)) execFileSync(process.execPath, ['--import', 'tsx', 'scripts/synthetic-round.ts', '--events', String(events), '--figures', String(figures), '--out', file]);
	return {file, id: `synthetic-${events}`};
};

// Keys: the bench's own bundle of the app, fed keys in-process (stdin → stdout bytes).
const keysBundle = join(work, 'keys.js');
await bundle('scripts/bench-keys.tsx', keysBundle);
const keyLatency = (data: string, round: string) => {
	const result = spawnSync(process.execPath, [keysBundle, data, round, String(quick ? 8 : 60)], {env: environment, encoding: 'utf8'});
	if (result.status !== 0) throw new Error(result.stderr);
	const parsed = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as {panes: Array<number | null>; days: Array<number | null>};
	// A key that changed nothing drew no frame and has no latency (JSON null).
	const drawn = (values: Array<number | null>) => values.filter((value): value is number => value !== null);
	return {panes: stats(drawn(parsed.panes)), days: stats(drawn(parsed.days))};
};
const keyTargets = (label: string, latency: {panes: Stats; days: Stats}, target: number) => {
	for (const [name, measured] of [
		['pane switch', latency.panes],
		['day step', latency.days],
	] as const) {
		const met = measured.median <= target && measured.p99! <= 2 * measured.median;
		rows.push([`keys: ${name}, ${label} (p99 ${ms(measured.p99!)})`, `${ms(measured.median)} (${ms(measured.min)}–${ms(measured.max)})`, '', '', `median ≤ ${target} ms, p99 ≤ 2× median`, met ? 'met' : 'NOT MET']);
	}
};
keyTargets('bundled data, 120×40', keyLatency('-', 'gaza-2021'), 5);
const big = quick ? synthetic(10_000, 5_000) : synthetic(100_000, 50_000);
keyTargets(`${quick ? '10k' : '100k'}-event round, 120×40`, keyLatency(big.file, big.id), 16);

// Scale: load, validate and draw the first frame of a large round.
{
	const samples = Array.from({length: quick ? 1 : 3}, () => peak(['dist/cli.js', '--data', big.file, '--round', big.id, '--snapshot', '--width', '120', '--height', '40']));
	const time = stats(samples.map((sample) => sample.ms));
	const memory = Math.max(...samples.map((sample) => sample.mb));
	rows.push([`scale: ${quick ? '10k' : '100k'} events, load → first frame (peak RSS ${memory.toFixed(0)} MB)`, `${ms(time.median)} (${ms(time.min)}–${ms(time.max)})`, '', '', '≤ 1500 ms, ≤ 250 MB', time.median <= 1500 && memory <= 250 ? 'met' : 'NOT MET']);
}
if (!quick) {
	const huge = synthetic(1_000_000, 100_000);
	const sample = peak(['--max-old-space-size=8192', 'dist/cli.js', '--data', huge.file, '--round', huge.id, '--snapshot', '--width', '120', '--height', '40']);
	rows.push([`scale: 1M events opens (peak RSS ${sample.mb.toFixed(0)} MB)`, ms(sample.ms), '', '', 'opens; report', 'reported']);
}

const widths = rows[0]!.map((_, column) => Math.max(...[['figure', 'median (min–max)', 'baseline', 'ratio', 'target', ''], ...rows].map((row) => row[column]!.length)));
const line = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
console.log(line(['figure', 'median (min–max)', 'baseline', 'ratio', 'target', '']));
for (const row of rows) console.log(line(row));
rmSync(work, {recursive: true, force: true});
