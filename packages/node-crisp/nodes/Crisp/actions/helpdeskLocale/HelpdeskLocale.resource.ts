import type { ResourceSpec } from '@leadchat/core';
import { add } from './add.operation';
import { deleteLocale } from './delete.operation';
import { localeExists } from './exists.operation';
import { get } from './get.operation';
import { getAll } from './getAll.operation';
import { getFeedbackRatings } from './getFeedbackRatings.operation';
import { getFeedbacks } from './getFeedbacks.operation';

export const helpdeskLocale: ResourceSpec = {
	value: 'helpdeskLocale',
	name: 'Helpdesk Locale',
	description: 'The languages of the helpdesk, and what readers think of their pages',
	operations: [add, deleteLocale, localeExists, get, getAll, getFeedbackRatings, getFeedbacks],
	defaultOperation: getAll,
};
