import { apiPath, defineOperation, field } from '@leadchat/core';
import { checkedEmail } from '../contact/helpers';
import { conversationField } from '../../descriptions';

export const sendTranscript = defineOperation({
	resource: 'conversation',
	operation: 'sendTranscript',
	name: 'Send Transcript',
	action: 'Email the transcript of a conversation',
	fields: [conversationField(), field.string('email', 'Email', { required: true, placeholder: 'name@email.com', description: 'Where the transcript is sent' })],
	async execute(p, tools) {
		const email = checkedEmail(p.email, 'Email', tools.fail);
		await tools.request({ method: 'POST', path: apiPath`/conversations/${p.conversationId}/transcript`, body: { email } });
		return { success: true, id: Number(p.conversationId), email };
	},
});
