import { defineOperation } from '@leadchat/core';
import { websiteField } from '../../descriptions';
import { written } from '../../helpers/output';

export const abortDeletion = defineOperation({
	resource: 'website',
	operation: 'abortDeletion',
	name: 'Abort Deletion',
	action: 'Abort the deletion of a website',
	description: 'Cancel a deletion scheduled in the Crisp app (deletions run after a few days); needs a user-tier token',
	family: 'website',
	fields: [websiteField()],
	request: () => ({ method: 'DELETE', path: '/expunge' }),
	output: written,
});
