import { defineOperation } from '@leadchat/core';
import { entryFields, entryPath } from './fields';

export const getMetadata = defineOperation({
	resource: 'helpdeskArticle',
	operation: 'getMetadata',
	name: 'Get Metadata',
	action: 'Get the metadata of a helpdesk article',
	description: 'Title, description, format, state (published, hidden, featured), author, color and image of an entry or group',
	fields: [...entryFields()],
	request: (p) => ({ method: 'GET', path: entryPath('metadata', p) }),
});
