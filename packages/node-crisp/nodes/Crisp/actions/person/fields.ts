/**
 * Fields and body builders shared by the person operations: the profile card (the person and their
 * company, flat in the editor), custom data, and the people a batch acts on.
 */
import type { IDataObject } from 'n8n-workflow';
import { apiPath, compact, field, isEmail, paging, type CollectionValue, type ListSpec, type OperationTools } from '@leadchat/core';
import { segmentsField } from '../../descriptions';

const GENDERS = [
	{ name: 'Female', value: 'female' },
	{ name: 'Male', value: 'male' },
];

/**
 * The profile card's fields [C-client PeopleProfileUpdateCard]: the person, and the company they
 * work for (how an "organization" is kept in Crisp: people profiles carry a `company`).
 */
export const profileFields = () => [
	field.string('nickname', 'Name', { description: 'The name Crisp shows for the person (person.nickname)' }),
	field.string('avatar', 'Avatar URL'),
	field.options('gender', 'Gender', GENDERS),
	field.string('phone', 'Phone', { placeholder: '+14155550123' }),
	field.string('address', 'Address'),
	field.string('description', 'Description'),
	field.string('website', 'Website URL'),
	field.number('timezone', 'Timezone Offset', { integer: true, description: 'Offset from UTC in minutes, as Crisp stores it' }),
	field.stringList('locales', 'Locales', { placeholder: 'e.g. en, fr' }),
	field.string('jobTitle', 'Job Title'),
	field.string('jobRole', 'Job Role'),
	field.string('country', 'Country', { placeholder: 'e.g. FR' }),
	field.string('region', 'Region'),
	field.string('city', 'City'),
	segmentsField('segments', 'Segments'),
	field.string('notepad', 'Notepad', { rows: 3 }),
	field.string('companyName', 'Company Name'),
	field.string('companyLegalName', 'Company Legal Name'),
	field.string('companyDomain', 'Company Domain', { placeholder: 'e.g. acme.com' }),
	field.string('companyUrl', 'Company URL', { placeholder: 'e.g. https://acme.com' }),
	field.string('companyDescription', 'Company Description'),
	field.stringList('companyPhones', 'Company Phones'),
	field.stringList('companyEmails', 'Company Emails', { placeholder: 'e.g. sales@acme.com, billing@acme.com' }),
	field.stringList('companyTags', 'Company Tags'),
	field.number('companyEmployees', 'Company Employees', { integer: true, min: 0 }),
	field.string('companyCountry', 'Company Country', { placeholder: 'e.g. FR' }),
	field.string('companyCity', 'Company City'),
];

export type ProfileValues = CollectionValue<ReturnType<typeof profileFields>> & { email?: string };

/** An object, or undefined when nothing in it was set. */
const some = (o: IDataObject): IDataObject | undefined => (Object.keys(o).length ? o : undefined);

/** The profile card Crisp takes (`{email, person, company, segments, notepad}`), with only what was set. */
export function profileCard(v: ProfileValues): IDataObject {
	const person = compact({
		nickname: v.nickname,
		avatar: v.avatar,
		gender: v.gender,
		phone: v.phone,
		address: v.address,
		description: v.description,
		website: v.website,
		timezone: v.timezone,
		locales: v.locales,
		employment: some(compact({ title: v.jobTitle, role: v.jobRole })),
		geolocation: some(compact({ country: v.country, region: v.region, city: v.city })),
	});
	const company = compact({
		name: v.companyName,
		legal_name: v.companyLegalName,
		domain: v.companyDomain,
		url: v.companyUrl,
		description: v.companyDescription,
		phones: v.companyPhones,
		emails: v.companyEmails,
		tags: v.companyTags,
		metrics: v.companyEmployees === undefined ? undefined : { employees: v.companyEmployees },
		geolocation: some(compact({ country: v.companyCountry, city: v.companyCity })),
	});
	return compact({ email: v.email, person: some(person), company: some(company), segments: v.segments, notepad: v.notepad });
}

/** Refuses company emails that are not addresses (the person's own email is a field.email). */
export function checkCompanyEmails(v: ProfileValues, tools: OperationTools, collection: string): void {
	const bad = (v.companyEmails ?? []).find((e) => !isEmail(e));
	if (bad !== undefined) tools.fail(`${collection} → Company Emails`, `must hold email addresses ("${bad}" is not one)`);
}

/** Custom data as pairs, as JSON, or both (pairs win). */
export const dataFields = () =>
	[
		field.keyValue('data', 'Data', { description: 'Custom data of the person: keys and values (text, number or boolean)' }),
		field.json('dataJson', 'Data (JSON)', { description: 'The same as a JSON object, e.g. {"plan": "pro", "seats": 3}; the pairs above win over its keys' }),
	] as const;

/** The custom data to send, or a problem: values must be text, numbers or booleans (Crisp keeps no nested data). */
export function dataOf(p: { data?: Record<string, unknown>; dataJson?: Record<string, unknown> }, tools: OperationTools, required: boolean): IDataObject {
	const data: IDataObject = { ...(p.dataJson ?? {}), ...(p.data ?? {}) } as IDataObject;
	for (const [key, value] of Object.entries(data)) {
		if (!['string', 'number', 'boolean'].includes(typeof value)) tools.fail(p.data && key in p.data ? 'Data' : 'Data (JSON)', `has a value for "${key}" that is not text, a number or a boolean`);
	}
	if (required && Object.keys(data).length === 0) tools.fail('Data', 'needs at least one key (in Data or Data (JSON))');
	return data;
}

/** The people a batch acts on: profile IDs, or every profile a text search finds [C-client WebsiteBatchPeopleOperationInner]. */
export const peopleSelectionFields = () =>
	[
		field.stringList('profiles', 'Profile IDs', { placeholder: 'e.g. 0f3c1d2e-…, 7a9b…', description: 'The people to act on, by profile ID; or leave empty and give a Search Text' }),
		field.string('search', 'Search Text', { description: 'Act on every person this text search finds (name, email…) instead of a list of IDs' }),
	] as const;

export function peopleSelection(p: { profiles?: string[]; search?: string }, tools: OperationTools): IDataObject {
	const ids = p.profiles ?? [];
	if (ids.length && p.search !== undefined) tools.fail('Search Text', 'cannot be used together with Profile IDs: give one or the other');
	if (ids.length) return { profiles: ids };
	if (p.search === undefined) tools.fail('Profile IDs', 'are required unless a Search Text is given');
	return { search: p.search };
}

/** The conversations (session IDs) of one person: `data` is a list of strings [C-client `Promise<string[]>`]. */
export const conversationIdsList: ListSpec<{ peopleId: string }> = {
	request: (p) => ({ method: 'GET', path: apiPath`/people/conversations/${p.peopleId}/list` }),
	paging: paging.pageNumber(0, { inPath: true }),
	read: (body) => ({ items: (Array.isArray(body) ? body : []).map((id) => ({ session_id: id as string })) }),
	key: 'session_id',
};

/** Each conversation of a list of session IDs, read one after the other (Crisp's quotas count every request). */
export async function conversationsOf(ids: IDataObject[], tools: OperationTools): Promise<IDataObject[]> {
	const out: IDataObject[] = [];
	for (const { session_id } of ids) out.push(await tools.request<IDataObject>({ method: 'GET', path: apiPath`/conversation/${String(session_id)}` }));
	return out;
}
