import {milestoneLabels, milestones} from '../data/compare.js';
import type {InitiativeStatus, Qualifier} from '../data/schema.js';

/*
 * Every sign the screen and the exports use, defined once: its mark and what
 * it means. Panes and writers take the mark from here, and help writes its
 * "Signs" section from this table, so a sign cannot appear anywhere without
 * help explaining it. Neutral module: no React, no terminal, so `export/`
 * can use it too.
 */

export type Sign = {
	/** What is drawn: a glyph ("≠") or a short phrase ("no report"). */
	mark: string;
	/** What it means, in the reader's words, for help and legends. */
	meaning: string;
};

export const signs = {
	sourceNumber: {mark: '[n]', meaning: "source number n: listed on the Sources pane, and in exports' source lists"},
	contested: {mark: '≠', meaning: "originators' counts differ: they stay side by side with who counted, never summed or averaged"},
	weakSource: {mark: '?', meaning: 'weak source: a single source, a low-quality page, a blog or a repost'},
	inferred: {
		mark: '*',
		meaning:
			'originator inferred: the source\'s attribution is vague ("Palestinian officials"); who counted is the dataset author\'s reading',
	},
	publishedLater: {mark: '†', meaning: 'published later than the day it counts up to'},
	carriedForward: {
		mark: '↳',
		meaning: "carried forward: the latest count from an earlier day, shown on a later one; its as-of date is beside it, never today's",
	},
	reported: {mark: '█', meaning: 'a bar of a count reported for that day'},
	derived: {
		mark: '▒',
		meaning: "a bar derived from one originator's cumulative counts (the change between two of them), not reported as such",
	},
	carriedBar: {
		mark: '░',
		meaning: "a running total carried forward on a chart: no new count that day, the originator's latest earlier one drawn again (↳)",
	},
	noReport: {
		mark: '·',
		meaning:
			'no report: no count was published for that day by anyone (not zero); written "·· no report" on charts, where it means none by the originator charted ("n others" did)',
	},
	noCount: {mark: 'no count published', meaning: 'nobody has published a count of this up to the selected day (not zero)'},
	noTotalYet: {
		mark: 'no total published',
		meaning: 'key figures: nobody has published a total for this population up to the selected day (not zero); see "in incidents"',
	},
	incidents: {
		mark: 'in incidents:',
		meaning:
			'key figures: counts of single incidents (one strike, one rocket hit) so far, each as its originator gave it, with its date; shown while nobody has published a total, and never added up',
	},
	noTotal: {
		mark: 'no total published; part counted below',
		meaning: 'key figures: nobody has published a total for the whole population yet, but a part of it is counted on the lines below',
	},
	moreOriginators: {
		mark: '+n',
		meaning:
			'n more: on a key-figure line, originators with a count not named there for want of room (the originators giving the two ends of a range are always named; Casualties and Escalation name them all); on a chart, originators with a count that day (listed under the chart for the selected day); after "via", outlets relaying the same count',
	},
	olderCounts: {
		mark: 'older counts',
		meaning:
			'Casualties: originators whose latest count is from an earlier day than the one selected, folded under one line (Enter shows them, each ↳ with its date)',
	},
	asOf: {mark: '(as of 17 Nov)', meaning: "key figures: this originator's latest count is from that earlier day, not the selected one"},
	thatDay: {
		mark: 'that day:',
		meaning:
			"key figures: the selected day's own count (daily, or the change in one originator's running total); the value before it is the total to date",
	},
	subgroup: {mark: 'of them children', meaning: 'key figures: a part of the population on the line above, never a total of its own'},
	moreKeyFigures: {
		mark: '+n more key figures',
		meaning: 'figures left out for want of room: the Overview, Casualties, Escalation and exports show them',
	},
	acronym: {
		mark: 'IDF, Gaza MoH',
		meaning:
			'key figures: an originator\'s short name when the line is short of room: the acronym its name gives ("Israel Defense Forces (IDF)"), MoH for Ministry of Health, MFA for Ministry of Foreign Affairs, without a "The" or a long remark in brackets; the Casualties table gives the full name',
	},
	noDate: {mark: 'n.d.', meaning: 'no date: the source gives no publication date'},
	commissioned: {mark: '★', meaning: 'one of the articles the round was built from (Sources pane)'},
	selected: {mark: '▸', meaning: 'the selected row (↑↓ move it)'},
	filterMatch: {mark: '•', meaning: 'a day with events matching the filter'},
	localTime: {mark: '14:05 UTC+2', meaning: "a time of day in the round's time zone, with that zone's offset from UTC on that date"},
} as const satisfies Record<string, Sign>;

