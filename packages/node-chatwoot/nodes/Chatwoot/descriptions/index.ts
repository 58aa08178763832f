import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { field, named, z, type Field } from '@leadchat/core';

/** Where the editor shows a field: `{ parameter: [values] }`. */
type Show = Record<string, Array<string | number | boolean>>;

/** Core's `named` (a field helper keeps its default name inside `fields: [...]`), for this package's helpers. */
export { named };

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
	displayOptions: { hide: { resource: ['platformAccount', 'platformUser', 'platformAgentBot', 'platformAccountUser', 'publicInbox', 'publicContact', 'publicConversation', 'publicMessage', 'profile', 'csatSurvey'] } },
};

// Resource locators and dropdowns filled from the account. Ids are numeric everywhere except the
// public API's identifiers.

interface LocatorSpec {
	searchListMethod: string;
	numeric?: boolean;
	idPlaceholder?: string;
	description?: string;
}

/**
 * A resource locator helper over one list search, with a default name and label: `macroField()`,
 * or `macroField('otherMacroId', 'Other Macro', false)` for another, optional one. Numeric ids
 * unless told otherwise; required unless `required` is false.
 */
function locatorField<D extends string>(defaultName: D, defaultLabel: string, spec: LocatorSpec) {
	const fallback: string = defaultName;
	return <N extends string = D, R extends boolean = true>(name: N = fallback as N, displayName = defaultLabel, required: R = true as R) =>
		named(field.resourceLocator(name, displayName, { numeric: true, ...spec, required }));
}

export const contactField = locatorField('contactId', 'Contact', { searchListMethod: 'searchContacts' });
export const conversationField = locatorField('conversationId', 'Conversation', {
	searchListMethod: 'searchConversations',
	description: 'The conversation number shown in the dashboard (its per-account display ID)',
});
export const inboxField = locatorField('inboxId', 'Inbox', { searchListMethod: 'searchInboxes' });
export const agentField = locatorField('agentId', 'Agent', { searchListMethod: 'searchAgents' });
export const teamField = locatorField('teamId', 'Team', { searchListMethod: 'searchTeams' });
export const labelsField = <N extends string = 'labels', R extends boolean = true>(name: N = 'labels' as N, displayName = 'Labels', required: R = true as R) =>
	named(field.multiOptions(name, displayName, [], { loadOptionsMethod: 'getLabels', required, description: 'Labels of the account. Choose from the list, or specify names using an expression.' }));
export const agentIdsField = <N extends string = 'userIds', R extends boolean = true>(name: N = 'userIds' as N, displayName = 'Agents', required: R = true as R) =>
	named(field.multiOptions(name, displayName, [], { loadOptionsMethod: 'getAgents', required, description: 'Choose from the list, or specify IDs using an expression' }));

// ---------------------------------------------------------------------------------------------
// Contacts, conversations and messages.
// ---------------------------------------------------------------------------------------------

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

export const CONVERSATION_STATUSES = [
	{ name: 'Open', value: 'open' },
	{ name: 'Pending', value: 'pending' },
	{ name: 'Resolved', value: 'resolved' },
	{ name: 'Snoozed', value: 'snoozed' },
];

export const PRIORITIES = [
	{ name: 'Urgent', value: 'urgent' },
	{ name: 'High', value: 'high' },
	{ name: 'Medium', value: 'medium' },
	{ name: 'Low', value: 'low' },
	{ name: 'None', value: 'none' },
];

/**
 * Attributes typed as key/value pairs and/or as one JSON object (for nested values and numbers).
 * Both may be used: the JSON object is the base, the pairs are laid over it.
 */
export const attributeFields = <N extends 'customAttributes' | 'additionalAttributes'>(name: N, displayName: string, description: string) => [
	field.keyValue(name, displayName, { description: `${description} Values typed here are sent as text.` }),
	field.json(`${name}Json`, `${displayName} (JSON)`, { description: `${description} As one JSON object; pairs given above override its keys.` }),
] as const;

