#!/usr/bin/env node
// First: it starts work that runs in the background while the other modules load.
import './commands/start-yoga.js';
import {fileURLToPath} from 'node:url';
import meow from 'meow';
import {bundledRoundFiles, byRecency, openFiles} from './data/catalog.js';
import {prevalidatedLoader} from './data/prevalidated.js';
import {formatProblem, problemLines} from './data/load-round.js';
import {cleanText} from './data/clean-text.js';
import {listRounds} from './commands/list.js';
import {validateFiles} from './commands/validate.js';
import type {Pane} from './state/navigation.js';
import {resolveDay} from './commands/day-option.js';
import {flagProblem, meowFlags, optionsHelp} from './commands/options.js';
import {err, isTerminal, out, quietOnClosedStreams} from './commands/terminal.js';

declare global {
	interface ImportMeta {
		/** Given by dist/cli.js (scripts/cli-loader.js): this run drew a frame, so the code it compiled is worth caching. */
		frameDrawn?: () => void;
	}
}

// source/cli.tsx and dist/cli.js both sit one folder below the package root.
const dataDir = fileURLToPath(new URL('../data/', import.meta.url));
/** The one-page brief's size: `--pane overview --export` without --width or --height. */
const slideSize = {width: 120, height: 34};

const cli = meow(
	`
	Usage
	  $ sitrep [options]
	  $ sitrep validate FILE...
	  $ sitrep convert FILE.csv -o ROUND.json

	Options
	${optionsHelp().join('\n\t')}

	Commands
	  validate FILE...  Check dataset files (JSON or CSV); one line per problem, exit 2 if any
	  convert FILE.csv -o ROUND.json
	                    Write an ACLED export as sitrep JSON (--round ID picks one country)

	Examples
	  $ sitrep --pane casualties --day 7 --round gaza-2012
	  $ sitrep --snapshot --width 120 --height 40 > brief.txt
	  $ sitrep --pane diplomacy --export brief.png --export brief.md
	  $ sitrep --pane compare --round gaza-2021 --vs gaza-2012 --snapshot
	  $ sitrep validate data/*.json
`,
	{
		importMeta: import.meta,
		allowUnknownFlags: false,
		flags: meowFlags,
	},
);

/*
 * SIGUSR1 would open Node's inspector on port 9229, and anyone on the machine
 * could then run code as the reader. A listener stops that on Node 22 and 24;
 * Node 20 starts the inspector anyway, so there it is closed again at once.
 */
process.on('SIGUSR1', () => {
	void import('node:inspector').then((inspector) => {
		for (let tries = 0; tries < 50; tries++)
			setTimeout(() => {
				if (inspector.url()) inspector.close();
			}, tries * 20);
	});
});

// Anything unforeseen is one line and exit 1, never a stack trace. The interactive runner adds its own
// handler, which gives the terminal back first; this one then stands aside.
const internalError = (error: unknown) => {
	if (process.listenerCount('uncaughtException') > 1) return;
	err(`sitrep: internal error: ${cleanText(error instanceof Error ? error.message : String(error))}\n`);
	process.exit(1);
};
process.on('uncaughtException', internalError);
process.on('unhandledRejection', internalError);

// Messages quote arguments and file names: cleaned like data before they reach the terminal.
const say = (line: string) => err(`sitrep: ${cleanText(line)}\n`);
const fail = (message: string): never => {
	say(message);
	process.exit(2);
};

const [command, ...operands] = cli.input;
const {flags} = cli;
// meow reports an absent boolean as false; these two have a different default per mode, so absence matters.
const given = (name: string) =>
	process.argv.slice(2).some((arg) => arg === `--${name}` || arg === `--no-${name}` || arg.startsWith(`--${name}=`));
const brief = given('brief') ? flags.brief : undefined;
const color = given('color') ? flags.color : undefined;

const {parseWindow} = flags.window === undefined ? {parseWindow: undefined} : await import('./data/acled.js');
const window =
	flags.window === undefined
		? undefined
		: (parseWindow!(flags.window) ?? fail(`--window takes START..END as YYYY-MM-DD..YYYY-MM-DD, not "${flags.window}"`));

