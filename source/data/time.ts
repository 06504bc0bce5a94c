import type {Round} from './schema.js';

/*
 * Times of day in a round are local to its `timezone` (an IANA zone). Every
 * time shown carries the zone's offset from UTC on that date and at that
 * hour ("21:00 UTC+3"): unambiguous where abbreviations are not (IST is
 * Israel, India or Ireland), and right across daylight saving (Israel is
 * UTC+2 in winter, UTC+3 in summer).
 */

const formatters = new Map<string, Intl.DateTimeFormat | undefined>();

const formatterFor = (timezone: string): Intl.DateTimeFormat | undefined => {
	if (!formatters.has(timezone)) {
		let formatter: Intl.DateTimeFormat | undefined;
		try {
			formatter = new Intl.DateTimeFormat('en-US', {timeZone: timezone, timeZoneName: 'longOffset'});
		} catch {
			// Not an IANA zone (ACLED rounds say "local dates, as ACLED codes them"): the time is only "local".
			formatter = undefined;
		}
		formatters.set(timezone, formatter);
	}
	return formatters.get(timezone);
};

/** Minutes east of UTC in the zone at this instant: "GMT+03:00" is 180. */
const offsetAt = (formatter: Intl.DateTimeFormat, instant: number): number => {
	const name = formatter.formatToParts(new Date(instant)).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
	const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
	if (!match) return 0;
	return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
};

/** The zone's offset from UTC for a local date and time, in minutes; undefined when the zone is not one Intl knows. */
export const utcOffsetMinutes = (timezone: string, date: string, time: string): number | undefined => {
	const formatter = formatterFor(timezone);
	if (!formatter) return undefined;
	const wall = Date.parse(`${date}T${time}:00Z`);
	if (Number.isNaN(wall)) return undefined;
	// The wall clock read as UTC, less the offset there, is near the instant; one more step settles a change of offset in between.
	const first = offsetAt(formatter, wall);
	return offsetAt(formatter, wall - first * 60_000);
};

/*
 * Labels worked out when sitrep was built, for the times in the shipped rounds
 * (see prevalidated.ts): the time-zone data Intl loads on first use cost
 * several milliseconds of every start. Any other time is worked out here.
 */
const recorded = new Map<string, string>();
const recordKey = (timezone: string, date: string, time: string) => `${timezone} ${date} ${time}`;

/** Every local time a round gives (events, initiative steps, statements, sources), as [date, time] pairs. */
export const timesOf = (round: Pick<Round, 'events' | 'initiatives' | 'statements' | 'sources'>): Array<[string, string]> => [
	...round.events.flatMap((event) => (event.time ? [[event.date, event.time] as [string, string]] : [])),
	...round.initiatives.flatMap((initiative) => initiative.history.flatMap((step) => (step.time ? [[step.date, step.time] as [string, string]] : []))),
	...round.statements.flatMap((statement) => (statement.time ? [[statement.date, statement.time] as [string, string]] : [])),
	...round.sources.flatMap((source) => (source.published && source.publishedTime ? [[source.published, source.publishedTime] as [string, string]] : [])),
];

/** The offset labels of a round's times, as recorded at build time: "date time" → "UTC+3". */
export const offsetLabelsOf = (round: Pick<Round, 'timezone' | 'events' | 'initiatives' | 'statements' | 'sources'>): Record<string, string> =>
	Object.fromEntries(timesOf(round).map(([date, time]) => [`${date} ${time}`, offsetLabel(round.timezone, date, time)]));

/** Takes labels recorded at build time for a zone, so that showing those times needs no time-zone data. */
export const rememberOffsetLabels = (timezone: string, labels: Record<string, string>): void => {
	for (const [when, label] of Object.entries(labels)) recorded.set(`${timezone} ${when}`, label);
};

/** "UTC+3", "UTC+5:30", "UTC-4", "UTC"; "local" when the zone is not an IANA zone. */
export const offsetLabel = (timezone: string, date: string, time: string): string => {
	const known = recorded.get(recordKey(timezone, date, time));
	if (known !== undefined) return known;
	const minutes = utcOffsetMinutes(timezone, date, time);
	if (minutes === undefined) return 'local';
	if (minutes === 0) return 'UTC';
	const sign = minutes < 0 ? '-' : '+';
	const hours = Math.floor(Math.abs(minutes) / 60);
	const rest = Math.abs(minutes) % 60;
	return `UTC${sign}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
};

/** A time of day as shown everywhere, screen and exports: "21:00 UTC+3". */
export const clockTime = (round: Pick<Round, 'timezone'>, date: string, time: string): string => `${time} ${offsetLabel(round.timezone, date, time)}`;
