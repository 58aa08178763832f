import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { toRfc3339 } from '../../helpers/dates';
import { CANCEL_REASON_OPTIONS, CONTACT_METHOD_OPTIONS, SELL_SUBSCRIPTION_OPTIONS, assigneeField, contactIdField, statusField } from '../../descriptions';

export const update = defineOperation({
	resource: 'contact',
	operation: 'update',
	name: 'Update',
	action: 'Update a contact',
	description: 'Change a lead’s fields (PATCH /contacts/{id})',
	fields: [
		contactIdField,
		field.collection('updateFields', 'Update Fields', [
			field.string('name', 'Name'),
			field.string('lastName', 'Last Name'),
			field.email('email', 'Email'),
			field.string('phone', 'Phone'),
			statusField(),
			field.string('subStatus', 'Sub-Status'),
			field.number('rating', 'Rating', { min: 0, max: 5, integer: true, description: 'From 0 to 5' }),
			assigneeField('assignedTo', 'Assigned To', { withUnassigned: true, description: 'A user, or Unassigned to clear the assignment' }),
			field.dateTime('dueDate', 'Due Date'),
			field.options('contactMethod', 'Contact Method', CONTACT_METHOD_OPTIONS),
			field.string('note', 'Note', { rows: 2, description: 'A note saved with the change' }),
			statusField('scheduleStatusTo', 'Schedule Status To', 'The status to switch to at the schedule date. Choose one, or give any status Cliengo uses with an expression.'),
			field.dateTime('scheduleDate', 'Schedule Date'),
			field.number('sellPrice', 'Sell Price', { min: 0 }),
			field.options('sellSuscription', 'Sell Subscription', SELL_SUBSCRIPTION_OPTIONS),
			field.options('cancelReason', 'Cancel Reason', CANCEL_REASON_OPTIONS, { description: 'Cliengo’s reason code, 1 to 5' }),
		]),
		field.keyValue('extraParams', 'Extra Parameters', { keyName: 'Name', description: 'Sent as extraParams (custom values of the lead)' }),
	],
	check(p, tools) {
		// Extra parameters alone are a change too, so this is not the collection's requireOne.
		if (Object.keys(compact(p.updateFields, 'empty')).length === 0 && Object.keys(p.extraParams).length === 0) {
			tools.fail('Update Fields', 'needs at least one field to change');
		}
	},
	async execute(p, tools) {
		const u = p.updateFields;
		const zone = this.getTimezone();
		const date = (fieldName: string, value: string | undefined) => {
			if (value === undefined) return undefined;
			return toRfc3339(value, zone) ?? tools.fail(`Update Fields → ${fieldName}`, 'must be a date and time');
		};
		const body = compact(
			{
				...u,
				dueDate: date('Due Date', u.dueDate),
				scheduleDate: date('Schedule Date', u.scheduleDate),
				cancelReason: u.cancelReason !== undefined ? Number(u.cancelReason) : undefined,
				extraParams: p.extraParams,
			},
			'empty',
		);
		return tools.request({ method: 'PATCH', path: apiPath`/contacts/${p.contactId}`, body });
	},
});
