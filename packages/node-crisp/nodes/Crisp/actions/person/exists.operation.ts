import { apiPath, defineOperation } from '@leadchat/core';
import { peopleField } from '../../descriptions';
import { existence } from '../../helpers/output';

export const exists = defineOperation({
	resource: 'person',
	operation: 'exists',
	name: 'Exists',
	action: 'Check whether a person exists',
	description: 'Output { exists: true } when the profile exists, { exists: false } when Crisp answers 404',
	fields: [peopleField()],
	execute: (p, tools) => existence(() => tools.request({ method: 'HEAD', path: apiPath`/people/profile/${p.peopleId}` })),
});
