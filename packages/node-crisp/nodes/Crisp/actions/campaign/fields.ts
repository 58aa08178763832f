/**
 * Fields shared by the campaign operations. A campaign's shape is Crisp's WebsiteCampaignItem
 * [C-client, C-go json tags]: type, format, name, subject, tag, sender {user_id}, recipients {type,
 * segments, people, filter}, flow, message and options.
 */
import { apiPath, compact, defineOperation, field, type CollectionValue } from '@leadchat/core';
import { operatorField, segmentsField } from '../../descriptions';
import { EMPTY_BODY } from '../conversation/fields';
import { CAMPAIGN_TYPES } from '../../options';
export { CAMPAIGN_TYPES };


/** A campaign, chosen from the list or given by its ID. */
export const campaignField = () => field.resourceLocator('campaignId', 'Campaign', { searchListMethod: 'searchCampaigns', idPlaceholder: 'e.g. 355d805f-a72f-457e-a3e5-5d01521f3cd8' });

/** A campaign template, chosen from the list or given by its ID. */
export const templateField = () =>
	field.resourceLocator('templateId', 'Template', { searchListMethod: 'searchCampaignTemplates', idPlaceholder: 'e.g. a4876300-4dae-47f7-8599-3bf9283f36c2' });

/**
 * Everything a campaign holds, for Replace and Update. Format "markdown" and recipients type "all"
 * are Crisp's example values; "html" and the recipients types "segment", "people" and "filter" are
 * inferred from the fields next to them [I].
 */
export const campaignContentFields = () =>
	[
		field.string('name', 'Name'),
		field.options('type', 'Type', CAMPAIGN_TYPES),
		field.options('format', 'Format', [
			{ name: 'Markdown', value: 'markdown' },
			{ name: 'HTML', value: 'html' },
		]),
		field.string('subject', 'Subject', { description: 'The subject of the email' }),
		field.string('tag', 'Tag', { description: 'A tag to group campaigns (see Get Tags)' }),
		operatorField('senderId', 'Sender', false),
		field.options('recipientsType', 'Recipients', [
			{ name: 'All People', value: 'all' },
			{ name: 'Segments', value: 'segment', description: 'The people in Recipient Segments' },
			{ name: 'People', value: 'people', description: 'The people in Recipient People IDs' },
			{ name: 'Filter', value: 'filter', description: 'The people Recipient Filter (JSON) matches' },
		]),
		segmentsField('segments', 'Recipient Segments'),
		field.stringList('people', 'Recipient People IDs', { placeholder: 'e.g. c5a0a3d9-3ae2-4dba-9ff6-7e4e5d7bb1f7' }),
		field.json('recipientsFilter', 'Recipient Filter (JSON)', {
			array: true,
			description: 'People filters, e.g. [{"model": "people", "criterion": "email", "operator": "eq", "query": ["jane@example.com"]}]',
		}),
		field.string('message', 'Message', { rows: 6, description: 'The message, in the campaign\'s format' }),
		field.json('flow', 'Automation Flow (JSON)', { description: 'For automated campaigns, e.g. {"launch_event": "signup", "deliver_once": true, "deliver_delay": 60}' }),
		field.boolean('deliverToChatbox', 'Deliver to Chatbox', { description: 'Whether the message shows in the chatbox' }),
		field.boolean('deliverToEmail', 'Deliver to Email', { description: 'Whether the message is emailed' }),
		field.boolean('senderNameWebsite', 'Sender Name Is Website', { description: "Whether the email comes from the website's name rather than the sender's" }),
		field.boolean('senderEmailReply', 'Reply to Sender Email', { description: "Whether replies go to the sender's email" }),
		field.boolean('tracking', 'Tracking', { description: 'Whether opens and clicks are tracked' }),
	] as const;

export type CampaignContent = CollectionValue<ReturnType<typeof campaignContentFields>>;

const nonEmpty = <T extends object>(o: T): T | undefined => (Object.keys(o).length ? o : undefined);

/** The campaign body: only what was set, grouped as Crisp groups it. */
export function campaignBody(f: CampaignContent) {
	return compact({
		type: f.type,
		format: f.format,
		name: f.name,
		subject: f.subject,
		tag: f.tag,
		sender: f.senderId === undefined ? undefined : { user_id: f.senderId },
		recipients: nonEmpty(compact({ type: f.recipientsType, segments: f.segments?.length ? f.segments : undefined, people: f.people?.length ? f.people : undefined, filter: f.recipientsFilter })),
		flow: f.flow,
		message: f.message,
		options: nonEmpty(
			compact({
				deliver_to_chatbox: f.deliverToChatbox,
				deliver_to_email: f.deliverToEmail,
				sender_name_website: f.senderNameWebsite,
				sender_email_reply: f.senderEmailReply,
				tracking: f.tracking,
			}),
		),
	});
}

/** The collection of campaign fields; Replace and Update both need at least one. */
export const campaignFieldsCollection = () => field.collection('campaignFields', 'Campaign Fields', [...campaignContentFields()], { requireOne: 'needs at least one field' });

/** A campaign action without a body: POST /campaign/{id}/{dispatch|resume|pause|test}. */
export const campaignAction = (operation: 'dispatch' | 'resume' | 'pause' | 'test', name: string, action: string, description: string) =>
	defineOperation({
		resource: 'campaign',
		operation,
		name,
		action,
		description,
		fields: [campaignField()],
		request: (p) => ({ method: 'POST', path: `${apiPath`/campaign/${p.campaignId}`}/${operation}`, ...EMPTY_BODY }),
		output: (_body, p) => ({ success: true, campaign_id: p.campaignId }),
	});
