/**
 * Companies (Enterprise CRM, `/api/v1/accounts/{account_id}/companies…`): code-confirmed routes
 * from Chatwoot's `config/routes.rb` (the spec has none), shapes from the Enterprise controllers
 * and jbuilder views ([I] where inferred):
 *
 * | Route (relative to the account) | Response |
 * |---|---|
 * | GET /companies, GET /companies/search?q= | `{meta:{total_count, page}, payload:[company]}`, 25 per page [I: page size], by name |
 * | POST /companies, GET/PATCH/PUT /companies/{id} | `{payload: company}` |
 * | DELETE /companies/{id} | 200, empty body |
 * | POST /companies/{id}/destroy_custom_attributes | `{payload: company}` |
 * | GET /companies/{company_id}/contacts[/search?q=] | `{meta:{total_count, page}, payload:[contact]}`, 15 per page; search: contacts not in the company |
 * | POST /companies/{company_id}/contacts (`contact_id`) | `{payload: contact}` |
 * | DELETE /companies/{company_id}/contacts/{id} | 200, empty body |
 * | GET /companies/{company_id}/conversations | `{payload:[conversation]}`, one page [I] |
 * | GET /companies/{company_id}/notes | `{payload:[note + contact]}`, the latest 20 |
 */
import { ok, headOk, jsonBody, objectSchema, pageParam, queryParam, type Ctx, type RouteDef } from '../dsl';
import { HttpError, MESSAGES, notFound, recordInvalid } from '../errors';
import type { Company } from '../types';
import { contactView, conversationView, noteView } from '../views';
import { asRecord, asStringList, findContact, paginate } from './helpers';

const A = '/api/v1/accounts/{account_id}';
export const COMPANIES_PER_PAGE = 25;
export const COMPANY_CONTACTS_PER_PAGE = 15;
export const COMPANY_NOTES_LIMIT = 20;

export function companyView(c: Company) {
	return {
		id: c.id,
		name: c.name,
		contacts_count: c.contact_ids.length,
		domain: c.domain,
		description: c.description,
		avatar_url: '',
		custom_attributes: c.custom_attributes,
		created_at: new Date(c.created_at * 1000).toISOString(),
		updated_at: new Date(c.updated_at * 1000).toISOString(),
	};
}

function findCompany(ctx: Ctx, param: string): Company {
	const raw = ctx.params[param] ?? '';
	const found = /^\d+$/.test(raw) ? ctx.state.companies.find((c) => c.account_id === ctx.acct.id && c.id === Number(raw)) : undefined;
	if (!found) throw notFound();
	return found;
}

const byName = (a: Company, b: Company) => a.name.localeCompare(b.name) || a.id - b.id;

function companyPage(ctx: Ctx, rows: Company[]) {
	const page = ctx.page();
	return ok({ meta: { total_count: rows.length, page }, payload: paginate(rows, page, COMPANIES_PER_PAGE).map(companyView) });
}

function searchText(ctx: Ctx): string {
	const q = ctx.str('q')?.trim();
	if (!q) throw new HttpError(422, { error: MESSAGES.searchWithoutQ });
	return q.toLowerCase();
}

/** `params.require(:company).permit(:name, :domain, :description, custom_attributes: {})`, or the flat body Rails wraps. */
function applyCompany(ctx: Ctx, company: Company, creating: boolean): void {
	const source = asRecord(ctx.body.company) ?? ctx.body;
	if (source.name !== undefined) company.name = String(source.name ?? '').trim();
	if (source.domain !== undefined) company.domain = source.domain === null ? null : String(source.domain);
	if (source.description !== undefined) company.description = source.description === null ? null : String(source.description);
	const custom = asRecord(source.custom_attributes);
	if (custom) company.custom_attributes = { ...company.custom_attributes, ...custom };
	const errors = [];
	if (!company.name) errors.push({ attribute: 'name', message: "can't be blank" });
	if (company.domain && !/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i.test(company.domain)) errors.push({ attribute: 'domain', message: 'must be a valid domain name' });
	if (company.domain && ctx.state.companies.some((c) => c !== company && c.account_id === company.account_id && c.domain === company.domain)) {
		errors.push({ attribute: 'domain', message: 'has already been taken' });
	}
	if (errors.length) throw recordInvalid(errors);
	if (!creating) company.updated_at = ctx.state.now();
}

