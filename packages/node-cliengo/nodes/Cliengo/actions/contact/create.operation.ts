import { compact, defineOperation, field } from '@leadchat/core';
import { assigneeField, statusField, websiteIdField } from '../../descriptions';

/** Body fields this operation sets itself; extra fields may not override them. */
const KNOWN = ['websiteId', 'name', 'email', 'phone', 'message', 'lastName', 'status', 'assignedTo', 'entryMethod', 'utmSource', 'utmMedium', 'utmCampaign', 'utmContent', 'utmTerm', 'landingUrl', 'conversionUrl', 'referalUrl'];

export const create = defineOperation({
	resource: 'contact',
	operation: 'create',
	name: 'Create',
	action: 'Create a contact',
	description: 'Create a lead in a site (POST /contacts)',
	fields: [
		websiteIdField('websiteId', 'Site', { required: true, description: 'The website the lead belongs to' }),
		field.string('name', 'Name'),
		field.email('email', 'Email'),
		field.string('phone', 'Phone', { placeholder: '+5491123456789' }),
		field.string('message', 'Message', { rows: 3, description: 'What the lead asked or said' }),
		field.collection('additionalFields', 'Additional Fields', [
			field.string('lastName', 'Last Name'),
			statusField(),
			assigneeField('assignedTo', 'Assigned To'),
			field.string('entryMethod', 'Entry Method', { default: 'API', description: 'How the lead came in; Cliengo examples use API' }),
			field.string('utmSource', 'UTM Source'),
			field.string('utmMedium', 'UTM Medium'),
			field.string('utmCampaign', 'UTM Campaign'),
			field.string('utmContent', 'UTM Content'),
			field.string('utmTerm', 'UTM Term'),
			field.string('landingUrl', 'Landing URL'),
			field.string('conversionUrl', 'Conversion URL'),
			field.string('referalUrl', 'Referral URL', { description: 'Sent as referalUrl, Cliengo’s spelling' }),
		]),
		field.keyValue('extraFields', 'Extra Fields', { keyName: 'Field', description: 'Any other body field Cliengo accepts (e.g. a custom lead field)' }),
	],
	check(p, tools) {
		for (const key of Object.keys(p.extraFields)) {
			if (KNOWN.includes(key)) tools.fail('Extra Fields', `must not repeat "${key}", which has its own field`);
		}
	},
	request: (p) => ({
		method: 'POST',
		path: '/contacts',
		body: {
			...p.extraFields,
			...compact({ websiteId: p.websiteId, name: p.name, email: p.email, phone: p.phone, message: p.message, ...p.additionalFields }, 'empty'),
		},
	}),
});
