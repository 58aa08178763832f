import { apiPath, defineOperation, field } from '@leadchat/core';

export const getSessionFromToken = defineOperation({
	resource: 'visitor',
	operation: 'getSessionFromToken',
	name: 'Get Session From Token',
	action: 'Get the session of a visitor token',
	description: 'Find the conversation (session_id) of a visitor identified by a session token (the CRISP_TOKEN_ID your website sets)',
	fields: [field.id('tokenId', 'Token ID', { placeholder: 'e.g. 7b0e52f1d6a44c59' })],
	request: (p) => ({ method: 'GET', path: apiPath`/visitors/token/${p.tokenId}` }),
});
