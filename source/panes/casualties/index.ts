import {CasualtiesPane, casualtiesListMax, casualtiesPageSize} from '../../ui/panes/CasualtiesPane.js';
import type {PaneModule} from '../types.js';
import {casualtiesCited, casualtiesFigures, casualtiesJson, casualtiesMarkdown, casualtiesModel, type CasualtiesModel} from './model.js';

export const casualtiesPane: PaneModule<CasualtiesModel> = {
	id: 'casualties',
	label: 'Casualties',
	keys: ['move', 'toggle-older'],
	model: casualtiesModel,
	View: CasualtiesPane,
	listMax: casualtiesListMax,
	pageSize: casualtiesPageSize,
	cited: casualtiesCited,
	figures: casualtiesFigures,
	markdown: casualtiesMarkdown,
	json: casualtiesJson,
};
