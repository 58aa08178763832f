import type { ResourceSpec } from '@leadchat/core';
import { followUp } from './followUp.operation';
import { labelSuggestion } from './labelSuggestion.operation';
import { replySuggestion } from './replySuggestion.operation';
import { rewrite } from './rewrite.operation';
import { summarize } from './summarize.operation';

export const captainTask: ResourceSpec = {
	value: 'captainTask',
	name: 'AI Task',
	operations: [followUp, labelSuggestion, replySuggestion, rewrite, summarize],
	defaultOperation: summarize,
};
