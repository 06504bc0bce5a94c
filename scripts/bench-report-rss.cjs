// Preloaded by the bench into the process it measures: the peak resident memory, on exit.
process.on('exit', () => process.stderr.write(`\nsitrep-bench-maxrss-kb ${process.resourceUsage().maxRSS}\n`));
