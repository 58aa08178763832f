import { field, type CollectionValue } from '@leadchat/core';

/** Inbox settings common to every channel, for create ("Additional Fields") and update. */
export const inboxSettingFields = () => [
	field.boolean('greetingEnabled', 'Greeting Enabled', { description: 'Whether a greeting message is sent when a conversation starts' }),
	field.string('greetingMessage', 'Greeting Message', { rows: 2 }),
	field.boolean('enableEmailCollect', 'Collect Email', { description: 'Whether the website widget asks for the email address (website inboxes)' }),
	field.boolean('csatSurveyEnabled', 'CSAT Survey Enabled', { description: 'Whether a satisfaction survey is sent when a conversation is resolved' }),
	field.json('csatConfig', 'CSAT Config (JSON)', { description: 'Survey settings: display_type (emoji or star), message, button_text, language, survey_rules' }),
	field.boolean('enableAutoAssignment', 'Auto Assignment', { description: 'Whether new conversations are assigned to the inbox agents automatically' }),
	field.boolean('workingHoursEnabled', 'Working Hours Enabled'),
	field.string('outOfOfficeMessage', 'Out of Office Message', { rows: 2 }),
	field.string('timezone', 'Timezone', { placeholder: 'e.g. America/Sao_Paulo' }),
	field.boolean('allowMessagesAfterResolved', 'Allow Messages After Resolved', { description: 'Whether contacts may write into a resolved conversation (website inboxes)' }),
	field.boolean('lockToSingleConversation', 'Lock to Single Conversation', { description: 'Whether a contact keeps one active conversation (API, LINE, Telegram, WhatsApp, SMS inboxes)' }),
	field.options('portalId', 'Help Center Portal Name or ID', [], {
		loadOptionsMethod: 'getPortalIds',
		description: 'Portal linked to the inbox. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	field.options('senderNameType', 'Sender Name Type', [
		{ name: 'Friendly (Agent Name)', value: 'friendly' },
		{ name: 'Professional (Business Name)', value: 'professional' },
	]),
	field.string('businessName', 'Business Name', { description: 'Shown as the sender of email replies with the professional sender name' }),
] as const;

export const inboxSettingsBody = (s: CollectionValue<ReturnType<typeof inboxSettingFields>>) => ({
	greeting_enabled: s.greetingEnabled,
	greeting_message: s.greetingMessage,
	enable_email_collect: s.enableEmailCollect,
	csat_survey_enabled: s.csatSurveyEnabled,
	csat_config: s.csatConfig,
	enable_auto_assignment: s.enableAutoAssignment,
	working_hours_enabled: s.workingHoursEnabled,
	out_of_office_message: s.outOfOfficeMessage,
	timezone: s.timezone,
	allow_messages_after_resolved: s.allowMessagesAfterResolved,
	lock_to_single_conversation: s.lockToSingleConversation,
	portal_id: s.portalId === undefined ? undefined : Number(s.portalId),
	sender_name_type: s.senderNameType,
	business_name: s.businessName,
});
