/**
 * Contacts (`/api/v1/accounts/{account_id}/contacts…`), contact labels, contact inboxes,
 * contact notes and contact merge. Envelopes per `shared/api/chatwoot.md` §4, pagination per §6:
 * - list / active / filter: 15 per page, `meta.count` = total matching, `meta.current_page`;
 * - search: 15 per page, `meta.count` = rows on this page, `meta.has_more`, no total.
 */
import { ok, headOk, jsonBody, objectSchema, queryParam, specParam, type Ctx, type RouteDef } from '../dsl';
import { HttpError, notFound } from '../errors';
import { applyFilter, parseConditions } from '../filters';
import type { ContactInput } from '../store';
import type { Contact } from '../types';
import { attachmentView, contactInboxView, contactView, conversationView, inboxView, noteView } from '../views';
import { asRecord, asStringList, canSeeConversation, findContact, findInbox, paginate } from './helpers';

export const CONTACTS_PER_PAGE = 15;
const A = '/api/v1/accounts/{account_id}';

/** The value a contact is sorted by for `sort` (its key without the `-` prefix). */
function sortValue(key: string | undefined): (c: Contact) => string | number | null {
	return (c: Contact): string | number | null => {
		switch (key) {
			case 'name':
				return c.name.toLowerCase();
			case 'email':
				return c.email;
			case 'phone_number':
				return c.phone_number;
			case 'created_at':
				return c.created_at;
			case 'company_name':
				return (c.additional_attributes.company_name as string | undefined) ?? null;
			case 'city':
				return (c.additional_attributes.city as string | undefined) ?? null;
			case 'country':
				return (c.additional_attributes.country as string | undefined) ?? null;
			default:
				return c.last_activity_at;
		}
	};
}

/** Sort keys accepted by `sort` (`-` prefix = descending). */
function sortContacts(contacts: Contact[], sort: string | undefined): Contact[] {
	const desc = sort?.startsWith('-') ?? false;
	const key = sort ? sort.replace(/^-/, '') : undefined;
	const valueOf = sortValue(key);
	// Default order [I]: last activity, most recent first.
	const descending = key === undefined ? true : desc;
	return [...contacts].sort((a, b) => {
		const va = valueOf(a);
		const vb = valueOf(b);
		if (va === vb) return descending ? b.id - a.id : a.id - b.id;
		if (va === null) return 1; // NULLS LAST
		if (vb === null) return -1;
		const cmp = va < vb ? -1 : 1;
		return descending ? -cmp : cmp;
	});
}

function withInboxes(ctx: Ctx): boolean {
	return ctx.str('include_contact_inboxes') !== 'false';
}

interface SortedContacts {
	/** The list that was sorted, in its order, and each contact's sort value then. */
	input: Contact[];
	values: Array<string | number | null>;
	sorted: Contact[];
}

/** The last sort of each state's contact list, by `sort` parameter (contacts.index only). */
const sortCache = new WeakMap<object, Map<string, SortedContacts>>();

/**
 * `sortContacts` of the account's list, sorted again only when it changed: a contact added,
 * removed or reordered, or a sort value changed (by a request or by a test writing the state
 * directly). Checking that takes one pass without allocation; sorting every page request made
 * Return All over N contacts cost N² log N and hid the node's own time in benchmarks.
 */
function sortContactsCached(state: object, contacts: Contact[], sort: string | undefined): Contact[] {
	const valueOf = sortValue(sort ? sort.replace(/^-/, '') : undefined);
	let byState = sortCache.get(state);
	if (!byState) sortCache.set(state, (byState = new Map()));
	const hit = byState.get(sort ?? '');
	if (hit && hit.input.length === contacts.length && contacts.every((c, i) => c === hit.input[i] && valueOf(c) === hit.values[i])) return hit.sorted;
	const sorted = sortContacts(contacts, sort);
	byState.set(sort ?? '', { input: [...contacts], values: contacts.map(valueOf), sorted });
	return sorted;
}

