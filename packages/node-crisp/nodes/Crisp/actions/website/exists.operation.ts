import { defineOperation, field } from '@leadchat/core';
import { existence } from '../../helpers/output';

export const exists = defineOperation({
	resource: 'website',
	operation: 'exists',
	name: 'Exists',
	action: 'Check whether a website exists for a domain',
	description: 'Output { exists: true } when a Crisp website has this domain, { exists: false } when Crisp answers 404',
	fields: [field.string('domain', 'Domain', { required: true, placeholder: 'e.g. acme.com' })],
	execute: (p, tools) => existence(() => tools.request({ method: 'HEAD', path: '/website', qs: { domain: p.domain } })),
});
