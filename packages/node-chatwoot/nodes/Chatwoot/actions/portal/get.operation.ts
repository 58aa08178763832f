import { apiPath, defineOperation } from '@leadchat/core';
import { portalField } from '../../descriptions';
import { payloadOf } from '../../helpers/lists';

export const get = defineOperation({
	resource: 'portal',
	operation: 'get',
	name: 'Get',
	action: 'Get a portal',
	fields: [portalField()],
	request: (p) => ({ method: 'GET', path: apiPath`/portals/${p.portalSlug}` }),
	output: payloadOf,
});
