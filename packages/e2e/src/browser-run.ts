/**
 * What the browser test does with one node of the registry (browser-platforms.ts), as a user would:
 * add it from the node panel, create the credentials it asks for through the credential form (n8n
 * tests each on save), look at its first form (errors, notice; screenshot), open its dropdowns
 * that load from the platform, run one step (actions) and read the output panel, then close it and
 * read its subtitle on the canvas. It records what it saw; the test asserts on it.
 */
import type { Page } from 'playwright-core';

import {
	addNode,
	canvasSubtitle,
	closeNdv,
	credentialSlots,
	executeStep,
	fillCredentialForm,
	formErrors,
	ndv,
	openDropdown,
	parameter,
	saveCredentialForm,
	screenshot,
	visibleDropdownItem,
} from './browser';
import type { BrowserDropdown, BrowserNode, BrowserPlatform } from './browser-platforms';
import type { RunningFakes } from './fakes';

export interface DropdownSeen {
	param: string;
	expected: string;
	/** Every entry it showed, or the error that stopped it. */
	entries: string[];
	error?: string;
}

export interface NodeSeen {
	node: string;
	/** n8n's credential test of each credential created for this node, by type. */
	credentialTests: Record<string, { status: string; message?: string }>;
	/** Errors its first form showed (before any dropdown was opened). */
	formErrors: string[];
	/** The form's text (for the notice check). */
	formText: string;
	dropdowns: DropdownSeen[];
	/** The output panel's text after "Execute step" (actions). */
	output?: string;
	subtitle?: string;
	/** Screenshots taken (node form, credential forms). */
	shots: string[];
}

/**
 * Adds `node` of `platform` to the open workflow and does what a user does with it. `created`
 * holds the credential types already created in this editor (the next node picks them itself).
 */
export async function exerciseNode(page: Page, platformName: string, platform: BrowserPlatform, node: BrowserNode, fakes: RunningFakes, created: Set<string>): Promise<NodeSeen> {
	const seen: NodeSeen = { node: node.canvasName, credentialTests: {}, formErrors: [], formText: '', dropdowns: [], shots: [] };
	await addNode(page, { search: platform.search, item: node.item, entry: node.entry });

	// credentials: a slot without one offers "Connect to …"; create it through the form
	const slots = credentialSlots(page);
	const count = await slots.count();
	for (let i = 0; i < count && i < node.credentials.length; i++) {
		const type = node.credentials[i];
		const chosen = slots.nth(i).getByTestId('node-credentials-select').or(slots.nth(i).locator('input')).first();
		// n8n gives a new node the credential of its type made for an earlier node, after showing the
		// empty slot for a moment (in CI a click on "Connect to …" once found it gone)
		if (created.has(type)) {
			await chosen.waitFor();
			continue;
		}
		const empty = slots.nth(i).getByTestId('node-credentials-empty-state');
		const spec = platform.credentials.find((c) => c.type === type);
		if (!spec) throw new Error(`${platformName}: no credential ${type} in the registry`);
		const data = fakes.credentials().find((c) => c.type === type)?.data;
		if (!data) throw new Error(`${platformName}: the fakes have no credential ${type}`);
		await empty.getByRole('button').first().click();
		const text = Object.fromEntries(spec.text.map((field) => [field, String(data[field] ?? '')]));
		await fillCredentialForm(page, { type, text, select: spec.select });
		seen.shots.push(await screenshot(page, platformName, `credential-${type}`));
		// one refused is deleted: a second try of the test starts again from an empty slot
		seen.credentialTests[type] = await saveCredentialForm(page, { typed: text, deleteRefused: true });
		if (seen.credentialTests[type].status !== 'OK') continue;
		created.add(type);
		await chosen.waitFor();
	}

	// the first form, as the user first sees it with its credential set
	await ndv(page).getByTestId('node-parameters').waitFor();
	await waitForLoadingToSettle(page);
	seen.formErrors = await formErrors(page);
	seen.formText = await ndv(page).getByTestId('node-parameters').innerText();
	seen.shots.push(await screenshot(page, platformName, node.canvasName));

	for (const option of node.collectionOptions ?? []) {
		await ndv(page).getByPlaceholder(option.button).or(ndv(page).getByRole('button', { name: option.button })).first().click();
		const item = visibleDropdownItem(page, new RegExp(`^\\s*${option.option}\\s*$`));
		await item.click();
		await item.waitFor({ state: 'hidden' });
		await parameter(page, option.dropdown.param).waitFor();
		seen.dropdowns.push(await readDropdown(page, option.dropdown, fakes));
	}
	for (const dropdown of node.dropdowns ?? []) seen.dropdowns.push(await readDropdown(page, dropdown, fakes));

	if (node.output) seen.output = await executeStep(page, node.output(fakes)).catch((error: Error) => `ERROR: ${error.message.split('\n')[0]}`);
	await closeNdv(page);
	seen.subtitle = await canvasSubtitle(page, node.canvasName).catch((error: Error) => `ERROR: ${error.message.split('\n')[0]}`);
	return seen;
}

async function readDropdown(page: Page, dropdown: BrowserDropdown, fakes: RunningFakes): Promise<DropdownSeen> {
	const expected = typeof dropdown.expect === 'function' ? dropdown.expect(fakes) : dropdown.expect;
	try {
		const entries = await openDropdown(page, dropdown.param, expected, { choose: dropdown.choose });
		return { param: dropdown.param, expected: String(expected), entries };
	} catch (error) {
		const text = await parameter(page, dropdown.param).innerText().catch(() => '');
		await page.keyboard.press('Escape');
		return { param: dropdown.param, expected: String(expected), entries: [], error: `${(error as Error).message.split('\n')[0]}${text ? ` (the field shows: ${text.trim().slice(0, 200)})` : ''}` };
	}
}

/** Waits until no option list of the form is still loading (n8n shows "Loading options..."). */
async function waitForLoadingToSettle(page: Page): Promise<void> {
	const loading = ndv(page).getByTestId('node-parameters').getByText(/Loading options/i);
	await loading.first().waitFor({ state: 'detached' }).catch(() => undefined);
	await page.waitForLoadState('networkidle').catch(() => undefined);
}
