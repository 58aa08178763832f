/**
 * Plugin routes are not under `/website/{id}`: a subscription's path names the website and the
 * plugin. The website is the operation's Website field, or the credential's default website.
 */
import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { apiPath, field } from '@leadchat/core';
import { withoutSecrets } from '../../helpers/output';
import { resolveWebsiteId } from '../../transport';

export const pluginIdField = () => field.id('pluginId', 'Plugin ID', { placeholder: 'e.g. c64f3595-adee-425a-8d3a-89d47f7ed6bb', description: 'The plugin, as the Crisp Marketplace shows its ID' });

/** `/plugins/subscription/{website}` (and `/{plugin}` when given) of the item's website. */
export async function subscriptionPath(ctx: IExecuteFunctions, itemIndex: number, pluginId?: string): Promise<string> {
	const websiteId = await resolveWebsiteId(ctx, itemIndex);
	return pluginId === undefined ? apiPath`/plugins/subscription/${websiteId}` : apiPath`/plugins/subscription/${websiteId}/${pluginId}`;
}

/** A plugin subscription or connected website without its `token` (a credential of the plugin on that website). */
export const withoutToken = (record: unknown): IDataObject => withoutSecrets((record ?? {}) as IDataObject, ['token']);

/** The Configured Only / Include Plan options of the connected-website lists [C-client `filter_configured`, `include_plan`]. */
export const connectOptions = () =>
	field.collection('options', 'Options', [
		field.boolean('configuredOnly', 'Configured Only', { description: 'Whether to list only the websites where the plugin was configured' }),
		field.boolean('includePlan', 'Include Plan', { description: "Whether to include each website's Crisp plan" }),
	]);

export const connectQuery = (o: { configuredOnly?: boolean; includePlan?: boolean }): IDataObject => ({
	filter_configured: o.configuredOnly ? 1 : undefined,
	include_plan: o.includePlan ? 1 : undefined,
});
