import { apiPath, defineOperation } from '@leadchat/core';
import { templateField } from '../campaign/fields';
import { templateBody, templateFieldsCollection } from './fields';

export const replace = defineOperation({
	resource: 'campaignTemplate',
	operation: 'replace',
	name: 'Replace',
	action: 'Replace a campaign template',
	description: 'Save the whole template (PUT): what is not set here is not kept',
	fields: [templateField(), templateFieldsCollection()],
	request: (p) => ({ method: 'PUT', path: apiPath`/campaigns/template/${p.templateId}`, body: templateBody(p.templateFields) }),
	output: (_body, p) => ({ success: true, template_id: p.templateId }),
});
