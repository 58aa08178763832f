import { defineOperation, field } from '@leadchat/core';

export const importContacts = defineOperation({
	resource: 'contact',
	operation: 'import',
	name: 'Import',
	action: 'Import contacts from a CSV file',
	description: "Send a CSV file of the input item (columns such as name, email, phone_number, identifier) for Chatwoot to import in the background",
	fields: [field.string('binaryPropertyName', 'Input Binary Field', { required: true, default: 'data', description: 'The binary property of the input item that holds the CSV file' })],
	async execute(p, tools, i) {
		let binary;
		try {
			binary = this.helpers.assertBinaryData(i, p.binaryPropertyName);
		} catch {
			return tools.fail('Input Binary Field', `names "${p.binaryPropertyName}", but the input item has no binary property of that name`);
		}
		const buffer = await this.helpers.getBinaryDataBuffer(i, p.binaryPropertyName);
		const form = new FormData();
		form.append('import_file', new Blob([new Uint8Array(buffer)], { type: binary.mimeType || 'text/csv' }), binary.fileName ?? 'contacts.csv');
		await tools.request({ method: 'POST', path: '/contacts/import', body: form });
		return { success: true, importRequested: true, fileName: binary.fileName ?? 'contacts.csv' };
	},
});
