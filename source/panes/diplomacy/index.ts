import {DiplomacyPane, diplomacyListMax} from '../../ui/panes/DiplomacyPane.js';
import type {PaneModule} from '../types.js';
import {diplomacyCited, diplomacyJson, diplomacyMarkdown, diplomacyModel, type DiplomacyModel} from './model.js';

export const diplomacyPane: PaneModule<DiplomacyModel> = {
	id: 'diplomacy',
	label: 'Diplomacy',
	keys: ['move', 'open'],
	model: diplomacyModel,
	View: DiplomacyPane,
	listMax: diplomacyListMax,
	cited: diplomacyCited,
	figures: () => [],
	markdown: diplomacyMarkdown,
	json: diplomacyJson,
};
