// Key latency, end to end inside the app: a key written to the app's stdin →
// the frame's bytes written to its stdout. Prints JSON. Run by scripts/bench.ts
// bundled with NODE_ENV=production (React's production build, as the CLI has).
import {render} from 'ink';
import {App} from '../source/ui/App.js';
import {openingState} from '../source/ui/session.js';
import {bundledRoundFiles, byRecency, openCatalog} from '../source/data/catalog.js';
import {prevalidatedLoader} from '../source/data/prevalidated.js';
import {panes} from '../source/state/navigation.js';
import {Keys, Offscreen} from '../source/ui/key-rehearsal.js';

// The app's own off-screen terminal and keys (ui/key-rehearsal.ts), the terminal noting when it was last written.
class Terminal extends Offscreen {
	lastWrite = 0;
	override write(_chunk: string): boolean {
		this.lastWrite = performance.now();
		return true;
	}
}

const [extra, roundId, countText] = process.argv.slice(2);
// The shipped rounds as the CLI opens them: from the record the build wrote (with their UTC-offset labels, so no
// time-zone data loads on a key), the others from their files.
const prevalidated = prevalidatedLoader('dist/rounds.json', 'data');
const rounds = byRecency(openCatalog([...bundledRoundFiles('data'), ...(extra && extra !== '-' ? [extra] : [])], prevalidated).rounds);
const stdout = new Terminal(120, 40);
const stdin = new Keys();
const app = render(<App rounds={rounds} initial={openingState(rounds, {roundId})} linear={false} />, {
	stdout: stdout as unknown as NodeJS.WriteStream,
	stdin: stdin as unknown as NodeJS.ReadStream,
	exitOnCtrlC: false,
	patchConsole: false,
	maxFps: 60,
});
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
// A reader reads the first frame before pressing a key; the app spends that time drawing the frames a key away
// off-screen (source/ui/warm-frames.ts, about half a second). A second, then keys as fast as a held arrow key repeats.
await pause(1000);

// Keys are spaced wider than a frame so each one is drawn, as a person types.
const measure = async (keys: string[]): Promise<number[]> => {
	const latencies: number[] = [];
	for (const key of keys) {
		const before = stdout.lastWrite;
		const sent = performance.now();
		stdin.press(key);
		for (let waited = 0; stdout.lastWrite === before && waited < 2000; waited++) await pause(1);
		latencies.push(stdout.lastWrite > before ? stdout.lastWrite - sent : Number.NaN);
		await pause(30);
	}
	return latencies;
};
const count = Number(countText ?? 40);
// Every pane in turn, starting from the second (the app opens on the first): the first round of keys is each pane's first visit.
const paneKeys = Array.from({length: Math.max(count, panes.length)}, (_, index) => String(((index + 1) % panes.length) + 1));
const dayKeys = Array.from({length: count}, (_, index) => (Math.floor(index / 6) % 2 === 0 ? '\u001B[D' : '\u001B[C'));
const result = {
	paneCount: panes.length,
	panes: await measure(paneKeys),
	days: await measure(['1', ...dayKeys]).then((all) => all.slice(1)),
};
app.unmount();
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);
