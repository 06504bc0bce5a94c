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
