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

	const sourceIds = new Set<string>();
	round.sources.forEach((source, index) => {
		if (sourceIds.has(source.id)) problems.push({where: `sources.${index}.id`, message: `duplicate id "${source.id}"`});
		sourceIds.add(source.id);
	});

	const checkSources = (ids: readonly string[], where: string) => {
		for (let index = 0; index < ids.length; index++)
			if (!sourceIds.has(ids[index]!)) problems.push({where: `${where}.sources.${index}`, message: `no source with id "${ids[index]}"`});
	};
	const checkDate = (date: string, where: string) => {
		if (date < first || date > last)
			problems.push({where: `${where}.date`, message: `${date} is outside the round's window ${first}..${last}`});
	};
	// One lookup per id, not two: a large round has a few hundred thousand.
	const checkUnique = (seen: Set<string>, id: string, where: string) => {
		const before = seen.size;
		if (seen.add(id).size === before) problems.push({where: `${where}.id`, message: `duplicate id "${id}"`});
	};

	const eventIds = new Set<string>();
	round.events.forEach((event, index) => {
		const where = `events.${index}`;
		checkUnique(eventIds, event.id, where);
		checkDate(event.date, where);
		checkSources(event.sources, where);
	});

	// Without a `claimants` list (older or hand-made files) every claimant
	// text is its own originator, so there is nothing to resolve.
	const claimantIds = new Set<string>();
	round.claimants?.forEach((claimant, index) => checkUnique(claimantIds, claimant.id, `claimants.${index}`));
	const checkClaimant = (id: string, where: string) => {
		if (!round.claimants || claimantIds.has(id)) return;
		const near = closestIds(id, claimantIds);
		problems.push({where: `${where}.claimant`, message: `no entry in claimants has id "${id}"${near.length ? `; closest ids: ${near.join(', ')}` : ''}`});
	};

	const figureIds = new Set<string>();
	round.figures.forEach((figure, index) => {
		const where = `figures.${index}`;
		checkUnique(figureIds, figure.id, where);
		checkClaimant(figure.claimant, where);
		if (figure.valueHigh !== undefined && figure.valueHigh < figure.value)
			problems.push({where: `${where}.valueHigh`, message: `${figure.valueHigh} is below value ${figure.value}`});
		checkDate(figure.date, where);
		checkSources(figure.sources, where);
		if (figure.reported && figure.reported < figure.date)
			problems.push({where: `${where}.reported`, message: `${figure.reported} is before the date it reports on (${figure.date})`});
		if (figure.since && figure.since > figure.date)
			problems.push({where: `${where}.since`, message: `${figure.since} is after the figure's date ${figure.date}`});
		if (figure.since && figure.scope !== 'cumulative')
			problems.push({where: `${where}.since`, message: 'only cumulative figures count from a day'});
	});

	const initiativeIds = new Set<string>();
	round.initiatives.forEach((initiative, index) => {
		const where = `initiatives.${index}`;
		checkUnique(initiativeIds, initiative.id, where);
		initiative.history.forEach((step, stepIndex) => {
			const stepWhere = `${where}.history.${stepIndex}`;
			checkDate(step.date, stepWhere);
			checkSources(step.sources, stepWhere);
			const previous = initiative.history[stepIndex - 1];
			const outOfOrder =
				previous &&
				(step.date < previous.date || (step.date === previous.date && step.time && previous.time && step.time < previous.time));
			if (outOfOrder)
				problems.push({where: `${stepWhere}.date`, message: `${step.date} is before the step above it (${previous.date}); keep history oldest first`});
		});
	});

	const statementIds = new Set<string>();
	round.statements.forEach((statement, index) => {
		const where = `statements.${index}`;
		checkUnique(statementIds, statement.id, where);
		checkDate(statement.date, where);
		checkSources(statement.sources, where);
		if (statement.initiative && !initiativeIds.has(statement.initiative))
			problems.push({where: `${where}.initiative`, message: `no initiative with id "${statement.initiative}"`});
	});

	round.dayNotes?.forEach((note, index) => checkDate(note.date, `dayNotes.${index}`));

	return problems;
};
