import { defineOperation, field } from '@leadchat/core';
import { written } from '../../helpers/output';

export const deleteSuggestedEvent = defineOperation({
	resource: 'person',
	operation: 'deleteSuggestedEvent',
	name: 'Delete Suggested Event',
	action: 'Delete a suggested event of people',
	description: 'Stop suggesting an event text in the Crisp app',
	fields: [field.string('text', 'Event Text', { required: true, placeholder: 'e.g. Signed up' })],
	request: (p) => ({ method: 'DELETE', path: '/people/suggest/event', body: { text: p.text } }),
	output: written,
});
