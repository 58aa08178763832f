import { apiPath, defineOperation } from '@leadchat/core';
import { localeField } from '../../descriptions';
import { contentTypeField } from './fields';
import { EMPTY_BODY } from '../conversation/fields';

export const refreshContent = defineOperation({
	resource: 'helpdesk',
	operation: 'refreshContent',
	name: 'Refresh Content',
	action: 'Refresh helpdesk content',
	description: 'Ask Crisp to rebuild the published pages of a locale and content type (it runs in the background)',
	fields: [localeField(), contentTypeField()],
	request: (p) => ({ method: 'POST', path: apiPath`/helpdesk/refresh/${p.locale}/${p.contentType}`, ...EMPTY_BODY }),
	output: (_body, p) => ({ success: true, locale: p.locale, content_type: p.contentType }),
});
