import type { IDataObject } from 'n8n-workflow';
import { apiPath, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { platformAccountIdField } from '../platformAccount/fields';

export const getAll = defineOperation<{ platformAccountId: string; returnAll: boolean; limit?: number }>({
	resource: 'platformAccountUser',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many account users',
	description: 'List the users of an account with their roles (the server sends the whole list at once)',
	fields: [platformAccountIdField(), ...returnAllOrLimit()],
	request: (p) => ({ method: 'GET', path: apiPath`/accounts/${p.platformAccountId}/account_users` }),
	output: (body: unknown, p) => {
		const list = (Array.isArray(body) ? body : []) as IDataObject[];
		return p.returnAll ? list : list.slice(0, p.limit ?? 50);
	},
});
