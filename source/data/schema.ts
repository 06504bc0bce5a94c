import * as z from 'zod';
import {isCalendarDate} from './calendar.js';
import {metricTable} from './metrics.js';

/*
 * The dataset format. One JSON file holds one escalation round. Every number
 * in it is a claim: a value with its qualifier, its scope, the day it is as
 * of, who says so and where that was reported. Nothing is stored that could
 * be derived (daily series, tallies, statuses): see the derivation modules.
 */

// blog and repost: pages that are not the reporting itself; figures resting
// only on such pages carry the weak-source mark.
export const sourceKinds = ['news', 'UN', 'government', 'NGO', 'research', 'encyclopedia', 'blog', 'repost', 'other'] as const;
/** What kind of body an originator (the one who counted) is. */
export const claimantKinds = [
	'health-authority',
	'government',
	'military',
	'police',
	'un-agency',
	'ngo',
	'armed-group',
	'research',
	'media',
	'encyclopedia',
	'other',
] as const;
export const eventKinds = [
	'strike',
	'rocket-fire',
	'interception',
	'casualties',
	'diplomacy',
	'statement',
	'humanitarian',
	'unrest',
	'other',
] as const;
export const qualifiers = ['exact', 'at-least', 'more-than', 'about', 'nearly', 'up-to'] as const;
export const scopes = ['daily', 'cumulative', 'incident'] as const;
export const initiativeStatuses = [
	'proposed',
	'talks',
	'claimed',
	'denied',
	'agreed-in-principle',
	'agreed',
	'in-force',
	'breached',
	'blocked',
	'rejected',
	'scheduled',
	'held',
] as const;
/** Known metrics, from the metric table; the list is open, these are the names the format recommends. */
export const knownMetrics: readonly string[] = metricTable.filter((info) => info.recommended).map((info) => info.id);

/*
 * The schema itself is built on first use: the rounds shipped with sitrep are
 * validated at build time, and a valid --data file passes round-check.ts's
 * fast check, so most starts never need it (building it costs ~12 ms).
 */
