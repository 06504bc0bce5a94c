import type {Round} from './schema.js';
import {daysBetween, windowOf} from './calendar.js';
import {closestIds} from './closest.js';

type Located = {where: string; message: string};

/*
 * The longest window a round may span, lead-up and aftermath included. The app
 * works day by day (a day list, a tally per day), so a file claiming
 * 0001-01-01..9999-12-31 would freeze it; an escalation round is weeks long,
 * and a year with margins covers any sensible one.
 */
export const maxWindowDays = 400;

type Window = {first: string; last: string};

/** Adds an id; false when it was there already. One lookup per id, not two. */
const addNew = (seen: Set<string>, id: string): boolean => {
	const before = seen.size;
	return seen.add(id).size !== before;
};

/*
 * The places in a list whose id an earlier entry already has. A Set of a
 * hundred thousand ids grows and rehashes its way there (about 25 ms per
 * 100,000 on a small VM); a table sized once, holding positions, takes half
 * of that on its first run and a fifth once optimised. Ids are hashed by
 * their UTF-16 code units (FNV-1a) and equal hashes compared as text, so the
 * answer is the Set's.
 */
export const repeatedIds = <T>(list: readonly T[], idOf: (item: T) => string): number[] => {
	let size = 16;
	while (size < list.length * 2) size *= 2;
	const mask = size - 1;
	// Position + 1 of the entry whose id fills the slot; 0 is empty.
	const slots = new Int32Array(size);
	const repeated: number[] = [];
	for (let index = 0; index < list.length; index++) {
		const id = idOf(list[index]!);
		let hash = 0x811c9dc5;
		for (let at = 0; at < id.length; at++) hash = Math.imul(hash ^ id.charCodeAt(at), 0x01000193);
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const taken = slots[slot]!;
			if (taken === 0) {
				slots[slot] = index + 1;
				break;
			}
			if (idOf(list[taken - 1]!) === id) {
				repeated.push(index);
				break;
			}
		}
	}
	return repeated;
};
const duplicate = (problems: Located[], list: string, index: number, id: string) =>
	problems.push({where: `${list}.${index}.id`, message: `duplicate id "${id}"`});
const outside = (date: string, {first, last}: Window): boolean => date < first || date > last;
const dateOutside = (problems: Located[], where: string, date: string, {first, last}: Window) =>
	problems.push({where: `${where}.date`, message: `${date} is outside the round's window ${first}..${last}`});
const checkSources = (problems: Located[], known: Set<string>, ids: readonly string[], list: string, index: number) => {
	for (let at = 0; at < ids.length; at++)
		if (!known.has(ids[at]!)) problems.push({where: `${list}.${index}.sources.${at}`, message: `no source with id "${ids[at]}"`});
};

/*
 * Checks the schema cannot express: ids unique within their list, every
 * source id resolves, every date inside the round's window, and initiative
 * histories in date order (the status on a day is read off that order).
 */
