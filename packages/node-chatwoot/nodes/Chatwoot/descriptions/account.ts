import type { INodeProperties } from 'n8n-workflow';
import { field, named } from '@leadchat/core';
import { locatorField } from './common';

/**
 * The account each node works in: chosen per node, so that one credential serves several accounts;
 * empty means the credential's default. A resource locator, not a dropdown: n8n loads a dropdown's
 * options as soon as the form opens, before a freshly added node has its credential (the form then
 * shows "Error fetching options"), while a locator's list loads only when it is opened. Workflows
 * saved while it was a dropdown hold a plain id, which the transport reads too.
 */
export const accountIdProperty: INodeProperties = {
	displayName: 'Account',
	name: 'accountId',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	description: "The Chatwoot account to work in. Leave empty for the credential's default account.",
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', placeholder: "Credential's default account", typeOptions: { searchListMethod: 'searchAccounts', searchable: true } },
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: "e.g. 1 (empty: the credential's default)",
			validation: [{ type: 'regex', properties: { regex: '^\\d*$', errorMessage: 'Use a numeric account ID' } }],
		},
	],
	displayOptions: { hide: { resource: ['profile'] } },
};

// Resource locators and dropdowns filled from the account. Ids are numeric everywhere except the
// public API's identifiers.

export const inboxField = locatorField('inboxId', 'Inbox', { searchListMethod: 'searchInboxes' });
export const agentField = locatorField('agentId', 'Agent', { searchListMethod: 'searchAgents' });
export const teamField = locatorField('teamId', 'Team', { searchListMethod: 'searchTeams' });
export const labelsField = <N extends string = 'labels', R extends boolean = true>(name: N = 'labels' as N, displayName = 'Labels', required: R = true as R) =>
	named(field.multiOptions(name, displayName, [], { loadOptionsMethod: 'getLabels', required, description: 'Labels of the account. Choose from the list, or specify names using an expression.' }));
export const agentIdsField = <N extends string = 'userIds', R extends boolean = true>(name: N = 'userIds' as N, displayName = 'Agents', required: R = true as R) =>
	named(field.multiOptions(name, displayName, [], { loadOptionsMethod: 'getAgents', required, description: 'Choose from the list, or specify IDs using an expression' }));

/** Agent chosen from a dropdown, for use inside a collection (a plain id value, no locator). */
export const agentOptionField = <N extends string = 'assigneeId'>(name: N = 'assigneeId' as N, displayName = 'Assignee Name or ID') =>
	named(field.options(name, displayName, [], {
		loadOptionsMethod: 'getAgents',
		description: 'Agent of the account. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}));
/** Team chosen from a dropdown, for use inside a collection. */
export const teamOptionField = <N extends string = 'teamId'>(name: N = 'teamId' as N, displayName = 'Team Name or ID') =>
	named(field.options(name, displayName, [], {
		loadOptionsMethod: 'getTeams',
		description: 'Team of the account. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}));
/** Inbox chosen from a dropdown, for use inside a collection. */
export const inboxOptionField = <N extends string = 'inboxId'>(name: N = 'inboxId' as N, displayName = 'Inbox Name or ID') =>
	named(field.options(name, displayName, [], {
		loadOptionsMethod: 'getInboxes',
		description: 'Inbox of the account. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	}));

// Account administration: agent bots, labels, saved replies and attributes, automation,
// campaigns, webhooks, integrations and the Help Center.

export const agentBotField = locatorField('agentBotId', 'Agent Bot', { searchListMethod: 'searchAgentBots' });
export const labelIdField = locatorField('labelId', 'Label', { searchListMethod: 'searchLabels' });
export const cannedResponseField = locatorField('cannedResponseId', 'Canned Response', { searchListMethod: 'searchCannedResponses' });
export const customAttributeField = locatorField('customAttributeId', 'Custom Attribute', { searchListMethod: 'searchCustomAttributes' });
export const customFilterField = locatorField('customFilterId', 'Custom Filter', { searchListMethod: 'searchCustomFilters' });
export const automationRuleField = locatorField('automationRuleId', 'Automation Rule', { searchListMethod: 'searchAutomationRules' });
export const macroField = locatorField('macroId', 'Macro', { searchListMethod: 'searchMacros' });
export const campaignField = locatorField('campaignId', 'Campaign', { searchListMethod: 'searchCampaigns' });
export const webhookField = locatorField('webhookId', 'Webhook', { searchListMethod: 'searchWebhooks' });
export const dashboardAppField = locatorField('dashboardAppId', 'Dashboard App', { searchListMethod: 'searchDashboardApps' });
export const integrationHookField = locatorField('hookId', 'Integration Hook', { searchListMethod: 'searchIntegrationHooks' });
/** Integration apps have text ids such as "slack", "dialogflow" or "webhook". */
export const integrationAppField = locatorField('appId', 'Integration App', { searchListMethod: 'searchIntegrationApps', numeric: false, idPlaceholder: 'e.g. dialogflow' });
/** Help Center portals are addressed by their slug. */
export const portalField = locatorField('portalSlug', 'Portal', {
	searchListMethod: 'searchPortals',
	numeric: false,
	idPlaceholder: 'e.g. help-center',
	description: 'The portal, addressed by its slug',
});
/** Categories of the portal chosen in "Portal" (the list search reads it). */
export const categoryField = locatorField('categoryId', 'Category', { searchListMethod: 'searchCategories' });
/** Articles of the portal chosen in "Portal" (the list search reads it). */
export const companyField = locatorField('companyId', 'Company', { searchListMethod: 'searchCompanies' });
export const articleField = locatorField('articleId', 'Article', { searchListMethod: 'searchArticles' });
