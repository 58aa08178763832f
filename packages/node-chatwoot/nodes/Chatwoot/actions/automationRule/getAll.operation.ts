import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { payloadOf, sliceList } from '../../helpers/lists';

export const getAll = defineOperation<{ returnAll: boolean; limit?: number }>({
	resource: 'automationRule',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many automation rules',
	description: 'List the automation rules of the account (the server sends the whole list at once)',
	fields: [...returnAllOrLimit()],
	request: () => ({ method: 'GET', path: '/automation_rules' }),
	output: (body, p) => sliceList(payloadOf(body), p),
});
