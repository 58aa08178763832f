import { apiPath, defineOperation } from '@leadchat/core';
import { inboxField } from '../../descriptions';

export const syncTemplates = defineOperation({
	resource: 'inbox',
	operation: 'syncTemplates',
	name: 'Sync Templates',
	action: 'Sync the message templates of a WhatsApp inbox',
	description: "Fetch the WhatsApp inbox's message templates from Meta again (runs in the background; other inboxes are refused)",
	fields: [inboxField()],
	request: (p) => ({ method: 'POST', path: apiPath`/inboxes/${p.inboxId}/sync_templates` }),
});
