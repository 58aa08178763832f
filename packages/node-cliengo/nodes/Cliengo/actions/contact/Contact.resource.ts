import type { ResourceSpec } from '@leadchat/core';
import { addNote } from './addNote.operation';
import { addTag } from './addTag.operation';
import { create } from './create.operation';
import { deleteContact } from './delete.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getHistory } from './getHistory.operation';
import { getMessages } from './getMessages.operation';
import { getNotes } from './getNotes.operation';
import { sendMessage } from './sendMessage.operation';
import { update } from './update.operation';
import { updateStatus } from './updateStatus.operation';

export const contact: ResourceSpec = {
	value: 'contact',
	name: 'Contact (Lead)',
	description: 'Leads captured by the chatbot or created over the API',
	operations: [create, get, getAll, update, deleteContact, updateStatus, addTag, addNote, getNotes, sendMessage, getMessages, getHistory],
	defaultOperation: get,
};
