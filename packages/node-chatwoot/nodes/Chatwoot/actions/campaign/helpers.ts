import { field } from '@leadchat/core';
import { agentOptionField } from '../../descriptions';

/** Campaign settings shared by create ("Additional Fields") and update. */
export const campaignFields = () => [
	field.string('description', 'Description', { rows: 2 }),
	field.boolean('enabled', 'Enabled', { default: true }),
	agentOptionField('senderId', 'Sender Name or ID'),
	field.multiOptions('audienceLabelIds', 'Audience Label Names or IDs', [], {
		loadOptionsMethod: 'getLabelIds',
		description: 'One-off (SMS, WhatsApp) campaigns: contacts with these labels receive the message. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}),
	field.dateTime('scheduledAt', 'Scheduled At', { description: 'One-off campaigns: when the messages are sent' }),
	field.string('urlPattern', 'URL Pattern', { placeholder: 'https://www.example.com/pricing*', description: 'Website (ongoing) campaigns: pages on which the message is shown' }),
	field.number('timeOnPage', 'Time on Page (Seconds)', { integer: true, min: 0, description: 'Website (ongoing) campaigns: seconds on the page before the message is shown' }),
	field.boolean('triggerOnlyDuringBusinessHours', 'Only During Business Hours', { description: 'Website (ongoing) campaigns: whether they run only in the inbox working hours' }),
] as const;

interface CampaignFields {
	title?: string;
	message?: string;
	inboxId?: string;
	description?: string;
	enabled?: boolean;
	senderId?: string;
	audienceLabelIds?: string[];
	scheduledAt?: string;
	urlPattern?: string;
	timeOnPage?: number;
	triggerOnlyDuringBusinessHours?: boolean;
}

export function campaignBody(f: CampaignFields) {
	const rules = f.urlPattern !== undefined || f.timeOnPage !== undefined ? { url: f.urlPattern, time_on_page: f.timeOnPage } : undefined;
	return {
		title: f.title,
		message: f.message,
		inbox_id: f.inboxId === undefined ? undefined : Number(f.inboxId),
		description: f.description,
		enabled: f.enabled,
		sender_id: f.senderId === undefined ? undefined : Number(f.senderId),
		audience: f.audienceLabelIds?.length ? f.audienceLabelIds.map((id) => ({ type: 'Label', id: Number(id) })) : undefined,
		scheduled_at: f.scheduledAt === undefined ? undefined : new Date(f.scheduledAt).toISOString(),
		trigger_rules: rules,
		trigger_only_during_business_hours: f.triggerOnlyDuringBusinessHours,
	};
}

export function checkCampaign(f: CampaignFields, prefix: string, fail: (field: string, problem: string) => never) {
	if (f.senderId !== undefined && !/^\d+$/.test(f.senderId)) fail(`${prefix}Sender Name or ID`, 'must be a numeric ID');
	for (const id of f.audienceLabelIds ?? []) if (!/^\d+$/.test(id)) fail(`${prefix}Audience Label Names or IDs`, `must contain only numeric IDs (got "${id}")`);
}
