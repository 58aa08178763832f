import { defineOperation, returnAllOrLimit } from '@leadchat/core';
import { messagesBefore, readNewestFirst } from '../../helpers/lists';
import { contactIdentifierField, conversationPath, publicConversationIdField } from '../publicInbox/helpers';

export const getAll = defineOperation({
	resource: 'publicMessage',
	operation: 'getAll',
	name: 'Get Many',
	action: 'Get many public messages',
	description: 'List the messages of the conversation the contact can see, newest first (private notes are left out by the server)',
	fields: [contactIdentifierField(), publicConversationIdField(), ...returnAllOrLimit()],
	// Same finder as the account API: the latest 20, then 20 older than `before=<id>`.
	list: { request: (p) => ({ method: 'GET', path: `${conversationPath(p)}/messages`, family: 'public' }), paging: messagesBefore, read: readNewestFirst },
});
