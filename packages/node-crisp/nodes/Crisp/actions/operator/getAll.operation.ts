import { collectList, defineOperation, returnAllOrLimit } from '@leadchat/core';
import { operatorsList } from '../../lists';
import { safeMember } from './fields';

export const getAll = defineOperation({
	resource: 'operator',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many operators',
	description: 'List the members of the website: { type ("operator" or "invitation"), details } each',
	fields: [...returnAllOrLimit()],
	execute: async (p, tools) => (await collectList((req) => tools.request(req), operatorsList, {}, p)).map(safeMember),
});
