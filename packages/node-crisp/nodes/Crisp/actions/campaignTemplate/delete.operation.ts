import { apiPath, defineOperation } from '@leadchat/core';
import { templateField } from '../campaign/fields';

export const deleteTemplate = defineOperation({
	resource: 'campaignTemplate',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a campaign template',
	fields: [templateField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/campaigns/template/${p.templateId}` }),
	output: (_body, p) => ({ success: true, template_id: p.templateId }),
});
