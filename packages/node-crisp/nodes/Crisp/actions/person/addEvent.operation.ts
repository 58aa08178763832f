import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { peopleField } from '../../descriptions';
import { written } from '../../helpers/output';

const COLORS = ['black', 'blue', 'brown', 'green', 'grey', 'orange', 'pink', 'purple', 'red', 'yellow'].map((c) => ({ name: c[0].toUpperCase() + c.slice(1), value: c }));

export const addEvent = defineOperation({
	resource: 'person',
	operation: 'addEvent',
	name: 'Add Event',
	action: 'Add an event to a person',
	description: 'Record something the person did (e.g. "Signed up"), shown on their profile and usable in filters',
	fields: [
		peopleField(),
		field.string('text', 'Text', { required: true, placeholder: 'e.g. Signed up' }),
		field.collection('options', 'Options', [
			field.json('data', 'Data (JSON)', { description: 'Details of the event as a JSON object, e.g. {"plan": "pro"}' }),
			field.options('color', 'Color', COLORS),
		]),
	],
	request: (p) => ({ method: 'POST', path: apiPath`/people/events/${p.peopleId}`, body: compact({ text: p.text, data: p.options.data, color: p.options.color }) }),
	output: written,
});
