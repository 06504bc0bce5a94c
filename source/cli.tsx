#!/usr/bin/env node
import {fileURLToPath} from 'node:url';
import meow from 'meow';
import {bundledRoundFiles, byRecency, openCatalog} from './data/catalog.js';
import {formatProblem} from './data/load-round.js';
import {listRounds} from './commands/list.js';
import {validateFiles} from './commands/validate.js';

// source/cli.tsx and dist/cli.js both sit one folder below the package root.
const dataDir = fileURLToPath(new URL('../data/', import.meta.url));

const cli = meow(
	`
	Usage
	  $ sitrep [options]
	  $ sitrep validate FILE...

	Options
	  --list           List the open rounds with their dates and counts
	  --round ID       Open this round (default: the most recent)
	  --data FILE      Add a round from a dataset file (repeatable)
	  --no-color       No colour (also when NO_COLOR is set)
	  --version        Show the version
	  --help           Show this help

	Commands
	  validate FILE... Check dataset files; one line per problem, exit 2 if any

	Examples
	  $ sitrep --list
	  $ sitrep --data my-round.json --round my-round
	  $ sitrep validate data/*.json
`,
	{
		importMeta: import.meta,
		allowUnknownFlags: false,
		flags: {
			list: {type: 'boolean', default: false},
			round: {type: 'string'},
			data: {type: 'string', isMultiple: true},
			color: {type: 'boolean', default: true},
		},
	},
);

const fail = (message: string): never => {
	process.stderr.write(`sitrep: ${message}\n`);
	process.exit(2);
};

const [command, ...operands] = cli.input;

if (command === 'validate') {
	if (operands.length === 0) fail('validate needs at least one file: sitrep validate FILE...');
	process.exitCode = validateFiles(operands, (line) => process.stdout.write(`${line}\n`));
} else {
	if (command !== undefined) fail(`unknown command "${command}"; see sitrep --help`);
	const catalog = openCatalog([...bundledRoundFiles(dataDir), ...(cli.flags.data ?? [])]);
	for (const {problems} of catalog.skipped) for (const problem of problems) process.stderr.write(`sitrep: skipped: ${formatProblem(problem)}\n`);
	const rounds = byRecency(catalog.rounds);
	if (cli.flags.round && !rounds.some((round) => round.id === cli.flags.round))
		fail(`no round with id "${cli.flags.round}"; open rounds: ${rounds.map((round) => round.id).join(', ') || 'none'}`);
	if (cli.flags.list) {
		for (const line of listRounds(rounds)) process.stdout.write(`${line}\n`);
		if (catalog.skipped.length > 0) process.exitCode = 2;
	} else {
		if (rounds.length === 0) fail('no round could be opened');
		// Ink's colour library ignores NO_COLOR; FORCE_COLOR=0 must be set before Ink is first loaded.
		if (!cli.flags.color || process.env['NO_COLOR']) process.env['FORCE_COLOR'] = '0';
		const linear = process.env['INK_SCREEN_READER'] === 'true';
		const {openingState} = await import('./ui/session.js');
		const state = openingState(rounds, {roundId: cli.flags.round});
		if (process.stdin.isTTY && process.stdout.isTTY) {
			const {runInteractive} = await import('./ui/run.js');
			await runInteractive(rounds, state, linear);
		} else {
			// No terminal to hold a session (a pipe, a file, CI): print the opening frame once.
			const {frameAsText} = await import('./ui/run.js');
			process.stdout.write(`${frameAsText(rounds, state, 100, 30, linear)}\n`);
		}
		if (catalog.skipped.length > 0) process.exitCode = 2;
	}
}
