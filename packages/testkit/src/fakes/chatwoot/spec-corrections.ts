/**
 * Where Chatwoot's server code and its bundled OpenAPI spec disagree, the code wins
 * (`shared/api/chatwoot.md` §10). These corrections patch an in-memory copy of the spec before
 * the validator walks it; the copied file `spec/swagger.json` itself is never edited.
 *
 * Tags: [C-code] confirmed from Chatwoot's server code (cited section of the reference);
 * [I] inferred — the validator is deliberately tolerant there.
 *
 * EXTRA OPERATIONS — routes the server has but the spec lacks, added with their own parameter
 * and body rules (each one is also implemented by the fake):
 *
 * | Route (relative to /api/v1/accounts/{account_id}) | Evidence |
 * |---|---|
 * | GET    /contacts/active                              | §4, §5, §6 [C-code] |
 * | PATCH  /contacts/{id}                                 | §4, §5 "PUT or PATCH" [C-code] |
 * | DELETE /conversations/{conversation_id}               | §5 [C-code] |
 * | PATCH  /conversations/{conversation_id}/messages/{message_id} | §5 [C-code]; API inboxes only, else 403 |
 * | PUT    /webhooks/{webhook_id}                         | §4, §5 "PATCH/PUT" [C-code] |
 * | GET    /conversations/{conversation_id}/attachments   | §6 (100 per page) [C-code] |
 * | GET/POST /contacts/{id}/notes, GET/PATCH/PUT/DELETE /contacts/{id}/notes/{note_id} | not in the reference; upstream `config/routes.rb` (`resources :notes` under contacts) and `contacts/notes_controller.rb` [C-code, read upstream] |
 *
 * Not added, although upstream `config/routes.rb` has them, because the reference does not
 * document them: `POST /conversations/{id}/unread`, `/mute`, `/unmute`, `/update_last_seen`,
 * `/transcript`, `GET /conversations/search`, `POST /contacts/import|export`, …
 *
 * `POST /conversations/{conversation_id}/toggle_priority` is already in the spec.
 */

/* eslint-disable @typescript-eslint/no-explicit-any */
type Doc = any;

export interface Correction {
	id: string;
	reason: string;
	apply(doc: Doc): void;
}

const ACCOUNT = '/api/v1/accounts/{account_id}';

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
];

/** Operations the server code has and the spec lacks (see the table at the top of this file). */
export function addExtraOperations(doc: Doc): void {
	const paths = doc.paths;
	const accountParam = { $ref: '#/components/parameters/account_id' };
	const contactIdParam = { in: 'path', name: 'id', required: true, schema: { type: 'integer' } };
	const conversationParam = { $ref: '#/components/parameters/conversation_id' };
	const pageParam = { $ref: '#/components/parameters/page' };
	const source = (text: string) => ({ 'x-fake-source': text });

	paths[`${ACCOUNT}/contacts/active`] = {
		get: {
			operationId: 'fake-contacts-active',
			...source('§4/§5/§6 [C-code]'),
			parameters: [
				accountParam,
				pageParam,
				{ $ref: '#/components/parameters/contact_sort_param' },
				{ in: 'query', name: 'include_contact_inboxes', required: false, schema: { type: 'string' } },
			],
		},
	};

	const contact = paths[`${ACCOUNT}/contacts/{id}`];
	contact.patch = { ...contact.put, operationId: 'fake-contact-update-patch', ...source('§4/§5 PUT or PATCH [C-code]') };

	paths[`${ACCOUNT}/conversations/{conversation_id}`].delete = {
		operationId: 'fake-conversation-delete',
		...source('§5 [C-code]'),
	};

	paths[`${ACCOUNT}/conversations/{conversation_id}/messages/{message_id}`].patch = {
		operationId: 'fake-message-status-update',
		...source('§5 [C-code]: API inboxes only'),
		requestBody: {
			required: true,
			content: {
				'application/json': {
					schema: {
						type: 'object',
						properties: { status: { type: 'string', enum: ['sent', 'delivered', 'read', 'failed'] }, external_error: { type: 'string' } },
					},
				},
			},
		},
	};

	const webhook = paths[`${ACCOUNT}/webhooks/{webhook_id}`];
	webhook.put = { ...webhook.patch, operationId: 'fake-webhook-update-put', ...source('§4/§5 PATCH/PUT [C-code]') };

	paths[`${ACCOUNT}/conversations/{conversation_id}/attachments`] = {
		get: { operationId: 'fake-conversation-attachments', ...source('§6 [C-code]'), parameters: [accountParam, conversationParam, pageParam] },
	};

	const noteBody = {
		content: {
			'application/json': {
				schema: {
					type: 'object',
					properties: { content: { type: 'string' }, note: { type: 'object', properties: { content: { type: 'string' } } } },
				},
			},
		},
	};
	const notesSource = source('upstream config/routes.rb `resources :notes` + contacts/notes_controller.rb [C-code, not in the reference]');
	paths[`${ACCOUNT}/contacts/{id}/notes`] = {
		parameters: [accountParam, contactIdParam],
		get: { operationId: 'fake-contact-notes-index', ...notesSource },
		post: { operationId: 'fake-contact-notes-create', ...notesSource, requestBody: noteBody },
	};
	const noteIdParam = { in: 'path', name: 'note_id', required: true, schema: { type: 'integer' } };
	paths[`${ACCOUNT}/contacts/{id}/notes/{note_id}`] = {
		parameters: [accountParam, contactIdParam, noteIdParam],
		get: { operationId: 'fake-contact-notes-show', ...notesSource },
		patch: { operationId: 'fake-contact-notes-update', ...notesSource, requestBody: noteBody },
		put: { operationId: 'fake-contact-notes-update-put', ...notesSource, requestBody: noteBody },
		delete: { operationId: 'fake-contact-notes-delete', ...notesSource },
	};
}

/** Deep-clones the spec and applies every correction plus the extra operations. */
export function correctSpec(original: Doc): Doc {
	const doc = JSON.parse(JSON.stringify(original));
	for (const correction of CORRECTIONS) correction.apply(doc);
	addExtraOperations(doc);
	return doc;
}