const build = () => {
	// Called for every date of every event and figure: arithmetic, no Date objects.
	const isRealDate = (value: string): boolean => isCalendarDate(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));

	const IsoDate = z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
		.refine(isRealDate, 'not a calendar date')
		.describe('A calendar date, YYYY-MM-DD, in the round\'s local time zone.');

	const LocalTime = z
		.string()
		.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a 24-hour local time as HH:MM')
		.describe('Local time of day, HH:MM (24-hour), in the round\'s time zone.');

	const Id = z
		.string()
		.regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lower-case letters, digits and dashes')
		.max(80);

	// Dataset text is cleaned of control and bidi characters before it is
	// validated (see cleanStrings in clean-text.ts): the schema sees clean text.
	const Text = z.string().min(1, 'must not be empty').max(4000);
	const ShortText = z.string().min(1, 'must not be empty').max(300);

	const SourceIds = z.array(Id).min(1, 'needs at least one source id').describe('Ids of entries in `sources`.');

	/*
	 * Where a fact rests on one weak page, the fact sheets say so; the UI shows the
	 * caveat next to the fact instead of dropping it.
	 */
	const Caveat = z
		.enum(['single-source', 'low-quality-source'])
		.describe('single-source: found on one page that could not be checked; low-quality-source: a weak page even where others agree.');

	const Source = z.strictObject({
		id: Id,
		outlet: ShortText.describe('Who published it: "Reuters", "UN OCHA".'),
		title: ShortText.optional(),
		author: ShortText.optional(),
		published: IsoDate.optional().describe('Publication date, where known.'),
		publishedTime: LocalTime.optional(),
		// No space, quote, <, >, backtick or backslash (RFC 3986 has them percent-encoded): a URL can then never
		// close the Markdown autolink or HTML attribute it is printed in.
		url: z
			.url({protocol: /^https?$/, message: 'expected an http(s) URL'})
			.max(2000)
			.regex(/^[^\s"'<>`\\]+$/, 'expected a URL without spaces, quotes, <, >, backticks or backslashes (percent-encode them)')
			.optional(),
		kind: z.enum(sourceKinds),
		commissioned: z.boolean().optional().describe('True for the articles the round was commissioned from.'),
		caveat: Caveat.optional(),
	});

	/*
	 * Who counted: one entry per originator. A figure's `claimant` is one of these
	 * ids; the outlet that relayed the count is the figure's `via`, never part of
	 * the originator. A media outlet's own count has the outlet as originator.
	 */
	const Claimant = z.strictObject({
		id: Id,
		name: ShortText.describe('The originator as a reader knows it: "Gaza Ministry of Health", "IDF".'),
		kind: z.enum(claimantKinds, {error: `expected the kind of body: ${claimantKinds.join(', ')}`}),
		note: Text.optional(),
	});

	const Event = z.strictObject({
		id: Id,
		date: IsoDate,
		time: LocalTime.optional(),
		kind: z.enum(eventKinds),
		actors: z.array(ShortText).describe('Who acted, as the sources name them.'),
		place: ShortText.optional(),
		summary: Text.describe('In the dataset author\'s own words; characterisations attributed.'),
		sources: SourceIds,
		caveat: Caveat.optional(),
	});

	const Figure = z.strictObject({
		id: Id,
		metric: z
			.string()
			.regex(/^[a-z][a-z0-9-]*$/, 'expected a metric name in lower case with dashes, like "killed"')
			.describe(`What is counted. Known: ${knownMetrics.join(', ')}; others are allowed.`),
		population: ShortText.describe('Whose count: "Palestinians in Gaza", "Israelis".'),
		subgroup: ShortText.optional().describe('A part of the population: "children", "civilians", "soldiers".'),
		value: z.number().int('expected a whole number').nonnegative('a count cannot be negative'),
		valueHigh: z
			.number()
			.int('expected a whole number')
			.nonnegative('a count cannot be negative')
			.optional()
			.describe('Upper bound when the claim is a range ("30,000–40,000"): `value` is the low end, as UCDP keeps low/high.'),
		qualifier: z.enum(qualifiers),
		scope: z
			.enum(scopes)
			.describe("daily: on `date` alone; cumulative: from `since` (default: the round's start) up to `date`; incident: one event."),
		since: IsoDate.optional().describe("For cumulative figures that count from another day than the round's start."),
		date: IsoDate.describe("The day the figure refers to, or is as of. Must fall in the round's window."),
		time: LocalTime.optional(),
		reported: IsoDate.optional().describe(
			'When the figure was published, if later than `date`: totals reported after the round ended keep `date` inside ' +
				'the window (the last day they cover) and carry their publication date here.',
		),
		claimant: ShortText.describe(
			'Who counted (the originator): the id of an entry in `claimants`. Files without a `claimants` list give free text, each distinct text its own originator.',
		),
		via: ShortText.optional().describe(
			'The outlet or channel that relayed the count, as the source names it: "AFP", "UN OCHA Flash Update 5".',
		),
		attributedAs: ShortText.optional().describe(
			'The source\'s own words for the originator where they differ from its name: "Gaza medical officials".',
		),
		attribution: z
			.enum(['stated', 'inferred'])
			.optional()
			.describe(
				'inferred: the originator is the dataset author\'s reading of a vague attribution ' +
					'("Palestinian officials" read as the Gaza ministry); shown with a mark. Default stated.',
			),
		sources: SourceIds,
		note: Text.optional(),
		caveat: Caveat.optional(),
	});

	const InitiativeStep = z.strictObject({
		date: IsoDate,
		time: LocalTime.optional(),
		status: z.enum(initiativeStatuses),
		by: z
			.array(ShortText)
			.optional()
			.describe('Who took this step, as the sources name them: who proposed, blocked, rejected, denied or claimed it.'),
		note: Text,
		sources: SourceIds,
	});

	const Initiative = z.strictObject({
		id: Id,
		title: ShortText,
		actors: z.array(ShortText).min(1, 'needs at least one actor'),
		mediators: z.array(ShortText).optional(),
		history: z.array(InitiativeStep).min(1, 'needs at least one dated step').describe('Status changes, oldest first.'),
	});

	const Statement = z.strictObject({
		id: Id,
		date: IsoDate,
		time: LocalTime.optional(),
		speaker: ShortText,
		role: ShortText.optional(),
		form: z.enum(['quote', 'paraphrase']).describe('quote: the speaker\'s words; paraphrase: the dataset author\'s summary of them.'),
		text: Text,
		sources: SourceIds,
		initiative: Id.optional().describe('Id of the initiative the statement bears on.'),
	});

	const DayNote = z.strictObject({
		date: IsoDate,
		note: Text.describe('Why a day has little or nothing: "no report found for this day".'),
	});

	const Round = z
		.strictObject({
			$schema: z.string().optional(),
			id: Id,
			title: ShortText,
			shortTitle: z.string().min(1).max(24),
			start: IsoDate.describe('First day of hostilities: day 1.'),
			end: IsoDate.describe('Last day of hostilities.'),
			leadUpFrom: IsoDate.optional().describe('First lead-up day shown (day numbers ≤ 0).'),
			aftermathUntil: IsoDate.optional().describe('Last aftermath day shown.'),
			timezone: z.string().min(1).max(64).describe('IANA zone of the local dates and times, e.g. "Asia/Jerusalem".'),
			parties: z.array(ShortText).min(1),
			claimants: z.array(Claimant).optional().describe('The originators of the figures; each figure\'s `claimant` is one of their ids.'),
			sources: z.array(Source).min(1, 'needs at least one source'),
			events: z.array(Event),
			figures: z.array(Figure),
			initiatives: z.array(Initiative),
			statements: z.array(Statement),
			dayNotes: z.array(DayNote).optional(),
		})
		.describe('One escalation round for sitrep.');

	return {IsoDate, Source, Claimant, Event, Figure, InitiativeStep, Initiative, Statement, DayNote, Round};
};

type Schemas = ReturnType<typeof build>;
let built: Schemas | undefined;

/** The zod schemas of the dataset format, built the first time they are asked for. */
export const schemas = (): Schemas => (built ??= build());

export type Round = z.output<Schemas['Round']>;
export type Source = z.output<Schemas['Source']>;
export type Claimant = z.output<Schemas['Claimant']>;
export type ClaimantKind = (typeof claimantKinds)[number];
export type Event = z.output<Schemas['Event']>;
export type Figure = z.output<Schemas['Figure']>;
export type Initiative = z.output<Schemas['Initiative']>;
export type InitiativeStep = z.output<Schemas['InitiativeStep']>;
export type Statement = z.output<Schemas['Statement']>;
export type Qualifier = (typeof qualifiers)[number];
export type InitiativeStatus = (typeof initiativeStatuses)[number];
export type EventKind = (typeof eventKinds)[number];
