import { apiPath, defineOperation } from '@leadchat/core';
import { inboxField } from '../../descriptions';
import { existence } from '../../helpers/output';

export const exists = defineOperation({
	resource: 'inbox',
	operation: 'exists',
	name: 'Exists',
	action: 'Check whether an inbox exists',
	description: 'Output { exists: true } when the inbox exists, { exists: false } when Crisp answers 404',
	fields: [inboxField()],
	execute: (p, tools) => existence(() => tools.request({ method: 'HEAD', path: apiPath`/inbox/${p.inboxId}` })),
});
