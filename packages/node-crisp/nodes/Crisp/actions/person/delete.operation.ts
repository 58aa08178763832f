import { apiPath, defineOperation } from '@leadchat/core';
import { peopleField } from '../../descriptions';
import { written } from '../../helpers/output';

export const deletePerson = defineOperation({
	resource: 'person',
	operation: 'delete',
	name: 'Delete',
	action: 'Delete a person',
	fields: [peopleField()],
	request: (p) => ({ method: 'DELETE', path: apiPath`/people/profile/${p.peopleId}` }),
	output: written,
});