export const checkReferences = (round: Round): Located[] => {
	const problems: Located[] = [];
	const {first, last} = windowOf(round);

	if (round.end < round.start) problems.push({where: 'end', message: `${round.end} is before start ${round.start}`});
	if (round.leadUpFrom && round.leadUpFrom > round.start)
		problems.push({where: 'leadUpFrom', message: `${round.leadUpFrom} is after start ${round.start}`});
	if (round.aftermathUntil && round.aftermathUntil < round.end)
		problems.push({where: 'aftermathUntil', message: `${round.aftermathUntil} is before end ${round.end}`});
	const span = daysBetween(first, last) + 1;
	if (span > maxWindowDays) {
		// Located at the field that stretches the window: the end first, then the lead-up, then the aftermath.
		const where =
			daysBetween(round.start, round.end) + 1 > maxWindowDays
				? 'end'
				: round.leadUpFrom && daysBetween(round.leadUpFrom, round.end) + 1 > maxWindowDays
					? 'leadUpFrom'
					: 'aftermathUntil';
		problems.push({where, message: `the round's window ${first}..${last} is ${span} days; the limit is ${maxWindowDays} days`});
		// Every date check below would be measured against a window that is already refused.
		return problems;
	}

	// Plain loops, and a field's location written out only for a problem: a large round has a few hundred thousand of each.
	const sourceIds = new Set<string>();
	for (let index = 0; index < round.sources.length; index++) {
		const id = round.sources[index]!.id;
		if (sourceIds.has(id)) problems.push({where: `sources.${index}.id`, message: `duplicate id "${id}"`});
		sourceIds.add(id);
	}
	const window = {first, last};

	const repeatedEvents = repeatedIds(round.events, (event) => event.id);
	for (let index = 0, next = 0; index < round.events.length; index++) {
		const event = round.events[index]!;
		if (repeatedEvents[next] === index) {
			duplicate(problems, 'events', index, event.id);
			next++;
		}
		if (outside(event.date, window)) dateOutside(problems, `events.${index}`, event.date, window);
		checkSources(problems, sourceIds, event.sources, 'events', index);
	}

	// Without a `claimants` list (older or hand-made files) every claimant
	// text is its own originator, so there is nothing to resolve.
	const claimantIds = new Set<string>();
	const claimants = round.claimants;
	if (claimants) for (let index = 0; index < claimants.length; index++) if (!addNew(claimantIds, claimants[index]!.id)) duplicate(problems, 'claimants', index, claimants[index]!.id);

	const repeatedFigures = repeatedIds(round.figures, (figure) => figure.id);
	for (let index = 0, next = 0; index < round.figures.length; index++) {
		const figure = round.figures[index]!;
		if (repeatedFigures[next] === index) {
			duplicate(problems, 'figures', index, figure.id);
			next++;
		}
		if (claimants && !claimantIds.has(figure.claimant)) {
			const near = closestIds(figure.claimant, claimantIds);
			problems.push({
				where: `figures.${index}.claimant`,
				message: `no entry in claimants has id "${figure.claimant}"${near.length ? `; closest ids: ${near.join(', ')}` : ''}`,
			});
		}
		if (figure.valueHigh !== undefined && figure.valueHigh < figure.value)
			problems.push({where: `figures.${index}.valueHigh`, message: `${figure.valueHigh} is below value ${figure.value}`});
		if (outside(figure.date, window)) dateOutside(problems, `figures.${index}`, figure.date, window);
		checkSources(problems, sourceIds, figure.sources, 'figures', index);
		if (figure.reported && figure.reported < figure.date)
			problems.push({where: `figures.${index}.reported`, message: `${figure.reported} is before the date it reports on (${figure.date})`});
		if (figure.since && figure.since > figure.date)
			problems.push({where: `figures.${index}.since`, message: `${figure.since} is after the figure's date ${figure.date}`});
		if (figure.since && figure.scope !== 'cumulative') problems.push({where: `figures.${index}.since`, message: 'only cumulative figures count from a day'});
	}

	const initiativeIds = new Set<string>();
	round.initiatives.forEach((initiative, index) => {
		const where = `initiatives.${index}`;
		if (!addNew(initiativeIds, initiative.id)) duplicate(problems, 'initiatives', index, initiative.id);
		initiative.history.forEach((step, stepIndex) => {
			const stepWhere = `${where}.history.${stepIndex}`;
			if (outside(step.date, window)) dateOutside(problems, stepWhere, step.date, window);
			checkSources(problems, sourceIds, step.sources, `${where}.history`, stepIndex);
			const previous = initiative.history[stepIndex - 1];
			const outOfOrder =
				previous &&
				(step.date < previous.date || (step.date === previous.date && step.time && previous.time && step.time < previous.time));
			if (outOfOrder)
				problems.push({where: `${stepWhere}.date`, message: `${step.date} is before the step above it (${previous.date}); keep history oldest first`});
		});
	});

	const statementIds = new Set<string>();
	for (let index = 0; index < round.statements.length; index++) {
		const statement = round.statements[index]!;
		if (!addNew(statementIds, statement.id)) duplicate(problems, 'statements', index, statement.id);
		if (outside(statement.date, window)) dateOutside(problems, `statements.${index}`, statement.date, window);
		checkSources(problems, sourceIds, statement.sources, 'statements', index);
		if (statement.initiative && !initiativeIds.has(statement.initiative))
			problems.push({where: `statements.${index}.initiative`, message: `no initiative with id "${statement.initiative}"`});
	}

	round.dayNotes?.forEach((note, index) => {
		if (outside(note.date, window)) dateOutside(problems, `dayNotes.${index}`, note.date, window);
	});

	return problems;
};
