import type { INodeProperties } from 'n8n-workflow';
import { field } from '@leadchat/core';

/**
 * The account each node works in: chosen per node (from the token's accounts), so that one
 * credential serves several accounts; empty means the credential's default.
 */
export const accountIdProperty: INodeProperties = {
	displayName: 'Account Name or ID',
	name: 'accountId',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'getAccounts' },
	default: '',
	description:
		'The Chatwoot account to work in. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>. Empty uses the credential\'s default account.',
	displayOptions: { hide: { resource: ['platformAccount', 'platformUser', 'platformAgentBot', 'platformAccountUser', 'publicInbox', 'publicContact', 'publicConversation', 'publicMessage', 'profile'] } },
};

// Resource locators and dropdowns filled from the account. Ids are numeric everywhere except the
// public API's identifiers.
export const contactField = (name = 'contactId', displayName = 'Contact') =>
	field.resourceLocator(name, displayName, { searchListMethod: 'searchContacts', numeric: true });
export const conversationField = (name = 'conversationId', displayName = 'Conversation') =>
	field.resourceLocator(name, displayName, {
		searchListMethod: 'searchConversations',
		numeric: true,
		description: 'The conversation number shown in the dashboard (its per-account display ID)',
	});
export const inboxField = (name = 'inboxId', displayName = 'Inbox', required = true) =>
	field.resourceLocator(name, displayName, { searchListMethod: 'searchInboxes', numeric: true, required });
export const agentField = (name = 'agentId', displayName = 'Agent', required = true) =>
	field.resourceLocator(name, displayName, { searchListMethod: 'searchAgents', numeric: true, required });
export const teamField = (name = 'teamId', displayName = 'Team', required = true) =>
	field.resourceLocator(name, displayName, { searchListMethod: 'searchTeams', numeric: true, required });
export const labelsField = (name = 'labels', displayName = 'Labels', required = true) =>
	field.multiOptions(name, displayName, [], { loadOptionsMethod: 'getLabels', required, description: 'Labels of the account. Choose from the list, or specify names using an expression.' });
export const agentIdsField = (name = 'userIds', displayName = 'Agents', required = true) =>
	field.multiOptions(name, displayName, [], { loadOptionsMethod: 'getAgents', required, description: 'Choose from the list, or specify IDs using an expression' });
