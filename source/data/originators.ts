import type {Claimant, Figure, Round} from './schema.js';

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
