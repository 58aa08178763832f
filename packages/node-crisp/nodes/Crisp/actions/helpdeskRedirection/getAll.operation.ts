import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { pageInPath } from '../../lists';

export const getAll = defineOperation({
	resource: 'helpdeskRedirection',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many helpdesk redirections',
	description: 'The redirections of the helpdesk: old path → target',
	fields: [...returnAllOrLimit()],
	list: { ...pageInPath, request: () => ({ method: 'GET', path: '/helpdesk/redirections' }), key: 'redirection_id' },
});
