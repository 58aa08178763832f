import { defineOperation, field } from '@leadchat/core';
import { written } from '../../helpers/output';

export const deleteSuggestedDataKey = defineOperation({
	resource: 'person',
	operation: 'deleteSuggestedDataKey',
	name: 'Delete Suggested Data Key',
	action: 'Delete a suggested data key of people',
	description: 'Stop suggesting a custom data key in the Crisp app',
	fields: [field.string('key', 'Key', { required: true, placeholder: 'e.g. plan' })],
	request: (p) => ({ method: 'DELETE', path: '/people/suggest/data', body: { key: p.key } }),
	output: written,
});
