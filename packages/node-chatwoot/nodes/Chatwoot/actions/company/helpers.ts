import { field } from '@leadchat/core';
import { attributeFields, mergeAttributes } from '../../descriptions';

/** A company's domain as Chatwoot validates it: a host name such as example.com, no scheme or path. */
const DOMAIN = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/i;

export const companyFields = () => [
	field.string('domain', 'Domain', { placeholder: 'e.g. example.com', description: 'The company website host, without https:// or a path' }),
	field.string('description', 'Description', { rows: 2 }),
	...attributeFields('customAttributes', 'Custom Attributes', 'Custom attributes of the company'),
] as const;

interface CompanyFields {
	name?: string;
	domain?: string;
	description?: string;
	customAttributes?: Record<string, unknown>;
	customAttributesJson?: unknown;
}

export function checkDomain(domain: string | undefined, fail: (field: string, problem: string) => never) {
	if (domain !== undefined && domain !== '' && !DOMAIN.test(domain)) fail('Domain', 'must be a host name such as example.com (no https:// and no path)');
}

export const companyBody = (f: CompanyFields) => ({
	company: { name: f.name, domain: f.domain, description: f.description, custom_attributes: mergeAttributes(f.customAttributesJson, f.customAttributes) },
});