const companyBody = jsonBody(
	objectSchema({
		company: objectSchema({ name: { type: 'string' }, domain: { type: 'string' }, description: { type: 'string' }, custom_attributes: { type: 'object' } }),
	}),
);

export function companyRoutes(): RouteDef[] {
	const account = { kind: 'account' } as const;
	const code = 'code' as const;
	return [
		{
			method: 'GET',
			path: `${A}/companies`,
			name: 'companies.index',
			source: code,
			spec: { params: [pageParam, queryParam('sort', { type: 'string' })] },
			access: account,
			handle: (ctx) => companyPage(ctx, ctx.state.companies.filter((c) => c.account_id === ctx.acct.id).sort(byName)),
		},
		{
			method: 'GET',
			path: `${A}/companies/search`,
			name: 'companies.search',
			source: code,
			spec: { params: [pageParam, queryParam('q', { type: 'string' })] },
			access: account,
			handle: (ctx) => {
				const q = searchText(ctx);
				const hit = (c: Company) => c.name.toLowerCase().includes(q) || (c.domain ?? '').toLowerCase().includes(q);
				return companyPage(ctx, ctx.state.companies.filter((c) => c.account_id === ctx.acct.id && hit(c)).sort(byName));
			},
		},
		{
			method: 'POST',
			path: `${A}/companies`,
			name: 'companies.create',
			source: code,
			spec: { body: companyBody },
			access: account,
			handle: (ctx) => {
				const now = ctx.state.now();
				const company: Company = { id: 0, account_id: ctx.acct.id, name: '', domain: null, description: null, custom_attributes: {}, contact_ids: [], created_at: now, updated_at: now };
				if (!asRecord(ctx.body.company) && !Object.keys(ctx.body).length) throw new HttpError(422, { error: 'param is missing or the value is empty: company' });
				applyCompany(ctx, company, true);
				company.id = ctx.state.nextId('companies');
				ctx.state.companies.push(company);
				return ok({ payload: companyView(company) });
			},
		},
		{
			method: 'GET',
			path: `${A}/companies/{id}`,
			name: 'companies.show',
			source: code,
			access: account,
			handle: (ctx) => ok({ payload: companyView(findCompany(ctx, 'id')) }),
		},
		...(['PATCH', 'PUT'] as const).map(
			(method): RouteDef => ({
				method,
				path: `${A}/companies/{id}`,
				name: 'companies.update',
				source: code,
				spec: { body: companyBody },
				access: account,
				handle: (ctx) => {
					const company = findCompany(ctx, 'id');
					applyCompany(ctx, company, false);
					return ok({ payload: companyView(company) });
				},
			}),
		),
		{
			method: 'DELETE',
			path: `${A}/companies/{id}`,
			name: 'companies.destroy',
			source: code,
			access: account,
			handle: (ctx) => {
				const company = findCompany(ctx, 'id');
				ctx.state.companies = ctx.state.companies.filter((c) => c !== company);
				return headOk();
			},
		},
		{
			method: 'POST',
			path: `${A}/companies/{id}/destroy_custom_attributes`,
			name: 'companies.destroy_custom_attributes',
			source: code,
			spec: { body: jsonBody(objectSchema({ custom_attributes: { type: 'array', items: { type: 'string' } } }, ['custom_attributes'])) },
			access: account,
			handle: (ctx) => {
				const company = findCompany(ctx, 'id');
				const keys = asStringList(ctx.require('custom_attributes'));
				company.custom_attributes = Object.fromEntries(Object.entries(company.custom_attributes).filter(([k]) => !keys.includes(k)));
				company.updated_at = ctx.state.now();
				return ok({ payload: companyView(company) });
			},
		},
		{
			method: 'GET',
			path: `${A}/companies/{company_id}/contacts`,
			name: 'companies.contacts.index',
			source: code,
			spec: { params: [pageParam] },
			access: account,
			handle: (ctx) => {
				const company = findCompany(ctx, 'company_id');
				const contacts = ctx.state.contactsOf(ctx.acct.id).filter((c) => company.contact_ids.includes(c.id));
				return contactPage(ctx, contacts);
			},
		},
		{
			method: 'GET',
			path: `${A}/companies/{company_id}/contacts/search`,
			name: 'companies.contacts.search',
			source: code,
			spec: { params: [pageParam, queryParam('q', { type: 'string' })] },
			access: account,
			handle: (ctx) => {
				const company = findCompany(ctx, 'company_id');
				const q = searchText(ctx);
				const hit = (v: string | null) => (v ?? '').toLowerCase().includes(q);
				const contacts = ctx.state
					.contactsOf(ctx.acct.id)
					.filter((c) => !company.contact_ids.includes(c.id) && (hit(c.name) || hit(c.email) || hit(c.phone_number) || hit(c.identifier)));
				return contactPage(ctx, contacts);
			},
		},
		{
			method: 'POST',
			path: `${A}/companies/{company_id}/contacts`,
			name: 'companies.contacts.create',
			source: code,
			spec: { body: jsonBody(objectSchema({ contact_id: { type: 'integer' } }, ['contact_id'])) },
			access: account,
			handle: (ctx) => {
				const company = findCompany(ctx, 'company_id');
				const contact = findContact(ctx, ctx.p.contact_id);
				// A contact belongs to one company at most: assigning moves it.
				for (const other of ctx.state.companies) other.contact_ids = other.contact_ids.filter((id) => id !== contact.id);
				company.contact_ids.push(contact.id);
				return ok({ payload: contactView(ctx.state, contact) });
			},
		},
		{
			method: 'DELETE',
			path: `${A}/companies/{company_id}/contacts/{id}`,
			name: 'companies.contacts.destroy',
			source: code,
			access: account,
			handle: (ctx) => {
				const company = findCompany(ctx, 'company_id');
				if (!company.contact_ids.includes(Number(ctx.params.id))) throw notFound();
				company.contact_ids = company.contact_ids.filter((id) => id !== Number(ctx.params.id));
				return headOk();
			},
		},
		{
			method: 'GET',
			path: `${A}/companies/{company_id}/conversations`,
			name: 'companies.conversations.index',
			source: code,
			access: account,
			handle: (ctx) => {
				const company = findCompany(ctx, 'company_id');
				const conversations = ctx.state.conversations
					.filter((c) => c.account_id === ctx.acct.id && company.contact_ids.includes(c.contact_id))
					.sort((a, b) => b.last_activity_at - a.last_activity_at || b.id - a.id);
				return ok({ payload: conversations.map((c) => conversationView(ctx.state, c)) });
			},
		},
		{
			method: 'GET',
			path: `${A}/companies/{company_id}/notes`,
			name: 'companies.notes.index',
			source: code,
			access: account,
			handle: (ctx) => {
				const company = findCompany(ctx, 'company_id');
				const notes = ctx.state.notes
					.filter((n) => company.contact_ids.includes(n.contact_id))
					.sort((a, b) => b.created_at - a.created_at || b.id - a.id)
					.slice(0, COMPANY_NOTES_LIMIT);
				return ok({
					payload: notes.map((n) => {
						const contact = ctx.state.contacts.find((c) => c.id === n.contact_id);
						return { ...(noteView(ctx.state, n) as object), contact: contact ? contactView(ctx.state, contact) : null };
					}),
				});
			},
		},
	];
}

function contactPage(ctx: Ctx, contacts: ReturnType<Ctx['state']['contactsOf']>) {
	const page = ctx.page();
	const sorted = [...contacts].sort((a, b) => a.name.localeCompare(b.name) || a.id - b.id);
	return ok({ meta: { total_count: sorted.length, page }, payload: paginate(sorted, page, COMPANY_CONTACTS_PER_PAGE).map((c) => contactView(ctx.state, c)) });
}
