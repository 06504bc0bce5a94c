import {extname} from 'node:path';
import {panes, type Pane} from '../state/navigation.js';
import {exportExtensions} from '../export/formats.js';

/*
 * sitrep's options, each described once: its name, type, help line and check.
 * meow's flags, the Options part of --help and the checks that need no round
 * are all derived from this table.
 */
type Flag = {type: 'string' | 'boolean' | 'number'; isMultiple?: boolean; default?: boolean; shortFlag?: string};
type Option = {
	flag: Flag;
	/** What the help shows after the name: "--round ID". */
	placeholder?: string;
	/** The help text; a second line continues under the first. Omitted: not in the Options list (described with its command). */
	help?: string[];
	/** Why a given value is refused, or undefined when it is fine. */
	check?: (value: string | number) => string | undefined;
};

const size = (name: string) => (value: string | number) =>
	Number.isInteger(value) && Number(value) >= 1 && Number(value) <= 1000
		? undefined
		: `--${name} must be a whole number from 1 to 1000, not "${value}"`;

export const options = {
	round: {flag: {type: 'string'}, placeholder: 'ID', help: ['Open this round (default: the most recent)']},
	data: {
		flag: {type: 'string', isMultiple: true},
		placeholder: 'FILE',
		help: ['Add rounds from a sitrep JSON file or an ACLED CSV export', '(repeatable; a CSV gives one round per country)'],
	},
	window: {flag: {type: 'string'}, placeholder: 'A..B', help: ['Only ACLED rows from A to B (YYYY-MM-DD..YYYY-MM-DD)']},
	pane: {
		flag: {type: 'string'},
		placeholder: 'NAME',
		help: [`${panes.slice(0, -1).join(', ')} or ${panes.at(-1)}`],
		check: (value) => (panes.includes(value as Pane) ? undefined : `--pane must be one of ${panes.join(', ')}, not "${value}"`),
	},
	vs: {flag: {type: 'string'}, placeholder: 'ID', help: ['The round to compare with (compare pane)']},
	day: {flag: {type: 'string'}, placeholder: 'N|DATE', help: ['Day number (lead-up days are 0 or less) or YYYY-MM-DD']},
	snapshot: {flag: {type: 'boolean', default: false}, help: ['Print one frame and exit']},
	width: {flag: {type: 'number'}, placeholder: 'W', help: ['Frame width for --snapshot and --export'], check: size('width')},
	height: {
		flag: {type: 'number'},
		placeholder: 'H',
		help: ['Frame height for --snapshot and --export (an Overview', 'export without either is a 120×34 slide)'],
		check: size('height'),
	},
	export: {
		flag: {type: 'string', isMultiple: true},
		placeholder: 'FILE',
		help: [`Write the frame: ${exportExtensions.join(' ')} (repeatable)`],
		check: (file) => {
			const extension = extname(String(file)).toLowerCase();
			return (exportExtensions as readonly string[]).includes(extension)
				? undefined
				: `--export ${file}: unknown format "${extension || 'no extension'}"; use ${exportExtensions.join(', ')}`;
		},
	},
	exportDir: {flag: {type: 'string'}, placeholder: 'DIR', help: ['Where the e key writes its SVG and PNG (default: the current folder)']},
	brief: {
		flag: {type: 'boolean'},
		help: ['Brief mode: no key hints, a footer naming the sources shown', '(exports are brief unless --no-brief)'],
	},
	color: {flag: {type: 'boolean'}, help: ['No colour (also when NO_COLOR is set)']},
	list: {flag: {type: 'boolean', default: false}, help: ['List the open rounds with their dates and counts']},
	// convert's output file: described with the command.
	output: {flag: {type: 'string', shortFlag: 'o'}},
} satisfies Record<string, Option>;

type Name = keyof typeof options;

/** The flags for meow, from the table. */
export const meowFlags = Object.fromEntries(Object.entries(options).map(([name, option]) => [name, option.flag])) as {
	[N in Name]: (typeof options)[N]['flag'];
};

const kebab = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
const column = 20;

/** The Options part of --help: one line per option (two when its help has two), help text aligned. */
export const optionsHelp = (): string[] => {
	const rows: Array<[string, string[]]> = Object.entries(options).flatMap(([name, option]: [string, Option]) => {
		if (!option.help) return [];
		// --color is a default; what a reader types is --no-color.
		const shown = name === 'color' ? '--no-color' : `--${kebab(name)}${option.placeholder ? ` ${option.placeholder}` : ''}`;
		return [[shown, option.help]];
	});
	rows.push(['--version', ['Show the version']], ['--help', ['Show this help']]);
	return rows.flatMap(([shown, [first, ...more]]) => [
		`  ${shown.padEnd(column - 3)} ${first}`,
		...more.map((line) => `${' '.repeat(column)}${line}`),
	]);
};

/** The first problem with the given flags that the table's checks find, or undefined. */
export const flagProblem = (flags: Partial<Record<Name, unknown>>): string | undefined => {
	for (const [name, option] of Object.entries(options) as Array<[Name, Option]>) {
		const value = flags[name];
		if (value === undefined || !option.check) continue;
		for (const each of Array.isArray(value) ? value : [value]) {
			const problem = option.check(each as string | number);
			if (problem) return problem;
		}
	}
	return undefined;
};