function listEnvelope(ctx: Ctx, all: Contact[], opts: { cacheSort?: boolean } = {}) {
	const page = ctx.page();
	const sorted = opts.cacheSort ? sortContactsCached(ctx.state, all, ctx.str('sort')) : sortContacts(all, ctx.str('sort'));
	const rows = paginate(sorted, page, CONTACTS_PER_PAGE);
	const include = withInboxes(ctx);
	return ok({
		meta: { count: all.length, current_page: page },
		payload: rows.map((c) => contactView(ctx.state, c, { withContactInboxes: include })),
	});
}

/** Reads contact attributes from the top level, or from a `contact` wrapper. */
function contactInput(ctx: Ctx): ContactInput {
	const source = asRecord(ctx.body.contact) ?? ctx.p;
	const input: ContactInput = {};
	for (const key of ['name', 'email', 'phone_number', 'identifier'] as const) {
		if (source[key] !== undefined) input[key] = source[key] === null ? null : String(source[key]);
	}
	if (typeof source.avatar_url === 'string') input.avatar_url = source.avatar_url;
	if (source.blocked !== undefined) input.blocked = ctx.bool('blocked', source) ?? false;
	const additional = asRecord(source.additional_attributes);
	if (additional) input.additional_attributes = additional;
	const custom = asRecord(source.custom_attributes);
	if (custom) input.custom_attributes = custom;
	return input;
}

/** Attribute lookup for `POST /contacts/filter`. */
function contactAttribute(ctx: Ctx) {
	const customKeys = new Set(
		ctx.state.customAttributeDefinitions.filter((d) => d.account_id === ctx.acct.id && d.attribute_model === 1).map((d) => d.attribute_key),
	);
	return (c: Contact, key: string) => {
		const add = c.additional_attributes;
		switch (key) {
			case 'name':
			case 'email':
			case 'phone_number':
			case 'identifier':
			case 'blocked':
			case 'created_at':
			case 'last_activity_at':
				return { known: true, value: c[key] };
			case 'country_code':
			case 'city':
			case 'referer':
			case 'browser_language':
				return { known: true, value: add[key] ?? null };
			case 'company':
			case 'company_name':
				return { known: true, value: add.company_name ?? null };
			case 'labels':
				return { known: true, value: c.labels };
			default:
				if (customKeys.has(key) || key in c.custom_attributes) return { known: true, value: c.custom_attributes[key] ?? null };
				return { known: false, value: undefined };
		}
	};
}

