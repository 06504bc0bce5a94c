/*
 * While a large round is read, nearly everything JSON.parse builds survives.
 * V8 answers a scavenge that finds most of its young generation alive by
 * doubling that generation (semi-spaces up to 16 MB on Node 20, 64 MB on 24),
 * though a larger one moves the same objects to the old generation no sooner:
 * it only adds fresh memory, and on a VM each page's first touch is a fault of
 * ~12 µs. So the young generation is held at the size it has while the file is
 * read, and may grow again afterwards (measured on the 100k-event round in
 * interleaved runs: load + first frame 5% faster on Node 20, 6% on 22, 10% on
 * 24; README, Performance).
 *
 * V8 reads this flag each time it grows the young generation, so setting it
 * after start-up takes effect (Node 20, 22 and 24: test/young-generation.test.ts);
 * all three have it, so no "unrecognized flag" line is printed. It goes back to
 * their default (2) after: V8 stamps the code cache dist/cli.js writes with a
 * hash of its flags, and one written under another value would be rejected at
 * every start (test/code-cache.test.ts). Someone who started Node with their own
 * young-generation sizing keeps it.
 */
const chosenByUser = (): boolean =>
	[...process.execArgv, process.env['NODE_OPTIONS'] ?? ''].some((argument) => /semi[-_]space/.test(argument));

const growthFactor = (factor: number): void => {
	// Loaded here, not at the top: `node:v8` costs ~4 ms to load, and only a large file needs it.
	process.getBuiltinModule('node:v8').setFlagsFromString(`--semi-space-growth-factor=${factor}`);
};

/** Runs `read` with V8's young generation held at its present size; V8's default growth (×2) after. */
export const withYoungGenerationHeld = <T>(read: () => T): T => {
	if (chosenByUser()) return read();
	growthFactor(1);
	try {
		return read();
	} finally {
		growthFactor(2);
	}
};
