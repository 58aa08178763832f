import { field } from '@leadchat/core';

export const portalFields = () => [
	field.string('color', 'Color', { placeholder: '#1f93ff', description: 'Header color, in hex' }),
	field.string('customDomain', 'Custom Domain', { placeholder: 'help.example.com' }),
	field.string('headerText', 'Header Text'),
	field.string('homepageLink', 'Homepage Link', { placeholder: 'https://www.example.com' }),
	field.string('pageTitle', 'Page Title'),
	field.boolean('archived', 'Archived', { description: 'Whether the portal is archived (not live)' }),
	field.stringList('allowedLocales', 'Allowed Locales', { placeholder: 'e.g. en, es, pt_BR', description: 'Languages the portal publishes in' }),
	field.string('defaultLocale', 'Default Locale', { placeholder: 'e.g. en' }),
	field.json('config', 'Config (JSON)', { description: 'Other portal configuration; "Allowed Locales" and "Default Locale" are laid over it' }),
] as const;

interface PortalFields {
	name?: string;
	slug?: string;
	color?: string;
	customDomain?: string;
	headerText?: string;
	homepageLink?: string;
	pageTitle?: string;
	archived?: boolean;
	allowedLocales?: string[];
	defaultLocale?: string;
	config?: Record<string, unknown>;
}

export function portalBody(f: PortalFields) {
	const config =
		f.config || f.allowedLocales?.length || f.defaultLocale
			? {
					...(f.config ?? {}),
					...(f.allowedLocales?.length ? { allowed_locales: f.allowedLocales } : {}),
					...(f.defaultLocale ? { default_locale: f.defaultLocale } : {}),
				}
			: undefined;
	return {
		name: f.name,
		slug: f.slug,
		color: f.color,
		custom_domain: f.customDomain,
		header_text: f.headerText,
		homepage_link: f.homepageLink,
		page_title: f.pageTitle,
		archived: f.archived,
		config,
	};
}

export function checkSlug(slug: string | undefined, displayName: string, fail: (field: string, problem: string) => never) {
	if (slug !== undefined && !/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/i.test(slug)) fail(displayName, 'may contain only letters, digits, "-" and "_"');
}
