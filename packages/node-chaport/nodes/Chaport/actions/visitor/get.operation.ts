import { apiPath, defineOperation } from '@leadchat/core';
import { visitorField } from '../../descriptions';

export const get = defineOperation({
	resource: 'visitor',
	operation: 'get',
	name: 'Get',
	action: 'Get a visitor',
	fields: [visitorField()],
	request: (p) => ({ method: 'GET', path: apiPath`/visitors/${p.visitorId}` }),
});
