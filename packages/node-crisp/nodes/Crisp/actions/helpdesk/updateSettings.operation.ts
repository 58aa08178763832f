import { compact, defineOperation, field } from '@leadchat/core';

/**
 * PATCH /helpdesk/settings: each group is an object Crisp merges [C-client HelpdeskSettings]. The
 * "access" group is not offered: it holds the helpdesk's password and JWT secret, which would sit in
 * the workflow in clear.
 */
export const updateSettings = defineOperation({
	resource: 'helpdesk',
	operation: 'updateSettings',
	name: 'Update Settings',
	action: 'Update the helpdesk settings',
	description: 'Change the settings you set here; the others stay as they are',
	fields: [
		field.collection(
			'updateFields',
			'Update Fields',
			[
				field.string('name', 'Name'),
				field.json('appearance', 'Appearance (JSON)', { description: 'e.g. {"color": {"mode": "dark"}, "banner": "https://…"}' }),
				field.json('behavior', 'Behavior (JSON)', { description: 'e.g. {"ask_feedback": true, "show_chatbox": false, "table_of_contents": true}' }),
				field.string('includeHtml', 'Included HTML', { rows: 4, description: 'HTML added to every page of the helpdesk (e.g. an analytics tag)' }),
				field.json('localization', 'Localization (JSON)', { description: 'e.g. {"writing_locale": "en", "translated_automatic": true}' }),
				field.json('section', 'Section Names (JSON)', { description: 'Names shown for each content type, e.g. {"articles": "Docs", "news": "Updates"}' }),
				field.json('service', 'Service (JSON)', { description: 'e.g. {"mcp_server": true}' }),
			],
			{ requireOne: 'needs at least one setting to change' },
		),
	],
	request: (p) => {
		const u = p.updateFields;
		return {
			method: 'PATCH',
			path: '/helpdesk/settings',
			body: compact({
				name: u.name,
				appearance: u.appearance,
				localization: u.localization,
				section: u.section,
				behavior: u.behavior,
				service: u.service,
				include: u.includeHtml === undefined ? undefined : { html: u.includeHtml },
			}),
		};
	},
	output: () => ({ success: true }),
});
