import { field, s, type Field, type Schema } from '@leadchat/core';
import { isDataObject } from './common';

/** One condition of POST /contacts/filter or /conversations/filter, as the server reads it. */
export interface FilterCondition {
	attribute_key: string;
	filter_operator: string;
	values: string[];
	query_operator?: string;
	custom_attribute_type?: string;
}

const FILTER_OPERATORS = [
	{ name: 'Equal To', value: 'equal_to' },
	{ name: 'Not Equal To', value: 'not_equal_to' },
	{ name: 'Contains', value: 'contains' },
	{ name: 'Does Not Contain', value: 'does_not_contain' },
	{ name: 'Is Present', value: 'is_present' },
	{ name: 'Is Not Present', value: 'is_not_present' },
	{ name: 'Is Greater Than', value: 'is_greater_than' },
	{ name: 'Is Less Than', value: 'is_less_than' },
	{ name: 'Days Before', value: 'days_before' },
];

const conditionSchema = s.object({
	attributeKey: s.string().trim().min(1, 'has a condition without an attribute'),
	filterOperator: s.enum(
		FILTER_OPERATORS.map((o) => o.value),
		`has a condition with an unknown operator (use one of: ${FILTER_OPERATORS.map((o) => o.value).join(', ')})`,
	),
	values: s.preprocess(
		(v) => (Array.isArray(v) ? v.map(String) : typeof v === 'number' ? [String(v)] : typeof v === 'string' ? v.split(',').map((s) => s.trim()).filter(Boolean) : v ?? []),
		s.array(s.string()),
	),
	queryOperator: s.enum(['AND', 'OR'], 'has a condition whose "Join With Next" is not AND or OR').default('AND'),
});

/**
 * The simple filter builder: conditions joined with AND/OR, in order. The join of the last
 * condition is not sent (the server ignores it). Validated like every field.
 */
function filterConditionsField(attributeHint: string): Field<FilterCondition[], 'conditions'> {
	return {
		name: 'conditions',
		property: {
			displayName: 'Conditions',
			name: 'conditions',
			type: 'fixedCollection',
			placeholder: 'Add Condition',
			default: {},
			typeOptions: { multipleValues: true, sortable: true },
			displayOptions: { show: { filterMode: ['builder'] } },
			options: [
				{
					name: 'condition',
					displayName: 'Condition',
					values: [
						{ displayName: 'Attribute', name: 'attributeKey', type: 'string', default: '', placeholder: 'e.g. email', description: attributeHint },
						{ displayName: 'Operator', name: 'filterOperator', type: 'options', default: 'equal_to', options: FILTER_OPERATORS },
						{ displayName: 'Values', name: 'values', type: 'string', default: '', description: 'One value, or several separated by commas (no value for "is present")' },
						{
							displayName: 'Join With Next',
							name: 'queryOperator',
							type: 'options',
							default: 'AND',
							options: [
								{ name: 'AND', value: 'AND' },
								{ name: 'OR', value: 'OR' },
							],
							description: 'How this condition combines with the next one',
						},
					],
				},
			],
		},
		schema: s.preprocess(
			(v) => (v === undefined || v === null || v === '' ? {} : v),
			s
				.object({ condition: s.array(conditionSchema).optional() })
				.passthrough()
				.transform((v) => {
					const list = v.condition ?? [];
					return list.map((c, index) => {
						const out: FilterCondition = { attribute_key: c.attributeKey, filter_operator: c.filterOperator, values: c.values };
						if (index < list.length - 1) out.query_operator = c.queryOperator;
						return out;
					});
				}),
		) as Schema<FilterCondition[]>,
	};
}

/** "Build conditions" or "JSON payload" for the filter endpoints. */
export const filterFields = (attributeHint: string, example: string) => [
	field.options(
		'filterMode',
		'Define Filter',
		[
			{ name: 'Using Conditions', value: 'builder', description: 'Add conditions one by one' },
			{ name: 'Using JSON', value: 'json', description: "The server's filter payload: an array of {attribute_key, filter_operator, values, query_operator}" },
		],
		{ default: 'builder' },
	),
	filterConditionsField(attributeHint),
	field.json('filterJson', 'Filter (JSON)', { array: true, show: { filterMode: ['json'] }, placeholder: example, description: 'The array sent as "payload"' }),
] as const;

/** The payload of a filter request from the fields above; fails when there is nothing to filter on. */
export function filterPayload(p: { filterMode?: string; conditions?: FilterCondition[]; filterJson?: unknown[] }, fail: (field: string, problem: string) => never): unknown[] {
	if (p.filterMode === 'json') {
		const list = p.filterJson ?? [];
		if (list.length === 0) fail('Filter (JSON)', 'needs at least one condition');
		list.forEach((c, index) => {
			if (!isDataObject(c) || typeof c.attribute_key !== 'string') {
				fail('Filter (JSON)', `has an entry (#${index + 1}) that is not a condition object with an "attribute_key"`);
			}
		});
		return list;
	}
	const list = p.conditions ?? [];
	if (list.length === 0) fail('Conditions', 'needs at least one condition');
	return list;
}
