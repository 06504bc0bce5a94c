import * as z from 'zod';
import {schemas} from './schema.js';

/** The JSON Schema of a round file, as written to data/schema.json. */
export const roundJsonSchema = (): string =>
	`${JSON.stringify(z.toJSONSchema(schemas().Round, {io: 'input', unrepresentable: 'any'}), null, '\t')}\n`;