/** Merges the JSON and the key/value form of an attribute set; undefined when neither was given. */
export function mergeAttributes(json: unknown, pairs: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
	const base = isDataObject(json) ? json : undefined;
	const hasPairs = pairs !== undefined && Object.keys(pairs).length > 0;
	if (!base && !hasPairs) return undefined;
	return { ...(base ?? {}), ...(hasPairs ? pairs : {}) };
}

/** One condition of POST /contacts/filter or /conversations/filter, as the server reads it. */
export interface FilterCondition {
	attribute_key: string;
	filter_operator: string;
	values: string[];
	query_operator?: string;
	custom_attribute_type?: string;
}

export const FILTER_OPERATORS = [
	{ name: 'Equal To', value: 'equal_to' },
	{ name: 'Not Equal To', value: 'not_equal_to' },
	{ name: 'Contains', value: 'contains' },
	{ name: 'Does Not Contain', value: 'does_not_contain' },
	{ name: 'Is Present', value: 'is_present' },
	{ name: 'Is Not Present', value: 'is_not_present' },
	{ name: 'Is Greater Than', value: 'is_greater_than' },
	{ name: 'Is Less Than', value: 'is_less_than' },
	{ name: 'Days Before', value: 'days_before' },
];

const conditionSchema = z.object({
	attributeKey: z.string().trim().min(1, 'has a condition without an attribute'),
	filterOperator: z.enum(FILTER_OPERATORS.map((o) => o.value) as [string, ...string[]], {
		errorMap: () => ({ message: `has a condition with an unknown operator (use one of: ${FILTER_OPERATORS.map((o) => o.value).join(', ')})` }),
	}),
	values: z.preprocess(
		(v) => (Array.isArray(v) ? v.map(String) : typeof v === 'number' ? [String(v)] : typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v ?? []),
		z.array(z.string()),
	),
	queryOperator: z.enum(['AND', 'OR'], { errorMap: () => ({ message: 'has a condition whose "Join With Next" is not AND or OR' }) }).default('AND'),
});

/**
 * The simple filter builder: conditions joined with AND/OR, in order. The join of the last
 * condition is not sent (the server ignores it). Validated like every field.
 */
export function filterConditionsField(attributeHint: string): Field<FilterCondition[], 'conditions'> {
	return {
		name: 'conditions',
		property: {
			displayName: 'Conditions',
			name: 'conditions',
			type: 'fixedCollection',
			placeholder: 'Add Condition',
			default: {},
			typeOptions: { multipleValues: true, sortable: true },
			displayOptions: { show: { filterMode: ['builder'] } },
			options: [
				{
					name: 'condition',
					displayName: 'Condition',
					values: [
						{ displayName: 'Attribute', name: 'attributeKey', type: 'string', default: '', placeholder: 'e.g. email', description: attributeHint },
						{ displayName: 'Operator', name: 'filterOperator', type: 'options', default: 'equal_to', options: FILTER_OPERATORS },
						{ displayName: 'Values', name: 'values', type: 'string', default: '', description: 'One value, or several separated by commas (no value for "is present")' },
						{
							displayName: 'Join With Next',
							name: 'queryOperator',
							type: 'options',
							default: 'AND',
							options: [
								{ name: 'AND', value: 'AND' },
								{ name: 'OR', value: 'OR' },
							],
							description: 'How this condition combines with the next one',
						},
					],
				},
			],
		},
		schema: z.preprocess(
			(v) => (v === undefined || v === null || v === '' ? {} : v),
			z
				.object({ condition: z.array(conditionSchema).optional() })
				.passthrough()
				.transform((v) => {
					const list = v.condition ?? [];
					return list.map((c, index) => {
						const out: FilterCondition = { attribute_key: c.attributeKey, filter_operator: c.filterOperator, values: c.values };
						if (index < list.length - 1) out.query_operator = c.queryOperator;
						return out;
					});
				}),
		) as unknown as z.ZodType<FilterCondition[], z.ZodTypeDef, unknown>,
	};
}

