import {CasualtiesPane, casualtiesListMax} from '../../ui/panes/CasualtiesPane.js';
import type {PaneModule} from '../types.js';
import {casualtiesCited, casualtiesFigures, casualtiesJson, casualtiesMarkdown, casualtiesModel, type CasualtiesModel} from './model.js';

export const casualtiesPane: PaneModule<CasualtiesModel> = {
	id: 'casualties',
	label: 'Casualties',
	keys: ['move'],
	model: casualtiesModel,
	View: CasualtiesPane,
	listMax: casualtiesListMax,
	cited: casualtiesCited,
	figures: casualtiesFigures,
	markdown: casualtiesMarkdown,
	json: casualtiesJson,
};
