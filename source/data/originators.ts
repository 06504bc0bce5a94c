import type {Claimant, ClaimantKind, Figure, Round} from './schema.js';

/*
 * The originator of a claim is who counted; the outlet that relayed it is the
 * figure's `via`. A round without a `claimants` list (older or hand-made
 * files) gets one entry per distinct claimant text, so every derivation can
 * treat `figure.claimant` as an originator id.
 */
const registries = new WeakMap<Pick<Round, 'figures'>, Map<string, Claimant>>();

export const claimantRegistry = (round: Pick<Round, 'figures' | 'claimants'>): Map<string, Claimant> => {
	let registry = registries.get(round);
	if (!registry) {
		registry = new Map((round.claimants ?? []).map((claimant) => [claimant.id, claimant]));
		for (const figure of round.figures)
			if (!registry.has(figure.claimant)) registry.set(figure.claimant, {id: figure.claimant, name: figure.claimant, kind: 'other'});
		registries.set(round, registry);
	}
	return registry;
};

/** The originator of a figure, as a reader knows it. */
export const originatorOf = (round: Pick<Round, 'figures' | 'claimants'>, figure: Pick<Figure, 'claimant'>): Claimant =>
	claimantRegistry(round).get(figure.claimant) ?? {id: figure.claimant, name: figure.claimant, kind: 'other'};

/*
 * Which originators lead a line when counts are equally recent: bodies that
 * count (health authorities, UN agencies, the military) before those that
 * relay or compile (media, encyclopedias).
 */
const kindOrder: readonly ClaimantKind[] = [
	'health-authority',
	'un-agency',
	'military',
	'government',
	'police',
	'ngo',
	'research',
	'armed-group',
	'media',
	'encyclopedia',
	'other',
];
export const kindRank = (kind: ClaimantKind): number => kindOrder.indexOf(kind);

/** Shown after an originator the dataset author inferred from a vague attribution; the help explains it. */
export const inferredMark = '*';

/**
 * "Gaza Ministry of Health (via AFP)": the originator as a reader knows it,
 * marked when inferred, with the outlets that relayed it (the first two, then
 * "+n"). The same text for one figure or for several folded into one row.
 */
export const labelOf = (name: string, vias: readonly string[] = [], inferred = false): string => {
	const shown = vias.length > 2 ? `${vias.slice(0, 2).join(', ')} +${vias.length - 2}` : vias.join(', ');
	return `${name}${inferred ? inferredMark : ''}${shown ? ` (via ${shown})` : ''}`;
};

/** The display name of a figure's originator with its relay: "Gaza Ministry of Health (via AFP)". */
export const originatorLabel = (
	round: Pick<Round, 'figures' | 'claimants'>,
	figure: Pick<Figure, 'claimant' | 'via' | 'attribution'>,
): string => labelOf(originatorOf(round, figure).name, figure.via ? [figure.via] : [], figure.attribution === 'inferred');

/** Distinct relays of some figures, in order of first mention. */
export const viasOf = (figures: ReadonlyArray<Pick<Figure, 'via'>>): string[] => [
	...new Set(figures.flatMap((figure) => (figure.via ? [figure.via] : []))),
];

/** A row made of several figures is inferred if any of them is: the mark is never lost by folding. */
export const anyInferred = (figures: ReadonlyArray<Pick<Figure, 'attribution'>>): boolean =>
	figures.some((figure) => figure.attribution === 'inferred');

const weakKinds: ReadonlySet<string> = new Set(['blog', 'repost']);
const sourceKindMaps = new WeakMap<Round['sources'], Map<string, string>>();

/**
 * A figure rests on weak ground when it carries a caveat, or when every page
 * it cites is a blog or a repost (not the reporting itself).
 */
export const isWeakSource = (round: Pick<Round, 'sources'>, figure: Pick<Figure, 'caveat' | 'sources'>): boolean => {
	if (figure.caveat) return true;
	let kinds = sourceKindMaps.get(round.sources);
	if (!kinds) {
		kinds = new Map(round.sources.map((source) => [source.id, source.kind]));
		sourceKindMaps.set(round.sources, kinds);
	}
	const known = kinds;
	return figure.sources.length > 0 && figure.sources.every((id) => weakKinds.has(known.get(id) ?? ''));
};

/*
 * Short forms for a line short of room, so that an originator is renamed
 * rather than left out: the acronym a name gives ("Israel Defense Forces
 * (IDF)" → "IDF"), else the name without a leading "The", a long bracketed
 * remark ("(body not named)"; a word such as "(blog)" or "(Ramallah)" stays,
 * it tells two bodies apart), a title's "for the …" tail, with a ministry's
 * usual initials ("Gaza MoH"). A short form two originators of a
 * round would share is not used: each keeps its full name.
 */
const abbreviations: ReadonlyArray<[RegExp, string]> = [
	[/\bMinistry of Health\b/g, 'MoH'],
	[/\bMinistry of Foreign Affairs\b/g, 'MFA'],
	[/\bMinistry of Defen[cs]e\b/g, 'MoD'],
	[/\bMinistry of (the )?Interior\b/g, 'MoI'],
];

/** The short form of one name, whatever else the round holds. */
export const shortFormOf = (name: string): string => {
	const acronym = /^.+\(([A-Z]{2,}[A-Za-z]{0,5})\)$/.exec(name);
	if (acronym) return acronym[1]!;
	let short = name.replace(/\s*\([^()]{10,}\)$/, '').replace(/^The (?=\S)/, '');
	if (short.length > 24) short = short.replace(/ for (the )?[A-Z].*$/, '');
	for (const [pattern, initials] of abbreviations) short = short.replace(pattern, initials);
	return short.trim() || name;
};

const shortForms = new WeakMap<Pick<Round, 'figures'>, Map<string, string>>();

/** Each originator's short form by id; an originator whose short form another one shares keeps its full name. */
export const shortNames = (round: Pick<Round, 'figures' | 'claimants'>): Map<string, string> => {
	let names = shortForms.get(round);
	if (!names) {
		const registry = [...claimantRegistry(round).values()].map((claimant) => ({claimant, short: shortFormOf(claimant.name)}));
		const taken = new Map<string, number>();
		for (const {short} of registry) taken.set(short, (taken.get(short) ?? 0) + 1);
		names = new Map(registry.map(({claimant, short}) => [claimant.id, taken.get(short)! > 1 ? claimant.name : short]));
		shortForms.set(round, names);
	}
	return names;
};

/** The short form of a figure's originator. */
export const shortNameOf = (round: Pick<Round, 'figures' | 'claimants'>, id: string): string =>
	shortNames(round).get(id) ?? shortFormOf(id);
