import { field } from '@leadchat/core';
import { locatorField } from '../../descriptions/common';

export const captainScenarioField = locatorField('scenarioId', 'Scenario', { searchListMethod: 'searchCaptainScenarios' });

export const scenarioFields = () =>
	[
		field.stringList('tools', 'Tools', { description: 'Ids of the tools the scenario may use, comma-separated (e.g. custom tools)' }),
		field.boolean('enabled', 'Enabled', { default: true, description: 'Whether the assistant follows the scenario' }),
	] as const;

interface ScenarioValues {
	title?: string;
	description?: string;
	instruction?: string;
	tools?: string[];
	enabled?: boolean;
}

export const scenarioBody = (v: ScenarioValues) => ({
	scenario: { title: v.title, description: v.description, instruction: v.instruction, tools: v.tools, enabled: v.enabled },
});
