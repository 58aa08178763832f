import { field } from '@leadchat/core';

/** Chatwoot keeps label titles as one word: letters, digits, "-" and "_" (it lowercases them). */
export const TITLE_PATTERN = /^[\p{L}\p{N}_-]+$/u;
export const TITLE_PROBLEM = 'may contain only letters, digits, "-" and "_" (no spaces)';

export const labelFields = () => [
	field.string('description', 'Description', { rows: 2 }),
	field.string('color', 'Color', { placeholder: '#1f93ff', description: 'Hex color of the label' }),
	field.boolean('showOnSidebar', 'Show on Sidebar', { default: true, description: 'Whether the label is listed in the sidebar' }),
] as const;

interface LabelFields {
	title?: string;
	description?: string;
	color?: string;
	showOnSidebar?: boolean;
}

export const labelBody = (f: LabelFields) => ({ title: f.title, description: f.description, color: f.color, show_on_sidebar: f.showOnSidebar });

export function checkColor(color: string | undefined, fail: (field: string, problem: string) => never) {
	if (color !== undefined && !/^#[0-9a-f]{3}([0-9a-f]{3})?$/i.test(color)) fail('Color', 'must be a hex color such as #1f93ff');
}
