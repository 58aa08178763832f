import { apiPath, defineOperation } from '@leadchat/core';
import { templateField } from '../campaign/fields';
import { templateBody, templateFieldsCollection } from './fields';

export const update = defineOperation({
	resource: 'campaignTemplate',
	operation: 'update',
	name: 'Update',
	action: 'Update a campaign template',
	description: 'Change the fields set here (PATCH); the others stay as they are',
	fields: [templateField(), templateFieldsCollection()],
	request: (p) => ({ method: 'PATCH', path: apiPath`/campaigns/template/${p.templateId}`, body: templateBody(p.templateFields) }),
	output: (_body, p) => ({ success: true, template_id: p.templateId }),
});
