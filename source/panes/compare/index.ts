import {ComparePane, compareListMax} from '../../ui/panes/ComparePane.js';
import type {PaneModule} from '../types.js';
import {compareCited, compareFigures, compareJson, compareMarkdown, compareModel, type CompareModel} from './model.js';

export const comparePane: PaneModule<CompareModel> = {
	id: 'compare',
	label: 'Compare',
	keys: ['move', 'cycle-vs', 'cycle-claimant'],
	model: compareModel,
	View: ComparePane,
	listMax: compareListMax,
	cited: compareCited,
	figures: compareFigures,
	markdown: compareMarkdown,
	json: compareJson,
};
