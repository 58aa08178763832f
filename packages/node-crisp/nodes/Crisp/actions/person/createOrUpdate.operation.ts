import type { IDataObject } from 'n8n-workflow';
import { apiPath, defineOperation, field, listRecords, type OperationTools } from '@leadchat/core';
import { peopleList } from '../../lists';
import { checkCompanyEmails, dataFields, dataOf, profileCard, profileFields } from './fields';

/** The profile whose email is exactly `email` (case-insensitive): Crisp's text search also matches parts of emails and names. */
async function findByEmail(tools: OperationTools, email: string): Promise<IDataObject | undefined> {
	const wanted = email.trim().toLowerCase();
	for await (const profile of listRecords((req) => tools.request(req), peopleList, { qs: { search_text: email.trim() } })) {
		if (typeof profile.email === 'string' && profile.email.toLowerCase() === wanted) return profile;
	}
	return undefined;
}

export const createOrUpdate = defineOperation({
	resource: 'person',
	operation: 'createOrUpdate',
	name: 'Create or Update',
	action: 'Create or update a person',
	description:
		'Update the profile with this email (the fields given are merged in), or create it when none exists; the output says which in "upsertAction" ("created" or "updated")',
	fields: [
		field.email('email', 'Email', { required: true, description: 'Looked up first (exact match, case-insensitive)' }),
		field.collection('additionalFields', 'Additional Fields', profileFields()),
		...dataFields(),
	],
	check(p, tools) {
		checkCompanyEmails(p.additionalFields, tools, 'Additional Fields');
		dataOf(p, tools, false);
	},
	async execute(p, tools) {
		const card = profileCard({ ...p.additionalFields, email: p.email });
		const data = dataOf(p, tools, false);
		const found = await findByEmail(tools, p.email);
		let peopleId: string;
		if (found) {
			peopleId = String(found.people_id);
			await tools.request({ method: 'PATCH', path: apiPath`/people/profile/${peopleId}`, body: card });
		} else {
			peopleId = String((await tools.request<IDataObject>({ method: 'POST', path: '/people/profile', body: card })).people_id);
		}
		if (Object.keys(data).length) await tools.request({ method: 'PATCH', path: apiPath`/people/data/${peopleId}`, body: { data } });
		return { people_id: peopleId, email: p.email, upsertAction: found ? 'updated' : 'created' };
	},
});
