/**
 * Contacts (leads): `shared/api/cliengo.md` §4 and §5. Everything here is [3P-ref]/[3P-obs] unless
 * tagged otherwise; bodies of the routes documented as returning nothing are empty (204) [I].
 */
import type { FakeRequest } from '../../../fake-server';
import { buildContact } from '../factory';
import type { CliengoStore, ContactFilters } from '../store';
import { dayStart, parseDayOrInstant } from '../store';
import {
	CliengoHttpError,
	EMAIL_RE,
	LIST_QUERY,
	noContent,
	objectBody,
	ok,
	page,
	readPaging,
	single,
	type CliengoRoute,
	type RouteEnv,
} from '../shared';
import type { Contact } from '../types';

export const CONTACT_METHODS = ['WHATSAPP', 'FB_LEADADS', 'FORM', 'CHATBOT', 'API', 'ZAPIER'];
export const SELL_SUSCRIPTIONS = ['ONE_TIME', 'MONTHLY_SUSCRIPTION', 'YEARLY_SUSCRIPTION', 'OTHER_SELL_TYPE'];
export const EXTERNAL_STATUSES = ['NEW', 'ACTIVE', 'LONG_TERM', 'CLIENT'];

/** String fields accepted by POST /contacts; any other key is kept in `leadFields` [I]. */
const CREATE_STRINGS = [
	'name',
	'lastName',
	'email',
	'phone',
	'message',
	'status',
	'entryMethod',
	'utmSource',
	'utmMedium',
	'utmCampaign',
	'utmContent',
	'utmTerm',
	'conversionUrl',
	'landingUrl',
	'referalUrl',
	'assignedTo',
];

const PATCH_KEYS = [
	'name',
	'lastName',
	'email',
	'phone',
	'status',
	'subStatus',
	'rating',
	'assignedTo',
	'dueDate',
	'contactMethod',
	'note',
	'scheduleStatusTo',
	'scheduleDate',
	'sellPrice',
	'sellSuscription',
	'cancelReason',
	'extraParams',
];

export const CONTACT_LIST_QUERY = [...LIST_QUERY, 'since', 'until', 'query', 'assignedTo', 'websiteId', 'status', 'lastUpdated'];

