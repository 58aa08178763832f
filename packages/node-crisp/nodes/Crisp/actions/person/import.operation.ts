import { compact, defineOperation, field } from '@leadchat/core';
import { written } from '../../helpers/output';

export const importProfiles = defineOperation({
	resource: 'person',
	operation: 'import',
	name: 'Import',
	action: 'Import people profiles from a CSV file',
	description: 'Crisp downloads the CSV file at the URL and creates or updates the profiles in the background',
	fields: [
		field.string('url', 'CSV File URL', { required: true, placeholder: 'e.g. https://example.com/people.csv' }),
		field.keyValue('mapping', 'Column Mapping', {
			keyName: 'Column Number',
			valueName: 'Profile Field',
			description: 'Which profile field each column fills, by column number (0 is the first column), e.g. 0 → email, 1 → person.nickname',
		}),
		field.collection('options', 'Options', [
			field.string('columnSeparator', 'Column Separator', { placeholder: 'e.g. ;', description: 'Default: a comma' }),
			field.boolean('skipHeader', 'Skip Header', { description: 'Whether the first line holds column names' }),
		]),
	],
	check(p, tools) {
		for (const column of Object.keys(p.mapping)) if (!/^\d+$/.test(column)) tools.fail('Column Mapping', `has the column "${column}", which is not a column number (0, 1, 2…)`);
	},
	request: (p) => {
		const mapping = Object.entries(p.mapping).map(([column, target]) => ({ column: Number(column), field: String(target) }));
		const options = compact({ column_separator: p.options.columnSeparator, skip_header: p.options.skipHeader });
		return {
			method: 'POST',
			path: '/people/import/profiles',
			body: compact({ url: p.url, mapping: mapping.length ? mapping : undefined, options: Object.keys(options).length ? options : undefined }),
		};
	},
	output: written,
});
