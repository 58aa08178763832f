import { field } from '@leadchat/core';

/** [3P] Chaport's operator roles. */
export const ROLES = [
	{ name: 'Operator', value: 'operator' },
	{ name: 'Admin', value: 'admin' },
];

/** The optional keys of an operator [C: the operator object's fields; I: that they are writable]. */
export const operatorDetails = () =>
	[
		field.options('role', 'Role', ROLES, { default: 'operator' }),
		field.string('language', 'Language', { placeholder: 'e.g. en', description: "The operator's interface language (a language code)" }),
		field.string('jobTitle', 'Job Title', { placeholder: 'e.g. Support Lead' }),
	] as const;
