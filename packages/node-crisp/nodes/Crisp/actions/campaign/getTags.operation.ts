import { defineOperation, paging, returnAllOrLimit } from '@leadchat/core';

export const getTags = defineOperation({
	resource: 'campaign',
	operation: 'getTags',
	name: 'Get Tags',
	action: 'Get the campaign tags',
	description: 'The tags used by the campaigns of the website, one item per tag',
	fields: [...returnAllOrLimit()],
	list: {
		request: () => ({ method: 'GET', path: '/campaigns/tags' }),
		paging: paging.whole(),
		// Crisp answers a list of strings [C-client Promise<string[]>].
		read: (body) => ({ items: (Array.isArray(body) ? body : []).filter((tag) => typeof tag === 'string').map((tag) => ({ tag })) }),
		key: 'tag',
	},
});
