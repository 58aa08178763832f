import { apiPath, defineOperation } from '@leadchat/core';
import { portalField } from '../../descriptions';

export const deletePortal = defineOperation({
	resource: 'portal',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a portal',
	description: 'Delete a portal with its categories and articles',
	fields: [portalField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/portals/${p.portalSlug}` }),
});
