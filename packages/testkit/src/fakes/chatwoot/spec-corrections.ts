/**
 * Where Chatwoot's server code and its bundled OpenAPI spec disagree, the code wins
 * (`shared/api/chatwoot.md` §10). These corrections patch an in-memory copy of the spec before
 * the validator walks it; the copied file `spec/swagger.json` itself is never edited.
 *
 * Tags: [C-code] confirmed from Chatwoot's server code (cited section of the reference);
 * [I] inferred — the validator is deliberately tolerant there.
 *
 * The rule for what the spec does not say:
 * - an operation the spec HAS, read differently by the server (a missing query parameter, a
 *   stricter or wrong body) → a correction here;
 * - a route the spec LACKS → a `source: 'code'` route that declares its own inputs (`spec:` on
 *   its `RouteDef`, next to its handler and its evidence in `routes/<area>.ts`); the validator
 *   gets those declarations from the route table.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
type Doc = any;

export interface Correction {
	id: string;
	reason: string;
	apply(doc: Doc): void;
}

const ACCOUNT = '/api/v1/accounts/{account_id}';
const V2 = '/api/v2/accounts/{account_id}';

function op(doc: Doc, path: string, method: string): any {
	const operation = doc.paths?.[path]?.[method];
	if (!operation) throw new Error(`spec correction: ${method.toUpperCase()} ${path} is not in the spec`);
	return operation;
}

function removeRequired(schema: any, name: string): void {
	if (Array.isArray(schema?.required)) schema.required = schema.required.filter((r: string) => r !== name);
}

function jsonSchemaOf(operation: any): any {
	return operation.requestBody?.content?.['application/json']?.schema;
}

function addQueryParam(operation: any, param: Record<string, unknown>): void {
	operation.parameters = [...(operation.parameters ?? []), { in: 'query', required: false, ...param }];
}

function resolveRef(doc: Doc, node: any): any {
	let current = node;
	while (current && typeof current.$ref === 'string') {
		current = current.$ref
			.slice(2)
			.split('/')
			.reduce((obj: any, key: string) => obj?.[key], doc);
	}
	return current;
}

/**
 * Lets one property of an operation's body also take `alternative`. The body schema is replaced by
 * a widened copy: it may be a shared component that other operations keep as it is.
 */
function widenBodyProperty(doc: Doc, operation: any, mediaType: string, property: string, alternative: Record<string, unknown>): void {
	const media = operation.requestBody?.content?.[mediaType];
	const schema = resolveRef(doc, media?.schema);
	const current = schema?.properties?.[property];
	if (!current) throw new Error(`spec correction: the ${mediaType} body has no ${property}`);
	media.schema = { ...schema, properties: { ...schema.properties, [property]: { anyOf: [current, alternative] } } };
}

const PUBLIC_MESSAGES = '/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages';

