import type { IDataObject } from 'n8n-workflow';
import { apiPath, defineOperation, isDataObject } from '@leadchat/core';
import { websiteIdField } from '../../descriptions';

export const count = defineOperation({
	resource: 'conversation',
	operation: 'count',
	name: 'Count',
	action: 'Count conversations of a site',
	description: 'How many conversations a site has',
	fields: [websiteIdField('websiteId', 'Site', { required: true })],
	request: (p) => ({ method: 'GET', path: apiPath`/conversations/${p.websiteId}/count` }),
	output: (body, p) => {
		const value = isDataObject(body) ? (body.count ?? body.total) : body;
		return { websiteId: p.websiteId, count: typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as IDataObject[keyof IDataObject]) };
	},
});