/** "Build conditions" or "JSON payload" for the filter endpoints. */
export const filterFields = (attributeHint: string, example: string) => [
	field.options(
		'filterMode',
		'Define Filter',
		[
			{ name: 'Using Conditions', value: 'builder', description: 'Add conditions one by one' },
			{ name: 'Using JSON', value: 'json', description: "The server's filter payload: an array of {attribute_key, filter_operator, values, query_operator}" },
		],
		{ default: 'builder' },
	),
	filterConditionsField(attributeHint),
	field.json('filterJson', 'Filter (JSON)', { array: true, show: { filterMode: ['json'] }, placeholder: example, description: 'The array sent as "payload"' }),
] as const;

/** The payload of a filter request from the fields above; fails when there is nothing to filter on. */
export function filterPayload(p: { filterMode?: string; conditions?: FilterCondition[]; filterJson?: unknown[] }, fail: (field: string, problem: string) => never): unknown[] {
	if (p.filterMode === 'json') {
		const list = p.filterJson ?? [];
		if (list.length === 0) fail('Filter (JSON)', 'needs at least one condition');
		list.forEach((c, index) => {
			if (!isDataObject(c) || typeof c.attribute_key !== 'string') {
				fail('Filter (JSON)', `has an entry (#${index + 1}) that is not a condition object with an "attribute_key"`);
			}
		});
		return list;
	}
	const list = p.conditions ?? [];
	if (list.length === 0) fail('Conditions', 'needs at least one condition');
	return list;
}

// ---------------------------------------------------------------------------------------------
// Account objects: locators, time fields, field helpers.
// ---------------------------------------------------------------------------------------------

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
export const articleField = locatorField('articleId', 'Article', { searchListMethod: 'searchArticles' });

/**
 * A moment sent as Unix seconds, as text (what Chatwoot's reports and reporting events read): core's
 * `field.unixTime`, described for the editor. Takes a date (2026-01-31, 2026-01-31T10:00:00Z, a Luxon
 * DateTime from an expression) or Unix seconds as is.
 */
export function unixTimeField<N extends string, const O extends { required?: boolean; description?: string; show?: Show } = Record<never, never>>(name: N, displayName: string, opts?: O) {
	const f = field.unixTime(name, displayName, opts);
	return opts?.description ? f : describedAs(f, 'A date and time, or Unix seconds');
}

/** Ids picked in a dropdown or typed in an expression, as numbers; fails naming the field when one is not a whole number. */
export function numericIds(values: Array<string | number> | undefined, displayName: string, fail: (field: string, problem: string) => never): number[] {
	const list = values ?? [];
	for (const v of list) if (!/^\d+$/.test(String(v).trim())) fail(displayName, `must contain only numeric IDs (got "${String(v)}")`);
	return list.map((v) => Number(String(v).trim()));
}

/** The same field with another description (e.g. a shared locator used for a specific role). */
export function describedAs<T, N extends string>(f: Field<T, N>, description: string): Field<T, N> {
	return { ...f, property: { ...f.property, description } };
}

/**
 * Shown as required, validated as optional: for a field that only shows for some values of
 * another one (a hidden field reads as empty), so the operation checks it itself. Without `show`,
 * the field keeps where it is shown.
 */
export function requiredWhenShown<T, N extends string>(f: Field<T, N>, show?: Show): Field<T | undefined, N> {
	return {
		...f,
		property: { ...f.property, required: true, ...(show ? { displayOptions: { show } } : {}) },
		schema: f.schema.optional(),
	};
}

/** Whether a value is a plain JSON object (not null, not an array): what the server answers for one record. */
export function isDataObject(value: unknown): value is IDataObject {
	return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The server's answer when it sends one, else `{ success: true, id }` (for actions the server may answer with an empty body). */
export const answerOrDone = (body: unknown, id: string): IDataObject => (isDataObject(body) && Object.keys(body).length ? body : { success: true, id: Number(id) });
