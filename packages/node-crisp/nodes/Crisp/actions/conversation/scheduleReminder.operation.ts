import { apiPath, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { done, isoDate } from './fields';

export const scheduleReminder = defineOperation({
	resource: 'conversation',
	operation: 'scheduleReminder',
	name: 'Schedule Reminder',
	action: 'Schedule a reminder for a conversation',
	description: 'Remind the team of a conversation at a given time, with a note',
	fields: [
		sessionField(),
		field.dateTime('date', 'Date', { required: true, description: 'When Crisp reminds the team' }),
		field.string('note', 'Note', { required: true, rows: 2, description: 'What the reminder says' }),
	],
	request: (p) => ({ method: 'POST', path: apiPath`/conversation/${p.sessionId}/reminder`, body: { date: isoDate(p.date), note: p.note } }),
	output: (_body, p) => done(p.sessionId, { date: isoDate(p.date), note: p.note }),
});
