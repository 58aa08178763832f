import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { localeField } from '../../descriptions';
import { contentTypeField } from './fields';

export const importHelpdesk = defineOperation({
	resource: 'helpdesk',
	operation: 'import',
	name: 'Import',
	action: 'Import an external helpdesk',
	description: 'Import a whole external helpdesk (by its public URL) into a locale; Crisp runs it in the background',
	fields: [
		localeField(),
		contentTypeField(),
		field.url('helpdeskUrl', 'Helpdesk URL', { required: true, placeholder: 'e.g. https://docs.example.com/' }),
		field.collection('options', 'Options', [
			field.boolean('detectLocales', 'Detect Locales', { description: 'Whether Crisp looks for the other languages of the external helpdesk' }),
			field.stringList('otherLocales', 'Other Locales', { placeholder: 'e.g. fr, de', description: 'Other locales to import as well' }),
		]),
	],
	request: (p) => ({
		method: 'POST',
		path: apiPath`/helpdesk/import/${p.locale}/${p.contentType}`,
		body: compact({ helpdesk_url: p.helpdeskUrl, detect_locales: p.options.detectLocales, other_locales: p.options.otherLocales?.length ? p.options.otherLocales : undefined }),
	}),
	output: (_body, p) => ({ success: true, locale: p.locale, content_type: p.contentType, helpdesk_url: p.helpdeskUrl }),
});
