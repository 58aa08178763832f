import { compact, field, type CollectionValue } from '@leadchat/core';
import { TEMPLATE_FORMATS } from '../../options';
export { TEMPLATE_FORMATS };


const templateContentFields = () =>
	[
		field.string('name', 'Name'),
		field.options('format', 'Format', TEMPLATE_FORMATS),
		field.string('content', 'Content', { rows: 10, description: 'The template, e.g. <html><body>{{ message }} <a href="{{url.unsubscribe}}">Unsubscribe</a></body></html>' }),
	] as const;

/** Template fields for Replace and Update; both need at least one. */
export const templateFieldsCollection = () => field.collection('templateFields', 'Template Fields', [...templateContentFields()], { requireOne: 'needs at least one field' });

export const templateBody = (f: CollectionValue<ReturnType<typeof templateContentFields>>) => compact({ name: f.name, format: f.format, content: f.content });
