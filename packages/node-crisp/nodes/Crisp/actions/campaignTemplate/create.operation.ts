import { defineOperation, field } from '@leadchat/core';
import { TEMPLATE_FORMATS } from './fields';

export const create = defineOperation({
	resource: 'campaignTemplate',
	operation: 'create',
	name: 'Create',
	action: 'Create a campaign template',
	description: 'Create an empty template by its name and format; then set its content with Update',
	fields: [field.string('name', 'Name', { required: true, placeholder: 'e.g. Newsletter' }), field.options('format', 'Format', TEMPLATE_FORMATS, { required: true, default: 'html' })],
	request: (p) => ({ method: 'POST', path: '/campaigns/template', body: { format: p.format, name: p.name } }),
	output: (body: { template_id?: string }, p) => ({ template_id: body.template_id, name: p.name, format: p.format }),
});
