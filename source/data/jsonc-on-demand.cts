/*
 * jsonc-parser, loaded when first asked for: only a file that is not valid JSON
 * needs it (to say where it goes wrong), and its module code builds tables as it
 * loads, which an ES import would do at every start. CommonJS on purpose:
 * require() is synchronous, and lazy both from source and in the bundle, where
 * esbuild wraps the library in a function run on the first call.
 */
import type * as JsoncParser from 'jsonc-parser';

const jsoncParser = (): typeof JsoncParser => require('jsonc-parser') as typeof JsoncParser;
export = jsoncParser;