export type SignId = keyof typeof signs;

/** Signs before a number: "≥1,900" is at least 1,900. Exact counts have none. */
export const qualifierSigns: Record<Qualifier, {mark: string; meaning: string}> = {
	exact: {mark: '', meaning: 'exactly'},
	'at-least': {mark: '≥', meaning: 'at least'},
	'more-than': {mark: '>', meaning: 'more than'},
	about: {mark: '~', meaning: 'about'},
	nearly: {mark: '≲', meaning: 'nearly'},
	'up-to': {mark: '≤', meaning: 'up to'},
};

/** "≥ at least · > more than · ~ about · ≲ nearly · ≤ up to" */
export const qualifierLegend = Object.values(qualifierSigns)
	.filter((sign) => sign.mark)
	.map((sign) => `${sign.mark} ${sign.meaning}`)
	.join(' · ');

/** The Compare pane's milestone letters: M T A C. */
export const milestoneSigns: Sign[] = milestones.map((milestone) => ({
	mark: milestoneLabels[milestone].code,
	meaning: milestoneLabels[milestone].label,
}));

/*
 * An initiative's status: a word, a glyph and a tone (the colour the screen
 * gives it). The word and glyph carry the meaning; the colour only repeats it.
 */
export type StatusTone = 'progress' | 'setback' | 'unconfirmed' | 'neutral';
export const statusSigns: Record<InitiativeStatus, Sign & {tone: StatusTone}> = {
	proposed: {mark: '◇', meaning: 'proposed: put forward by someone (the step says by whom)', tone: 'neutral'},
	talks: {mark: '↔', meaning: 'talks: contacts or meetings under way', tone: 'neutral'},
	scheduled: {mark: '○', meaning: 'scheduled: a meeting or vote fixed for a later date', tone: 'neutral'},
	held: {mark: '●', meaning: 'held: the meeting took place (or the ceasefire held)', tone: 'neutral'},
	claimed: {mark: '◌', meaning: 'claimed: someone says it is agreed; not confirmed by the others', tone: 'unconfirmed'},
	'agreed-in-principle': {mark: '◑', meaning: 'agreed in principle: reported agreed, terms or timing open', tone: 'unconfirmed'},
	agreed: {mark: '✓', meaning: 'agreed by the parties', tone: 'progress'},
	'in-force': {mark: '■', meaning: 'in force: the ceasefire or measure took effect', tone: 'progress'},
	denied: {mark: '✗', meaning: 'denied: a claim was denied (by whom, on the step)', tone: 'setback'},
	rejected: {mark: '✗', meaning: 'rejected: turned down (by whom, on the step)', tone: 'setback'},
	blocked: {mark: '⊘', meaning: 'blocked: stopped by a party able to (by whom, on the step)', tone: 'setback'},
	breached: {mark: '×', meaning: 'breached: broken by events', tone: 'setback'},
};

/** "⊘ blocked": the status as the Diplomacy pane shows it. */
export const statusText = (status: InitiativeStatus): string => `${statusSigns[status].mark} ${status.replaceAll('-', ' ')}`;

/** Every sign, in the order help explains them: number qualifiers, the signs table, then the milestone letters. */
export const allSigns = (): Sign[] => [
	...Object.values(qualifierSigns)
		.filter((sign) => sign.mark)
		.map((sign) => ({mark: sign.mark, meaning: `${sign.meaning} (before a number: ${sign.mark}1,900)`})),
	...Object.values(signs),
	...milestoneSigns.map((sign) => ({mark: sign.mark, meaning: `milestone (Compare): ${sign.meaning}`})),
	...Object.values(statusSigns).map((sign) => ({mark: sign.mark, meaning: `status (Diplomacy): ${sign.meaning}`})),
];
