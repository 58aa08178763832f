import { apiPath, defineOperation } from '@leadchat/core';
import { localeField } from '../../descriptions';
import { contentTypeField } from './fields';
import { EMPTY_BODY } from '../conversation/fields';

export const exportHelpdesk = defineOperation({
	resource: 'helpdesk',
	operation: 'export',
	name: 'Export',
	action: 'Export helpdesk articles',
	description: 'Ask Crisp to export the articles of a locale and content type (Crisp prepares it in the background)',
	fields: [localeField(), contentTypeField()],
	request: (p) => ({ method: 'POST', path: apiPath`/helpdesk/export/${p.locale}/${p.contentType}`, ...EMPTY_BODY }),
	output: (_body, p) => ({ success: true, locale: p.locale, content_type: p.contentType }),
});
