import { defineOperation } from '@leadchat/core';
import { written } from '../../helpers/output';

export const exportProfiles = defineOperation({
	resource: 'person',
	operation: 'export',
	name: 'Export',
	action: 'Export all people profiles',
	description: 'Start an export of every profile; Crisp prepares the file and delivers it itself (no file comes back here)',
	fields: [],
	request: () => ({ method: 'POST', path: '/people/export/profiles' }),
	output: written,
});
