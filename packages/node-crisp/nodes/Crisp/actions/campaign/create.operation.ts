import { defineOperation, field } from '@leadchat/core';
import { CAMPAIGN_TYPES } from './fields';

export const create = defineOperation({
	resource: 'campaign',
	operation: 'create',
	name: 'Create',
	action: 'Create a campaign',
	description: 'Create a campaign by its type and name; then set its message, sender and recipients with Update',
	fields: [field.options('type', 'Type', CAMPAIGN_TYPES, { required: true, default: 'one-shot' }), field.string('name', 'Name', { required: true, placeholder: 'e.g. Welcome!' })],
	request: (p) => ({ method: 'POST', path: '/campaign', body: { type: p.type, name: p.name } }),
	output: (body: { campaign_id?: string }, p) => ({ campaign_id: body.campaign_id, type: p.type, name: p.name }),
});