export function contactRoutes(): RouteDef[] {
	const account = { kind: 'account' as const };
	const admin = { kind: 'account' as const, admin: true };
	return [
		{
			method: 'GET',
			path: `${A}/contacts`,
			name: 'contacts.index',
			access: account,
			handle: (ctx) => {
				const contacts = ctx.state.contactsOf(ctx.acct.id);
				const labels = asStringList(ctx.p.labels);
				if (labels.length) return listEnvelope(ctx, contacts.filter((c) => c.labels.some((l) => labels.includes(l))));
				return listEnvelope(ctx, contacts, { cacheSort: true });
			},
		},
		{
			method: 'GET',
			path: `${A}/contacts/active`,
			name: 'contacts.active',
			// §4, §5, §6 [C-code]
			source: 'code',
			spec: { params: [specParam('page'), specParam('contact_sort_param'), queryParam('include_contact_inboxes', { type: 'string' })] },
			access: account,
			handle: (ctx) => listEnvelope(ctx, ctx.state.contactsOf(ctx.acct.id).filter((c) => c.availability_status === 'online')),
		},
		{
			method: 'GET',
			path: `${A}/contacts/search`,
			name: 'contacts.search',
			access: account,
			handle: (ctx) => {
				const q = ctx.str('q');
				if (!q) throw new HttpError(422, { error: 'Specify search string with parameter q' });
				const needle = q.toLowerCase();
				const matches = ctx.state.contactsOf(ctx.acct.id).filter(
					(c) =>
						c.name.toLowerCase().includes(needle) ||
						(c.email ?? '').toLowerCase().includes(needle) ||
						(c.phone_number ?? '').toLowerCase().includes(needle) ||
						(c.identifier ?? '').includes(q), // LIKE (case-sensitive) on identifier
				);
				const page = ctx.page();
				// The server fetches 16 rows from offset (page-1)*15 and reports whether a 16th exists.
				const window = sortContacts(matches, ctx.str('sort')).slice((page - 1) * CONTACTS_PER_PAGE, page * CONTACTS_PER_PAGE + 1);
				const rows = window.slice(0, CONTACTS_PER_PAGE);
				const include = withInboxes(ctx);
				return ok({
					meta: { count: rows.length, current_page: page, has_more: window.length > CONTACTS_PER_PAGE },
					payload: rows.map((c) => contactView(ctx.state, c, { withContactInboxes: include })),
				});
			},
		},
		{
			method: 'POST',
			path: `${A}/contacts/filter`,
			name: 'contacts.filter',
			access: account,
			handle: (ctx) => {
				const conditions = parseConditions(ctx.body.payload);
				const matches = applyFilter(ctx.state.contactsOf(ctx.acct.id), conditions, contactAttribute(ctx), ctx.state.now());
				return listEnvelope(ctx, matches);
			},
		},
		{
			method: 'POST',
			path: `${A}/contacts`,
			name: 'contacts.create',
			access: account,
			handle: (ctx) => {
				const inboxId = ctx.p.inbox_id;
				const inbox = inboxId === undefined || inboxId === null || inboxId === '' ? undefined : findInbox(ctx, inboxId);
				const contact = ctx.state.createContact(ctx.acct.id, contactInput(ctx));
				const contactInbox = inbox ? ctx.state.ensureContactInbox(contact, inbox, ctx.str('source_id')) : undefined;
				return ok({
					payload: {
						contact: contactView(ctx.state, contact, { withContactInboxes: true }),
						contact_inbox: { inbox: inbox ? inboxView(inbox) : null, source_id: contactInbox?.source_id ?? null },
					},
				});
			},
		},
		{
			method: 'GET',
			path: `${A}/contacts/{id}`,
			name: 'contacts.show',
			access: account,
			handle: (ctx) => ok({ payload: contactView(ctx.state, findContact(ctx), { withContactInboxes: withInboxes(ctx) }) }),
		},
		...(['PUT', 'PATCH'] as const).map(
			(method): RouteDef => ({
				method,
				path: `${A}/contacts/{id}`,
				name: method === 'PUT' ? 'contacts.update' : 'contacts.update_patch',
				// PATCH: §4, §5 "PUT or PATCH" [C-code]; the spec has PUT only.
				source: method === 'PUT' ? 'spec' : 'code',
				spec: method === 'PATCH' ? { like: 'PUT' } : undefined,
				access: account,
				// 200 {payload: contact} (the spec says 204, §10 #4).
				handle: (ctx) => {
					const contact = ctx.state.updateContact(findContact(ctx), contactInput(ctx));
					return ok({ payload: contactView(ctx.state, contact, { withContactInboxes: true }) });
				},
			}),
		),
		{
			method: 'DELETE',
			path: `${A}/contacts/{id}`,
			name: 'contacts.destroy',
			access: admin,
			handle: (ctx) => {
				const contact = findContact(ctx);
				if (contact.availability_status === 'online') {
					throw new HttpError(422, { message: `${contact.name} is Online, please try again later` });
				}
				ctx.state.deleteContact(contact);
				return headOk();
			},
		},
		{
			method: 'GET',
			path: `${A}/contacts/{id}/conversations`,
			name: 'contacts.conversations',
			access: account,
			handle: (ctx) => {
				const contact = findContact(ctx);
				const conversations = ctx.state
					.conversationsOf(ctx.acct.id)
					.filter((c) => c.contact_id === contact.id && canSeeConversation(ctx, c))
					.sort((a, b) => b.last_activity_at - a.last_activity_at || b.id - a.id);
				return ok({ payload: conversations.map((c) => conversationView(ctx.state, c)) });
			},
		},
		{
			method: 'GET',
			path: `${A}/contacts/{id}/labels`,
			name: 'contacts.labels.index',
			access: account,
			handle: (ctx) => ok({ payload: findContact(ctx).labels }),
		},
		{
			method: 'POST',
			path: `${A}/contacts/{id}/labels`,
			name: 'contacts.labels.create',
			access: account,
			handle: (ctx) => {
				const contact = findContact(ctx);
				// Replaces the whole set (`update_labels`, §4 / §10 #10).
				contact.labels = [...new Set(asStringList(ctx.p.labels))];
				contact.updated_at = ctx.state.now();
				return ok({ payload: contact.labels });
			},
		},
		{
			method: 'POST',
			path: `${A}/contacts/{id}/contact_inboxes`,
			name: 'contacts.contact_inboxes.create',
			access: account,
			handle: (ctx) => {
				const contact = findContact(ctx);
				const inbox = findInbox(ctx, ctx.require('inbox_id'));
				const contactInbox = ctx.state.ensureContactInbox(contact, inbox, ctx.str('source_id'));
				return ok(contactInboxView(ctx.state, contactInbox));
			},
		},
		{
			method: 'GET',
			path: `${A}/contacts/{id}/contactable_inboxes`,
			name: 'contacts.contactable_inboxes',
			access: account,
			handle: (ctx) => {
				const contact = findContact(ctx);
				const payload = ctx.state.inboxes
					.filter((i) => i.account_id === ctx.acct.id)
					.map((inbox) => {
						const existing = ctx.state.contactInboxes.find((ci) => ci.contact_id === contact.id && ci.inbox_id === inbox.id);
						const sourceId =
							existing?.source_id ??
							(inbox.channel_type === 'Channel::Email' ? contact.email : inbox.channel_type === 'Channel::Sms' || inbox.channel_type === 'Channel::Whatsapp' ? contact.phone_number : inbox.channel_type === 'Channel::Api' ? ctx.state.uuid() : null);
						return sourceId ? { source_id: sourceId, inbox: inboxView(inbox) } : undefined;
					})
					.filter(Boolean);
				return ok({ payload });
			},
		},
		{
			method: 'POST',
			path: `${A}/actions/contact_merge`,
			name: 'contacts.merge',
			access: account,
			handle: (ctx) => {
				const base = findContact(ctx, ctx.require('base_contact_id'));
				const mergee = findContact(ctx, ctx.require('mergee_contact_id'));
				if (base.id === mergee.id) throw new HttpError(422, { error: 'contact does not belong to the account or is the same contact' });
				const state = ctx.state;
				for (const c of state.conversations) if (c.contact_id === mergee.id) c.contact_id = base.id;
				for (const ci of state.contactInboxes) if (ci.contact_id === mergee.id) ci.contact_id = base.id;
				for (const n of state.notes) if (n.contact_id === mergee.id) n.contact_id = base.id;
				for (const m of state.messages) if (m.sender?.type === 'Contact' && m.sender.id === mergee.id) m.sender = { type: 'Contact', id: base.id };
				base.email ??= mergee.email;
				base.phone_number ??= mergee.phone_number;
				base.identifier ??= mergee.identifier;
				if (!base.name) base.name = mergee.name;
				base.additional_attributes = { ...mergee.additional_attributes, ...base.additional_attributes };
				base.custom_attributes = { ...mergee.custom_attributes, ...base.custom_attributes };
				base.labels = [...new Set([...base.labels, ...mergee.labels])];
				state.contacts = state.contacts.filter((c) => c.id !== mergee.id);
				return ok(contactView(state, base));
			},
		},
		{
			// Code-confirmed: routes.rb; `contacts_controller#destroy_custom_attributes`
			// (`custom_attributes.excluding(keys)`) [C-code]; the `{payload: contact}` envelope [I] like show.
			method: 'POST',
			path: `${A}/contacts/{id}/destroy_custom_attributes`,
			name: 'contacts.destroy_custom_attributes',
			source: 'code',
			spec: { body: jsonBody(objectSchema({ custom_attributes: { type: 'array', items: { type: 'string' } } }, ['custom_attributes'])) },
			access: account,
			handle: (ctx) => {
				const contact = findContact(ctx);
				const keys = asStringList(ctx.require('custom_attributes'));
				const kept = Object.fromEntries(Object.entries(contact.custom_attributes).filter(([k]) => !keys.includes(k)));
				contact.custom_attributes = kept;
				contact.updated_at = ctx.state.now();
				return ok({ payload: contactView(ctx.state, contact, { withContactInboxes: true }) });
			},
		},
		...noteRoutes(),
		// POST /contact_inboxes/filter [C-code: ContactInboxesController#filter]: the inbox must be the
		// account's (404 otherwise), no contact inbox with that source id → 404 with an empty body;
		// renders the contact [I: `{payload: contact}`, the node reads a bare contact too].
		{
			method: 'POST',
			path: `${A}/contact_inboxes/filter`,
			name: 'contact_inboxes.filter',
			source: 'code',
			spec: { body: jsonBody(objectSchema({ inbox_id: { type: 'integer' }, source_id: { type: 'string' } })) },
			access: account,
			handle: (ctx) => {
				const inbox = findInbox(ctx, ctx.p.inbox_id);
				const sourceId = ctx.str('source_id');
				const contactInbox = ctx.state.contactInboxes.find((ci) => ci.inbox_id === inbox.id && ci.source_id === sourceId);
				const contact = contactInbox && ctx.state.contacts.find((c) => c.id === contactInbox.contact_id);
				if (!contact) return { status: 404 };
				return ok({ payload: contactView(ctx.state, contact, { withContactInboxes: true }) });
			},
		},
		// GET /contacts/{contact_id}/attachments [C-code: Contacts::AttachmentsController, 100 per page,
		// newest first, only the conversations the user may see]: `{meta:{total_count}, payload}` [I: the view].
		{
			method: 'GET',
			path: `${A}/contacts/{contact_id}/attachments`,
			name: 'contacts.attachments',
			source: 'code',
			spec: { params: [specParam('page')] },
			access: account,
			handle: (ctx) => {
				const contact = findContact(ctx, ctx.params.contact_id);
				const attachments = ctx.state.conversations
					.filter((c) => c.account_id === ctx.acct.id && c.contact_id === contact.id && canSeeConversation(ctx, c))
					.flatMap((c) => ctx.state.messagesOf(c))
					.flatMap((m) => m.attachments.map((a) => ({ a, created: m.created_at })))
					.sort((x, y) => y.created - x.created || y.a.id - x.a.id)
					.map((x) => x.a);
				return ok({ meta: { total_count: attachments.length }, payload: paginate(attachments, ctx.page(), 100).map((a) => attachmentView(ctx.state, a)) });
			},
		},
		// POST /contacts/export [C-code: ContactsController#export]: queues the CSV export (mailed to the
		// user), `column_names`, a filter `payload` and a `label`; answers 200 with an empty body.
		{
			method: 'POST',
			path: `${A}/contacts/export`,
			name: 'contacts.export',
			source: 'code',
			spec: { body: jsonBody(objectSchema({ column_names: { type: 'array', items: { type: 'string' } }, payload: { type: 'array' }, label: { type: 'string' } }), false) },
			access: account,
			handle: (ctx) => {
				ctx.state.contactExports.push({ account_id: ctx.acct.id, user_id: ctx.user?.id ?? null, column_names: ctx.body.column_names ?? null, payload: ctx.body.payload ?? null, label: ctx.body.label ?? null });
				return headOk();
			},
		},
		// POST /contacts/import [C-code: ContactsController#import]: multipart `import_file` (a CSV), kept as
		// a data import that a job reads; 200 with an empty body; no file → 422 [I: the message].
		{
			method: 'POST',
			path: `${A}/contacts/import`,
			name: 'contacts.import',
			source: 'code',
			spec: { body: { required: true, content: { 'multipart/form-data': { schema: objectSchema({ import_file: { type: 'string', format: 'binary' } }) } } } },
			access: account,
			handle: (ctx) => {
				const file = asRecord(ctx.body.import_file);
				if (!file || file.__file !== true) throw new HttpError(422, { error: 'File is blank' });
				const data = file.data as Buffer;
				ctx.state.contactImports.push({ account_id: ctx.acct.id, filename: String(file.filename), content_type: String(file.contentType), text: data.toString('utf8') });
				return headOk();
			},
		},
	];
}

