import { apiPath, defineOperation } from '@leadchat/core';
import { templateField } from '../campaign/fields';

export const get = defineOperation({
	resource: 'campaignTemplate',
	operation: 'get',
	name: 'Get',
	action: 'Get a campaign template',
	description: 'A template with its content',
	fields: [templateField()],
	request: (p) => ({ method: 'GET', path: apiPath`/campaigns/template/${p.templateId}` }),
});
