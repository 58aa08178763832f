import type { ResourceSpec } from '@leadchat/core';
import { helpdeskExists } from './exists.operation';
import { exportHelpdesk } from './export.operation';
import { get } from './get.operation';
import { getDomain } from './getDomain.operation';
import { getDomainSetupFlow } from './getDomainSetupFlow.operation';
import { getSettings } from './getSettings.operation';
import { importHelpdesk } from './import.operation';
import { initialize } from './initialize.operation';
import { refreshContent } from './refreshContent.operation';
import { requestDomainChange } from './requestDomainChange.operation';
import { updateSettings } from './updateSettings.operation';

export const helpdesk: ResourceSpec = {
	value: 'helpdesk',
	name: 'Helpdesk',
	description: "The website's knowledge base: settings, domain, import and export",
	operations: [helpdeskExists, exportHelpdesk, get, getDomain, getDomainSetupFlow, getSettings, importHelpdesk, initialize, refreshContent, requestDomainChange, updateSettings],
	defaultOperation: get,
};