export function contactRoutes(env: RouteEnv): Array<CliengoRoute<CliengoStore>> {
	const bad = (message: string) => new CliengoHttpError(400, env.errorBody(message, 400));
	const notFound = () => new CliengoHttpError(404, env.errorBody('Contact not found', 404));

	const find = (store: CliengoStore, req: FakeRequest): Contact => {
		const contact = store.contacts.get(req.params.contactId);
		if (!contact) throw notFound();
		return contact;
	};

	const str = (body: Record<string, unknown>, key: string): string | null | undefined => {
		const value = body[key];
		if (value === undefined) return undefined;
		if (value === null) return null;
		if (typeof value !== 'string') throw bad(`${key} must be a string`);
		return value;
	};

	const checkEmail = (email: string | null | undefined) => {
		if (email && !EMAIL_RE.test(email)) throw bad('Invalid email');
	};

	const checkAssignee = (store: CliengoStore, value: string | null | undefined, allowUnassigned: boolean) => {
		if (value === undefined || value === null) return;
		if (allowUnassigned && value === 'UNASSIGNED') return;
		if (!store.user(value)) throw bad('Invalid assignedTo: no such user');
	};

	const checkDate = (key: string, value: unknown) => {
		if (value === undefined || value === null) return;
		if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw bad(`${key} must be an RFC 3339 date`);
	};

	return [
		{
			method: 'GET',
			path: '/1.0/contacts',
			name: 'contacts.list',
			query: CONTACT_LIST_QUERY,
			handler: (req, store) => {
				const paging = readPaging(req, env.paging);
				const filters: ContactFilters = {};
				for (const key of ['since', 'until'] as const) {
					const value = single(req, key);
					if (value === undefined || value === '') continue;
					// [3P-obs] `YYYY-MM-DD`; [I] anything else is refused.
					if (dayStart(value) === undefined) throw bad(`Invalid ${key} date, expected YYYY-MM-DD`);
					filters[key] = value;
				}
				const lastUpdated = single(req, 'lastUpdated');
				if (lastUpdated !== undefined && lastUpdated !== '') {
					if (parseDayOrInstant(lastUpdated) === undefined) throw bad('Invalid lastUpdated date, expected YYYY-MM-DD');
					filters.lastUpdated = lastUpdated;
				}
				for (const key of ['query', 'assignedTo', 'websiteId', 'status'] as const) {
					const value = single(req, key);
					if (value !== undefined && value !== '') filters[key] = value;
				}
				return page(store.filterContacts(filters), paging, env.listKey('contacts'));
			},
		},
		{
			method: 'POST',
			path: '/1.0/contacts',
			name: 'contacts.create',
			body: '*',
			handler: (req, store) => {
				const body = objectBody(req, env.errorBody);
				const websiteId = str(body, 'websiteId');
				if (!websiteId) throw bad('websiteId is required');
				if (!store.site(websiteId)) throw bad('Invalid websiteId: no such website');
				const input: Record<string, unknown> = { websiteId };
				for (const key of CREATE_STRINGS) {
					const value = str(body, key);
					if (value !== undefined) input[key] = value;
				}
				checkEmail(input.email as string | undefined);
				checkAssignee(store, input.assignedTo as string | undefined, false);
				const leadFields: Record<string, unknown> = {};
				for (const [key, value] of Object.entries(body)) {
					if (key !== 'websiteId' && !CREATE_STRINGS.includes(key)) leadFields[key] = value;
				}
				const contact = store.addContact(buildContact(store, { ...input, leadFields }));
				store.addHistory(contact.id, { type: 'CREATED', from: null, to: contact.status, message: null });
				return ok(contact, 201);
			},
		},
		{
			method: 'GET',
			path: '/1.0/contacts/:contactId',
			name: 'contacts.get',
			handler: (req, store) => ok(find(store, req)),
		},
		{
			method: 'PATCH',
			path: '/1.0/contacts/:contactId',
			name: 'contacts.update',
			body: PATCH_KEYS,
			handler: (req, store) => {
				const contact = find(store, req);
				const body = objectBody(req, env.errorBody);
				const next: Partial<Contact> = {};
				for (const key of ['name', 'lastName', 'email', 'phone', 'status', 'subStatus', 'scheduleStatusTo'] as const) {
					const value = str(body, key);
					if (value !== undefined) (next as Record<string, unknown>)[key] = value;
				}
				checkEmail(next.email);
				if (body.rating !== undefined && body.rating !== null) {
					if (typeof body.rating !== 'number' || !Number.isInteger(body.rating) || body.rating < 0 || body.rating > 5) {
						throw bad('rating must be an integer from 0 to 5');
					}
					next.rating = body.rating;
				}
				const assignedTo = str(body, 'assignedTo');
				checkAssignee(store, assignedTo, true);
				if (assignedTo !== undefined) next.assignedTo = assignedTo === 'UNASSIGNED' ? null : assignedTo;
				for (const key of ['dueDate', 'scheduleDate'] as const) {
					checkDate(key, body[key]);
					if (body[key] !== undefined) next[key] = body[key] as string | null;
				}
				const method = str(body, 'contactMethod');
				if (method && !CONTACT_METHODS.includes(method)) throw bad(`contactMethod must be one of ${CONTACT_METHODS.join(', ')}`);
				if (method !== undefined) next.contactMethod = method;
				const sell = str(body, 'sellSuscription');
				if (sell && !SELL_SUSCRIPTIONS.includes(sell)) throw bad(`sellSuscription must be one of ${SELL_SUSCRIPTIONS.join(', ')}`);
				if (sell !== undefined) next.sellSuscription = sell;
				if (body.sellPrice !== undefined && body.sellPrice !== null) {
					if (typeof body.sellPrice !== 'number' || body.sellPrice < 0) throw bad('sellPrice must be a non-negative number');
					next.sellPrice = body.sellPrice;
				}
				if (body.cancelReason !== undefined && body.cancelReason !== null) {
					const reason = body.cancelReason;
					if (typeof reason !== 'number' || !Number.isInteger(reason) || reason < 1 || reason > 5) throw bad('cancelReason must be an integer from 1 to 5');
					next.cancelReason = reason;
				}
				if (body.extraParams !== undefined) {
					const extra = body.extraParams;
					if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) throw bad('extraParams must be an object');
					next.extraParams = { ...contact.extraParams, ...(extra as Record<string, unknown>) };
				}
				const note = str(body, 'note');
				if (next.status !== undefined && next.status !== contact.status) {
					store.addHistory(contact.id, { type: 'STATUS_CHANGE', from: contact.status, to: next.status, message: null });
				}
				if (next.assignedTo !== undefined && next.assignedTo !== contact.assignedTo) {
					store.addHistory(contact.id, { type: 'ASSIGNMENT', from: contact.assignedTo, to: next.assignedTo, message: null });
				}
				Object.assign(contact, next);
				if (note) {
					// [I] `note` on PATCH adds a note.
					contact.notes.push({ id: store.newId(), message: note, creationDate: store.nowIso(), creator: { id: null, name: 'API' } });
					store.addHistory(contact.id, { type: 'NOTE', from: null, to: null, message: note });
				}
				contact.lastUpdateDate = store.nowIso();
				return ok(contact);
			},
		},
		{
			method: 'DELETE',
			path: '/1.0/contacts/:contactId',
			name: 'contacts.delete',
			handler: (req, store) => {
				find(store, req);
				store.removeContact(req.params.contactId);
				return noContent;
			},
		},
		{
			method: 'PUT',
			path: '/1.0/contacts/:contactId/status',
			name: 'contacts.status',
			body: ['externalStatus'],
			handler: (req, store) => {
				const contact = find(store, req);
				const status = str(objectBody(req, env.errorBody), 'externalStatus');
				if (!status || !EXTERNAL_STATUSES.includes(status)) throw bad(`externalStatus must be one of ${EXTERNAL_STATUSES.join(', ')}`);
				if (status !== contact.status) store.addHistory(contact.id, { type: 'STATUS_CHANGE', from: contact.status, to: status, message: null });
				contact.externalStatus = status;
				contact.status = status;
				contact.lastUpdateDate = store.nowIso();
				return noContent;
			},
		},
		{
			method: 'POST',
			path: '/1.0/contacts/:contactId/tags',
			name: 'contacts.tags.add',
			body: ['tag'],
			handler: (req, store) => {
				const contact = find(store, req);
				const tag = str(objectBody(req, env.errorBody), 'tag');
				if (!tag || tag.trim() === '') throw bad('tag is required');
				if (!contact.tags.includes(tag)) contact.tags.push(tag);
				store.addHistory(contact.id, { type: 'TAG', from: null, to: tag, message: null });
				contact.lastUpdateDate = store.nowIso();
				return noContent;
			},
		},
		{
			method: 'GET',
			path: '/1.0/contacts/:contactId/messages',
			name: 'contacts.messages.list',
			handler: (req, store) => ok(store.contactMessages.get(find(store, req).id) ?? []),
		},
		{
			method: 'POST',
			path: '/1.0/contacts/:contactId/messages',
			name: 'contacts.messages.send',
			body: ['message'],
			handler: (req, store) => {
				const contact = find(store, req);
				const message = str(objectBody(req, env.errorBody), 'message');
				if (!message || message.trim() === '') throw bad('message is required');
				const list = store.contactMessages.get(contact.id) ?? [];
				list.push({ creationDate: store.nowIso(), message });
				store.contactMessages.set(contact.id, list);
				return noContent;
			},
		},
		{
			method: 'GET',
			path: '/1.0/contacts/:contactId/notes',
			name: 'contacts.notes.list',
			handler: (req, store) => ok(find(store, req).notes),
		},
		{
			method: 'POST',
			path: '/1.0/contacts/:contactId/notes',
			name: 'contacts.notes.add',
			body: ['message'],
			handler: (req, store) => {
				const contact = find(store, req);
				const message = str(objectBody(req, env.errorBody), 'message');
				if (!message || message.trim() === '') throw bad('message is required');
				contact.notes.push({ id: store.newId(), message, creationDate: store.nowIso(), creator: { id: null, name: 'API' } });
				store.addHistory(contact.id, { type: 'NOTE', from: null, to: null, message });
				contact.lastUpdateDate = store.nowIso();
				return noContent;
			},
		},
		{
			method: 'GET',
			path: '/1.0/contacts/:contactId/history',
			name: 'contacts.history',
			handler: (req, store) => ok(store.history.get(find(store, req).id) ?? []),
		},
	];
}
