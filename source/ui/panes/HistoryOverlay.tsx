import {Text} from '../../render/primitives.js';
import {formatDate} from '../../data/calendar.js';
import {clockTime} from '../../data/time.js';
import {statementsAbout} from '../../data/diplomacy.js';
import type {Initiative, Round} from '../../data/schema.js';
import {derived} from '../derived.js';
import {statusText} from '../../view/signs.js';
import {ScrollList, maxOffset} from '../ScrollList.js';
import {fit, sourceMarks, wrap} from '../text.js';
import type {ListLine} from './types.js';

const historyLines = (round: Round, initiative: Initiative, date: string, width: number): ListLine[] => {
	const numbers = derived.footnotes(round);
	const lines: ListLine[] = [{key: 'h', text: 'Dated history (steps after the selected day are marked "later")', style: 'heading'}];
	initiative.history.forEach((step, index) => {
		const later = step.date > date;
		const by = step.by?.length ? ` by ${step.by.join(', ')}` : '';
		const text = `${formatDate(step.date)}${step.time ? ` ${clockTime(round, step.date, step.time)}` : ''} · ${statusText(step.status)}${by}${later ? ' (later)' : ''}: ${step.note} ${sourceMarks(step.sources, numbers)}`;
		for (const [lineIndex, line] of wrap(text, width - 2).entries())
			lines.push({key: `s-${index}-${lineIndex}`, text: `${lineIndex === 0 ? '•' : ' '} ${line}`, style: later ? 'muted' : undefined});
	});
	const statements = statementsAbout(round, initiative.id);
	lines.push({
		key: 'st',
		text: statements.length > 0 ? 'Related statements' : 'No statements linked to this initiative.',
		style: 'heading',
	});
	statements.forEach((statement, index) => {
		const later = statement.date > date;
		const text = `${formatDate(statement.date)}${statement.time ? ` ${clockTime(round, statement.date, statement.time)}` : ''} · ${statement.speaker}${statement.role ? ` (${statement.role})` : ''}${statement.form === 'paraphrase' ? ', paraphrased' : ''}${later ? ' (later)' : ''}: ${statement.text} ${sourceMarks(statement.sources, numbers)}`;
		for (const [lineIndex, line] of wrap(text, width - 2).entries())
			lines.push({key: `q-${index}-${lineIndex}`, text: `${lineIndex === 0 ? '•' : ' '} ${line}`, style: later ? 'muted' : undefined});
	});
	return lines;
};

export const historyListMax = (round: Round, initiative: Initiative | undefined, date: string, width: number, height: number): number =>
	initiative ? maxOffset(historyLines(round, initiative, date, width).length, height - 1) : 0;

export const HistoryOverlay = ({
	round,
	initiative,
	date,
	width,
	height,
	offset,
}: {
	round: Round;
	initiative: Initiative;
	date: string;
	width: number;
	height: number;
	offset: number;
}) => (
	<>
		<Text bold inverse wrap="truncate-end">
			{fit(` ${initiative.title} — Esc to close`, width)}
		</Text>
		<ScrollList lines={historyLines(round, initiative, date, width)} offset={offset} height={Math.max(1, height - 1)} />
	</>
);
