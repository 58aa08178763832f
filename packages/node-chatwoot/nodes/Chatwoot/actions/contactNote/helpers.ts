import { field } from '@leadchat/core';

export const noteIdField = () => field.id('noteId', 'Note ID', { numeric: true, placeholder: 'e.g. 12' });
export const noteContentField = () => field.string('content', 'Content', { required: true, rows: 4, description: 'Text of the note (Markdown is shown formatted in the dashboard)' });
