/*
 * Yoga, Ink's layout engine, compiles its WebAssembly off the main thread once its
 * module loads, and the first frame waits for it. For the paths that draw a frame
 * it starts here, imported before anything else in cli.tsx, so the compile overlaps
 * loading sitrep's modules, parsing the arguments and reading the rounds. It is the
 * module Ink imports; Ink itself loads later, as its colour library must see
 * FORCE_COLOR first.
 */
const argv = process.argv.slice(2);
if (!['validate', 'convert'].includes(argv[0] ?? '') && !argv.some((arg) => ['--help', '--version', '--list'].includes(arg)))
	// A failure shows where Ink loads Yoga itself.
	import('yoga-layout').catch(() => undefined);