/**
 * Contact notes: not in the reference nor the spec; upstream `config/routes.rb` (`resources :notes`
 * under contacts) and `contacts/notes_controller.rb` [C-code, read upstream].
 */
function noteRoutes(): RouteDef[] {
	const account = { kind: 'account' as const };
	const body = { body: jsonBody(objectSchema({ content: { type: 'string' }, note: objectSchema({ content: { type: 'string' } }) }), false) };
	const content = (ctx: Ctx): string | undefined => {
		const source = asRecord(ctx.body.note) ?? ctx.p;
		return source.content === undefined || source.content === null ? undefined : String(source.content);
	};
	const findNote = (ctx: Ctx) => {
		const contact = findContact(ctx);
		const note = ctx.state.notes.find((n) => n.contact_id === contact.id && String(n.id) === ctx.params.note_id);
		if (!note) throw notFound();
		return note;
	};
	const update = (ctx: Ctx) => {
		const note = findNote(ctx);
		const text = content(ctx);
		if (text !== undefined) note.content = text;
		note.updated_at = ctx.state.now();
		return ok(noteView(ctx.state, note));
	};
	return [
		{
			method: 'GET',
			path: `${A}/contacts/{id}/notes`,
			name: 'contacts.notes.index',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const contact = findContact(ctx);
				const notes = ctx.state.notes.filter((n) => n.contact_id === contact.id).sort((a, b) => b.created_at - a.created_at || b.id - a.id);
				return ok(notes.map((n) => noteView(ctx.state, n)));
			},
		},
		{
			method: 'POST',
			path: `${A}/contacts/{id}/notes`,
			name: 'contacts.notes.create',
			source: 'code',
			spec: body,
			access: account,
			handle: (ctx) => {
				const contact = findContact(ctx);
				const text = content(ctx);
				if (!text) throw new HttpError(422, { message: "Content can't be blank", attributes: ['content'] });
				const now = ctx.state.now();
				const note = { id: ctx.state.nextId('notes'), account_id: ctx.acct.id, contact_id: contact.id, user_id: ctx.user?.id ?? null, content: text, created_at: now, updated_at: now };
				ctx.state.notes.push(note);
				return ok(noteView(ctx.state, note));
			},
		},
		{
			method: 'GET',
			path: `${A}/contacts/{id}/notes/{note_id}`,
			name: 'contacts.notes.show',
			source: 'code',
			access: account,
			handle: (ctx) => ok(noteView(ctx.state, findNote(ctx))),
		},
		{ method: 'PATCH', path: `${A}/contacts/{id}/notes/{note_id}`, name: 'contacts.notes.update', source: 'code', spec: body, access: account, handle: update },
		{ method: 'PUT', path: `${A}/contacts/{id}/notes/{note_id}`, name: 'contacts.notes.update_put', source: 'code', spec: body, access: account, handle: update },
		{
			method: 'DELETE',
			path: `${A}/contacts/{id}/notes/{note_id}`,
			name: 'contacts.notes.destroy',
			source: 'code',
			access: account,
			handle: (ctx) => {
				const note = findNote(ctx);
				ctx.state.notes = ctx.state.notes.filter((n) => n !== note);
				return headOk();
			},
		},
	];
}

