import type { ResourceSpec } from '@leadchat/core';
import { assign } from './assign.operation';
import { close } from './close.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getEvent } from './getEvent.operation';
import { getEvents } from './getEvents.operation';
import { getLast } from './getLast.operation';
import { update } from './update.operation';

/** A visitor's chats (each with its events: messages and others); chat IDs are numbers counted per visitor. */
export const chat: ResourceSpec = {
	value: 'chat',
	name: 'Chat',
	description: "A visitor's chats and their events (messages and others)",
	operations: [assign, close, get, getAll, getEvent, getEvents, getLast, update],
	defaultOperation: getLast,
};
