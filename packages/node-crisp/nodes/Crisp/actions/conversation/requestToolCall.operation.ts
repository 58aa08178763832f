import { apiPath, compact, defineOperation, field } from '@leadchat/core';
import { sessionField } from '../../descriptions';
import { written } from '../../helpers/output';

export const requestToolCall = defineOperation({
	resource: 'conversation',
	operation: 'requestToolCall',
	name: 'Request Tool Call',
	action: 'Request a tool call in a conversation',
	description: "Ask Crisp to run one of its tool commands on the conversation (advanced: the command names are Crisp's own)",
	fields: [
		sessionField(),
		field.string('command', 'Command', { required: true, description: 'The tool command to run' }),
		field.json('payload', 'Payload (JSON)', { description: 'The command\'s arguments, as a JSON object' }),
	],
	request: (p) => ({ method: 'POST', path: apiPath`/conversation/${p.sessionId}/tool`, body: compact({ command: p.command, payload: p.payload }, 'empty') }),
	output: (body, p) => ({ session_id: p.sessionId, command: p.command, ...written(body) }),
});
