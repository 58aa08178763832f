import type { IDataObject } from 'n8n-workflow';
import { compact, defineOperation, field } from '@leadchat/core';
import { written } from '../../helpers/output';

const NAMESPACES = ['avatar', 'campaign', 'helpdesk', 'processing', 'status', 'upload', 'website'].map((n) => ({ name: n[0].toUpperCase() + n.slice(1), value: n }));

export const generate = defineOperation({
	resource: 'bucketUrl',
	operation: 'generate',
	name: 'Generate',
	action: 'Generate an upload URL',
	description:
		'Ask Crisp for a URL to upload a file to its storage; the URL arrives on a bucket:url:<namespace>:generated event (Crisp Trigger), with the identifier given here',
	fields: [
		field.options('namespace', 'Namespace', NAMESPACES, { required: true, default: 'upload', description: 'What the file is for' }),
		field.string('identifier', 'Identifier', { description: 'Your own ID for this request; the event carries it back so you can match the URL' }),
		field.collection('file', 'File', [field.string('name', 'File Name', { placeholder: 'e.g. invoice.pdf' }), field.string('type', 'MIME Type', { placeholder: 'e.g. application/pdf' })]),
		field.collection('target', 'Resource', [
			field.string('type', 'Resource Type', { placeholder: 'e.g. website' }),
			field.string('id', 'Resource ID', { description: 'The ID of what the file belongs to (e.g. a website or campaign ID)' }),
		]),
	],
	request: (p) => {
		const file: IDataObject = compact({ name: p.file.name, type: p.file.type });
		const resource: IDataObject = compact({ type: p.target.type, id: p.target.id });
		return { method: 'POST', path: '/bucket/url/generate', body: compact({ namespace: p.namespace, id: p.identifier, file, resource }, 'empty') };
	},
	output: written,
});
