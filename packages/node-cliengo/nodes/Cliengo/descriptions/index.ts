import type { INodePropertyOptions } from 'n8n-workflow';
import { field, type Field } from '@leadchat/core';

/** Fields shared by several operations. */
export const contactIdField = field.resourceLocator('contactId', 'Contact', {
	searchListMethod: 'searchContacts',
	description: 'The lead (contact) to act on',
});

export const conversationIdField = field.id('conversationId', 'Conversation ID', {
	placeholder: 'e.g. 5f0cbe62162e0dec1910d197',
	description: 'ID of the conversation',
});

export function siteLocator<N extends string = 'siteId'>(name: N = 'siteId' as N, displayName = 'Site', description = 'The website (site) in Cliengo') {
	return field.resourceLocator(name, displayName, { searchListMethod: 'searchSites', description });
}

export const userIdField = field.resourceLocator('userId', 'User', { searchListMethod: 'searchUsers', description: 'A user (operator) of the account' });

export const chatbotSiteField = field.resourceLocator('siteId', 'Chatbot', {
	searchListMethod: 'searchChatbots',
	description: 'The chatbot, chosen by name; its value is the ID of the site it runs on',
});

const FROM_LIST = 'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/** A site dropdown filled from the account (GET /sites); required with `required: true`. */
export function websiteIdField<N extends string, const O extends { required?: boolean; description?: string }>(name: N, displayName: string, opts: O) {
	return field.options(name, displayName, [], {
		...opts,
		loadOptionsMethod: 'getSites',
		description: `${opts.description ?? 'The website (site) in Cliengo'}. ${FROM_LIST}.`,
	});
}

/** A user dropdown filled from the account (GET /users); `withUnassigned` adds the UNASSIGNED value. */
export function assigneeField<N extends string>(name: N, displayName: string, opts: { withUnassigned?: boolean; description?: string } = {}) {
	return field.options(name, displayName, [], {
		loadOptionsMethod: opts.withUnassigned ? 'getAssignees' : 'getUsers',
		description: `${opts.description ?? 'The user (operator) the lead is assigned to'}. ${FROM_LIST}.`,
	});
}

import { EXTERNAL_STATUS_OPTIONS } from './statuses';
export { EXTERNAL_STATUS_OPTIONS };

export const CONTACT_METHOD_OPTIONS: INodePropertyOptions[] = [
	{ name: 'API', value: 'API' },
	{ name: 'Chatbot', value: 'CHATBOT' },
	{ name: 'Facebook Lead Ads', value: 'FB_LEADADS' },
	{ name: 'Form', value: 'FORM' },
	{ name: 'WhatsApp', value: 'WHATSAPP' },
	{ name: 'Zapier', value: 'ZAPIER' },
];

/** Spelled as Cliengo spells it ("SUSCRIPTION"). */
export const SELL_SUBSCRIPTION_OPTIONS: INodePropertyOptions[] = [
	{ name: 'One Time', value: 'ONE_TIME' },
	{ name: 'Monthly Subscription', value: 'MONTHLY_SUSCRIPTION' },
	{ name: 'Yearly Subscription', value: 'YEARLY_SUSCRIPTION' },
	{ name: 'Other Sell Type', value: 'OTHER_SELL_TYPE' },
];

export const CANCEL_REASON_OPTIONS: INodePropertyOptions[] = [1, 2, 3, 4, 5].map((n) => ({ name: `Reason ${n}`, value: String(n) }));

export const CHANNEL_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Web', value: 'WEB' },
	{ name: 'Facebook', value: 'FACEBOOK' },
	{ name: 'WhatsApp', value: 'WHATSAPP' },
];

/**
 * A lead status: a dropdown of Cliengo's statuses ("Long Term", not LONG_TERM) that still takes any
 * text, so a status given by an expression, or typed before this was a dropdown, is sent as it is.
 */
export const statusField = <N extends string = 'status'>(name: N = 'status' as N, displayName = 'Status', description = 'The lead status. Choose one, or give any status Cliengo uses with an expression.'): Field<string | undefined, N> => {
	const text = field.string(name, displayName, { description });
	return { ...text, property: { ...text.property, type: 'options' as const, options: EXTERNAL_STATUS_OPTIONS, default: 'NEW' } };
};
