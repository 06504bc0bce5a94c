import type {Round} from './schema.js';

/*
 * Dates in a round are local calendar days written as YYYY-MM-DD. All
 * arithmetic here treats them as UTC midnights so that no machine's time zone
 * or daylight saving can shift a day.
 */

export type Phase = 'lead-up' | 'hostilities' | 'aftermath';

export type Day = {
	date: string;
	/** Day 1 is the round's start; lead-up days are 0, -1, … */
	number: number;
	weekday: string;
	phase: Phase;
};

/** Order of two YYYY-MM-DD dates: their text order, without localeCompare (whose collator costs start-up time). */
export const compareDates = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const msPerDay = 86_400_000;
const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether year, month (1–12) and day name a real day: 2021-02-30 does not. */
export const isCalendarDate = (year: number, month: number, day: number): boolean => {
	if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false;
	const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
	return day <= (month === 2 && leap ? 29 : daysInMonth[month - 1]!);
};

const toUtc = (date: string): number => Date.parse(`${date}T00:00:00Z`);
const fromUtc = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export const addDays = (date: string, days: number): string => fromUtc(toUtc(date) + days * msPerDay);
export const daysBetween = (from: string, to: string): number => Math.round((toUtc(to) - toUtc(from)) / msPerDay);
export const weekdayOf = (date: string): string => weekdays[new Date(toUtc(date)).getUTCDay()]!;

/** "20 Nov 2012" */
export const formatDate = (date: string): string => {
	const [year, month, day] = date.split('-');
	return `${Number(day)} ${months[Number(month) - 1]} ${year}`;
};

/** The first and last day shown: lead-up and aftermath included. */
export const windowOf = (round: Pick<Round, 'start' | 'end' | 'leadUpFrom' | 'aftermathUntil'>): {first: string; last: string} => ({
	first: round.leadUpFrom ?? round.start,
	last: round.aftermathUntil ?? round.end,
});

export const dayNumberOf = (round: Pick<Round, 'start'>, date: string): number => daysBetween(round.start, date) + 1;

export const phaseOf = (round: Pick<Round, 'start' | 'end'>, date: string): Phase =>
	date < round.start ? 'lead-up' : date > round.end ? 'aftermath' : 'hostilities';

export const dayOf = (round: Pick<Round, 'start' | 'end'>, date: string): Day => ({
	date,
	number: dayNumberOf(round, date),
	weekday: weekdayOf(date),
	phase: phaseOf(round, date),
});

// Kept per window: every series and pane walks the round's days, and working each one out takes Date arithmetic.
const dayLists = new Map<string, readonly Day[]>();

/** Every day of the round's window, in order. Shared and frozen: copy it to change it. */
export const daysOf = (round: Pick<Round, 'start' | 'end' | 'leadUpFrom' | 'aftermathUntil'>): Day[] => {
	const {first, last} = windowOf(round);
	const key = `${first} ${last} ${round.start} ${round.end}`;
	let days = dayLists.get(key);
	if (!days) {
		const count = daysBetween(first, last) + 1;
		days = Object.freeze(Array.from({length: Math.max(0, count)}, (_, index) => Object.freeze(dayOf(round, addDays(first, index)))));
		// A handful of rounds are open at once; a long-running test run makes many.
		if (dayLists.size > 64) dayLists.clear();
		dayLists.set(key, days);
	}
	return days as Day[];
};