if (command === 'validate') {
	if (operands.length === 0) fail('validate needs at least one file: sitrep validate FILE...');
	process.exitCode = await validateFiles(operands, (line) => out(`${line}\n`), window);
} else if (command === 'convert') {
	if (operands.length !== 1 || !flags.output) fail('convert takes one ACLED file and an output: sitrep convert FILE.csv -o ROUND.json');
	const {convertFile} = await import('./commands/convert.js');
	const result = await convertFile(operands[0]!, flags.output!, {window, roundId: flags.round});
	if ('error' in result) fail(result.error);
	else if ('problems' in result) {
		for (const line of problemLines(result.problems)) out(`${line}\n`);
		process.exitCode = 2;
	} else say(`wrote ${flags.output} (${result.roundId})`);
} else {
	if (command !== undefined) fail(`unknown command "${command}"; see sitrep --help`);
	const problem = flagProblem(flags);
	if (problem) fail(problem);
	const exports = flags.export ?? [];
	if (exports.length > 0 || flags.exportDir !== undefined) {
		const {outputRefusal, exportFolderProblem} = await import('./export/write-file.js');
		for (const file of exports) {
			const refused = outputRefusal('--export', file, flags.data ?? []);
			if (refused) fail(refused);
		}
		if (flags.exportDir !== undefined) {
			const problem = exportFolderProblem(flags.exportDir);
			if (problem) fail(problem);
		}
	}
	const {width, height} = flags;

	// dist/rounds.json: the shipped rounds as validated at build time (absent when run from source).
	const prevalidated = prevalidatedLoader(fileURLToPath(new URL('rounds.json', import.meta.url)), dataDir);
	const catalog = await openFiles([...bundledRoundFiles(dataDir), ...(flags.data ?? [])], window, prevalidated);
	for (const {problems} of catalog.skipped) for (const line of problemLines(problems)) err(`sitrep: skipped: ${line}\n`);
	const rounds = byRecency(catalog.rounds);
	if (flags.round && !rounds.some((round) => round.id === flags.round))
		fail(`no round with id "${flags.round}"; open rounds: ${rounds.map((round) => round.id).join(', ') || 'none'}`);
	const failed = catalog.skipped.length > 0 ? 2 : 0;

	if (flags.list) {
		for (const line of listRounds(rounds)) out(`${line}\n`);
		process.exitCode = failed;
	} else {
		if (rounds.length === 0) fail('no round could be opened');
		const round = rounds.find((each) => each.id === flags.round) ?? rounds[0]!;
		if (flags.vs && !rounds.some((each) => each.id === flags.vs))
			fail(`--vs: no round with id "${flags.vs}"; open rounds: ${rounds.map((each) => each.id).join(', ')}`);
		const day = flags.day === undefined ? undefined : resolveDay(round, flags.day);
		if (day && 'error' in day) fail(day.error);
		// A dumb terminal cannot move the cursor or switch screens: it gets the frame once, as plain text.
		const dumb = process.env['TERM'] === 'dumb';
		const noColour = color === false || Boolean(process.env['NO_COLOR']) || process.env['FORCE_COLOR'] === '0' || dumb;
		const interactive = !flags.snapshot && exports.length === 0 && isTerminal(0) && isTerminal(1) && !dumb;
		// Ink's colour library reads the environment once, when it is first loaded, and ignores NO_COLOR.
		if (interactive && noColour) process.env['FORCE_COLOR'] = '0';
		const linear = process.env['INK_SCREEN_READER'] === 'true';
		const {openingState} = await import('./ui/session.js');
		const state = openingState(rounds, {
			roundId: round.id,
			vsId: flags.vs,
			...(flags.pane ? {pane: flags.pane as Pane} : {}),
			...(day && 'index' in day ? {day: day.index} : {}),
			brief: brief ?? false,
		});
		if (interactive) {
			const {runInteractive} = await import('./ui/run.js');
			const [first] = catalog.skipped;
			const notice = first
				? `skipped ${catalog.skipped.length === 1 ? '' : `${catalog.skipped.length} files, first `}${formatProblem(first.problems[0]!)}`
				: undefined;
			import.meta.frameDrawn?.();
			quietOnClosedStreams();
			await runInteractive(rounds, state, linear, notice, flags.exportDir);
		} else {
			const {outputFrame} = await import('./commands/frame-output.js');
			const onTerminal = isTerminal(1);
			const terminal = onTerminal ? {width: process.stdout.columns || 100, height: process.stdout.rows || 30} : {width: 100, height: 30};
			const error = await outputFrame(rounds, state, {
				exports,
				snapshot: flags.snapshot,
				size: {width: width ?? terminal.width, height: height ?? terminal.height},
				// The Overview exported is a slide: 16:9-friendly unless a size is given.
				...(state.pane === 'overview' && width === undefined && height === undefined ? {exportSize: slideSize} : {}),
				brief,
				colour: !dumb && (color ?? (onTerminal && !noColour)),
				linear,
			});
			if (error) fail(error);
			import.meta.frameDrawn?.();
			// Everything is written (synchronously): exit now instead of waiting while Node tears down what the render left.
			process.exit(failed);
		}
		process.exitCode = failed;
	}
}
