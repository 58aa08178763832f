import { apiPath, defineOperation } from '@leadchat/core';
import { exists } from '../../helpers/exists';
import { templateField } from '../campaign/fields';

export const templateExists = defineOperation({
	resource: 'campaignTemplate',
	operation: 'exists',
	name: 'Exists',
	action: 'Check whether a campaign template exists',
	description: 'Gives {"exists": true} or {"exists": false}',
	fields: [templateField()],
	execute: (p, t) => exists(t, { method: 'HEAD', path: apiPath`/campaigns/template/${p.templateId}` }),
});
