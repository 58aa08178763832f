import { compact, defineOperation, field } from '@leadchat/core';
import { operatorField } from '../../descriptions';
import { entryDone, entryFields, entryPath } from './fields';

export const updateMetadata = defineOperation({
	resource: 'helpdeskArticle',
	operation: 'updateMetadata',
	name: 'Update Metadata',
	action: 'Update the metadata of a helpdesk article',
	description: 'Change the title, description, state (publish, hide, feature), author, color or image of an entry or group',
	fields: [
		...entryFields(),
		field.collection(
			'updateFields',
			'Update Fields',
			[
				field.string('title', 'Title'),
				field.string('description', 'Description', { rows: 2 }),
				field.string('format', 'Format', { placeholder: 'e.g. markdown', description: "The content's format" }),
				field.boolean('published', 'Published', { description: 'Whether readers can see it' }),
				field.boolean('hidden', 'Hidden', { description: 'Whether it is left out of the lists (still reachable by its URL)' }),
				field.boolean('featured', 'Featured', { description: 'Whether it is shown first' }),
				operatorField('authorId', 'Author', false),
				field.string('color', 'Color', { placeholder: 'e.g. #1972f5', description: "A group's color" }),
				field.url('image', 'Image URL', { description: "A group's image" }),
			],
			{ requireOne: 'needs at least one field to change' },
		),
	],
	request: (p) => {
		const u = p.updateFields;
		const state = compact({ published: u.published, hidden: u.hidden, featured: u.featured });
		return {
			method: 'PATCH',
			path: entryPath('metadata', p),
			body: compact({
				title: u.title,
				description: u.description,
				format: u.format,
				state: Object.keys(state).length ? state : undefined,
				author: u.authorId === undefined ? undefined : { user_id: u.authorId },
				color: u.color,
				image: u.image,
			}),
		};
	},
	output: (_body, p) => entryDone(p),
});