export const CORRECTIONS: Correction[] = [
	{
		id: 'contact-create-inbox-optional',
		reason: '§10 #6 [C-code]: POST /contacts does not require inbox_id; it also accepts source_id (§5).',
		apply(doc) {
			const schema = doc.components.schemas.contact_create_payload;
			removeRequired(schema, 'inbox_id');
			schema.properties.source_id = { type: 'string' };
		},
	},
	{
		id: 'webhook-events-12',
		reason: '§10 #9 [C-code]: ALLOWED_WEBHOOK_EVENTS has 12 events (adds inbox_created, inbox_updated).',
		apply(doc) {
			for (const name of ['webhook_create_update_payload', 'webhook']) {
				const items = doc.components.schemas[name]?.properties?.subscriptions?.items;
				if (items?.enum) for (const e of ['inbox_created', 'inbox_updated']) if (!items.enum.includes(e)) items.enum.push(e);
			}
		},
	},
	{
		id: 'webhook-body-flat-or-wrapped',
		reason:
			'§5/§9.1 [C-code]: the controller reads params[:webhook]; a flat {url, subscriptions} body is wrapped by Rails wrap_parameters. ' +
			'Both shapes are valid; inbox_id is accepted too.',
		apply(doc) {
			const flat = doc.components.schemas.webhook_create_update_payload;
			flat.properties.inbox_id = { type: 'integer' };
			const either = {
				anyOf: [
					// Flat: the payload itself (a body that has a `webhook` key is the wrapped shape).
					{ allOf: [{ $ref: '#/components/schemas/webhook_create_update_payload' }], not: { type: 'object', required: ['webhook'] } },
					{ type: 'object', required: ['webhook'], properties: { webhook: { $ref: '#/components/schemas/webhook_create_update_payload' } } },
				],
			};
			for (const [path, method] of [
				[`${ACCOUNT}/webhooks`, 'post'],
				[`${ACCOUNT}/webhooks/{webhook_id}`, 'patch'],
			]) {
				op(doc, path, method).requestBody.content['application/json'].schema = either;
			}
		},
	},
	{
		id: 'conversation-create-source-or-inbox',
		reason: '§5 [C-code]: POST /conversations takes source_id OR (inbox_id + contact_id); source_id is not required.',
		apply(doc) {
			removeRequired(doc.components.schemas.conversation_create_payload, 'source_id');
		},
	},
	{
		id: 'toggle-status-without-status',
		reason: '§5 [C-code]: toggle_status without `status` toggles open <-> resolved, so status is optional.',
		apply(doc) {
			removeRequired(jsonSchemaOf(op(doc, `${ACCOUNT}/conversations/{conversation_id}/toggle_status`, 'post')), 'status');
		},
	},
	{
		id: 'conversation-uuid-is-a-string',
		reason: '[I] the spec types {conversation_uuid} as integer, but a conversation uuid is a string (§3).',
		apply(doc) {
			doc.components.parameters.conversation_uuid.schema = { type: 'string' };
		},
	},
	{
		id: 'contacts-list-query',
		reason:
			'§5 [C-code]: GET /contacts also takes labels[] and include_contact_inboxes; sort also accepts ' +
			'created_at, company_name, city, country (with "-" for descending).',
		apply(doc) {
			const sort = doc.components.parameters.contact_sort_param.schema;
			for (const key of ['created_at', 'company_name', 'city', 'country']) {
				for (const value of [key, `-${key}`]) if (!sort.enum.includes(value)) sort.enum.push(value);
			}
			const list = op(doc, `${ACCOUNT}/contacts`, 'get');
			addQueryParam(list, { name: 'labels', schema: { type: 'array', items: { type: 'string' } } });
			addQueryParam(list, { name: 'include_contact_inboxes', schema: { type: 'string' } });
			// [I] the contact view honours include_contact_inboxes everywhere it renders contacts.
			addQueryParam(op(doc, `${ACCOUNT}/contacts/search`, 'get'), { name: 'include_contact_inboxes', schema: { type: 'string' } });
		},
	},
	{
		id: 'conversations-list-query',
		reason:
			'§5 [C-code]: GET /conversations (and /conversations/meta, "same filters") also take sort_by, conversation_type, ' +
			'source_id and updated_within; meta also takes assignee_type.',
		apply(doc) {
			for (const path of [`${ACCOUNT}/conversations`, `${ACCOUNT}/conversations/meta`]) {
				const list = op(doc, path, 'get');
				addQueryParam(list, { name: 'sort_by', schema: { type: 'string' } });
				addQueryParam(list, { name: 'conversation_type', schema: { type: 'string', enum: ['mention', 'participating', 'unattended'] } });
				addQueryParam(list, { name: 'source_id', schema: { type: 'string' } });
				addQueryParam(list, { name: 'updated_within', schema: { type: 'integer' } });
			}
			addQueryParam(op(doc, `${ACCOUNT}/conversations/meta`, 'get'), {
				name: 'assignee_type',
				schema: { type: 'string', enum: ['me', 'unassigned', 'all', 'assigned'] },
			});
		},
	},
	{
		id: 'inbox-members-inbox-id',
		reason: '[I] the spec types inbox_id as integer for POST but string for PATCH/DELETE of the same controller; accept both.',
		apply(doc) {
			for (const method of ['post', 'patch', 'delete']) {
				const schema = jsonSchemaOf(op(doc, `${ACCOUNT}/inbox_members`, method));
				schema.properties.inbox_id = { type: ['integer', 'string'] };
			}
		},
	},
	{
		id: 'filter-payload-tolerant',
		reason:
			'[I] filter payloads: the spec\'s own example ends with query_operator null; the filter services accept more operators ' +
			'than the 4 listed and non-string values (ids, numbers).',
		apply(doc) {
			for (const path of [`${ACCOUNT}/contacts/filter`, `${ACCOUNT}/conversations/filter`]) {
				const item = jsonSchemaOf(op(doc, path, 'post')).properties.payload.items;
				delete item.properties.filter_operator.enum;
				item.properties.query_operator = { type: ['string', 'null'], enum: ['AND', 'OR', 'and', 'or', null] };
				item.properties.values = { type: 'array', items: { type: ['string', 'integer', 'number', 'boolean'] } };
			}
		},
	},
	{
		id: 'custom-attribute-definitions-model-optional',
		reason: '[I] GET /custom_attribute_definitions without attribute_model lists every definition; the spec marks it required.',
		apply(doc) {
			const list = op(doc, `${ACCOUNT}/custom_attribute_definitions`, 'get');
			for (const p of list.parameters) if (p.name === 'attribute_model') p.required = false;
		},
	},
	{
		id: 'integration-hook-app-id',
		reason: '[I] integration app ids are strings ("dialogflow", "webhook"…) per the integrations_app schema; accept string or integer.',
		apply(doc) {
			doc.components.schemas.integrations_hook_create_payload.properties.app_id = { type: ['string', 'integer'] };
		},
	},
	{
		id: 'platform-account-users-delete',
		reason: '[I] DELETE /platform/api/v1/accounts/{account_id}/account_users needs user_id (params[:user_id]); the spec declares no input.',
		apply(doc) {
			const del = op(doc, '/platform/api/v1/accounts/{account_id}/account_users', 'delete');
			del.requestBody = { content: { 'application/json': { schema: { type: 'object', properties: { user_id: { type: 'integer' } } } } } };
			addQueryParam(del, { name: 'user_id', schema: { type: 'integer' } });
		},
	},
	{
		id: 'public-messages-before',
		reason:
			'[C-code] the public message list pages back with `before` (upstream public/api/v1/inboxes/messages_controller.rb ' +
			'`message_finder_params`, app/finders/message_finder.rb); the spec declares no query parameter.',
		apply(doc) {
			addQueryParam(op(doc, PUBLIC_MESSAGES, 'get'), { name: 'before', schema: { type: 'integer' } });
		},
	},
	{
		id: 'public-message-submitted-values-array',
		reason:
			'[C-code] PATCH of a public message: the widget answers an options message with `submittedValues: [selectedOption]` and a ' +
			'form with `[{name, value}, …]`, and the controller permits `submitted_values: [:name, :title, :value]` (a hash or an ' +
			'array of hashes; upstream app/javascript/widget/components/AgentMessageBubble.vue `onOptionSelect`/`onFormSubmit`, ' +
			'public/api/v1/inboxes/messages_controller.rb `message_update_params`); the spec types it as the CSAT object only.',
		apply(doc) {
			widenBodyProperty(doc, op(doc, `${PUBLIC_MESSAGES}/{message_id}`, 'patch'), 'application/json', 'submitted_values', {
				type: 'array',
				items: { type: 'object', properties: { name: { type: 'string' }, title: { type: 'string' }, value: {} } },
			});
		},
	},
	{
		id: 'message-multipart-content-attributes-json-text',
		reason:
			'[C-code] POST /conversations/{id}/messages as multipart: `content_attributes` may be JSON text ' +
			'(`Messages::MessageBuilder#content_attributes` parses a String with JSON.parse; the dashboard sends it that way with attachments).',
		apply(doc) {
			widenBodyProperty(doc, op(doc, `${ACCOUNT}/conversations/{conversation_id}/messages`, 'post'), 'multipart/form-data', 'content_attributes', { type: 'string' });
		},
	},
	{
		id: 'reports-query',
		reason:
			'[C-code] GET /api/v2/…/reports also reads group_by, timezone_offset and business_hours, and GET /api/v2/…/reports/summary ' +
			'reads timezone_offset and business_hours; the spec declares neither.',
		apply(doc) {
			const timezoneOffset = { name: 'timezone_offset', schema: { type: 'number' } };
			const businessHours = { name: 'business_hours', schema: { type: 'boolean' } };
			const reports = op(doc, `${V2}/reports`, 'get');
			addQueryParam(reports, { name: 'group_by', schema: { type: 'string', enum: ['day', 'week', 'month', 'year'] } });
			addQueryParam(reports, timezoneOffset);
			addQueryParam(reports, businessHours);
			const summary = op(doc, `${V2}/reports/summary`, 'get');
			addQueryParam(summary, timezoneOffset);
			addQueryParam(summary, businessHours);
		},
	},
	{
		id: 'set-agent-bot-null',
		reason: '[C-code] POST /inboxes/{id}/set_agent_bot with `agent_bot: null` removes the bot (the controller reads params[:agent_bot]); the spec types it as a number.',
		apply(doc) {
			op(doc, `${ACCOUNT}/inboxes/{id}/set_agent_bot`, 'post').requestBody = {
				required: true,
				content: { 'application/json': { schema: { type: 'object', properties: { agent_bot: { type: ['number', 'null'] } }, required: ['agent_bot'] } } },
			};
		},
	},
];

/** Deep-clones the spec and applies every correction. */
export function correctSpec(original: Doc): Doc {
	const doc = JSON.parse(JSON.stringify(original));
	for (const correction of CORRECTIONS) correction.apply(doc);
	return doc;
}
