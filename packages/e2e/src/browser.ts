/**
 * Drives the real n8n editor in Debian's Chromium (playwright-core, no browser download) for the
 * browser test (test/browser.e2e.ts): sign in, add nodes from the node panel, create credentials
 * through the credential form, open dropdowns, run a step and read the output panel.
 *
 * Every host but 127.0.0.1/localhost is blocked (`context.route`): the editor would otherwise ask
 * the npm registry about each community package. The blocked requests are counted, so the test can
 * print them. Selectors are n8n's own `data-test-id` attributes of the 2.40.7 editor wherever it
 * has them. Waits are on conditions (locators, responses, polls); the one fixed pause is the
 * credential form's check that typed values stay (fillCredentialForm).
 */
import fs from 'node:fs';
import path from 'node:path';

import { chromium, selectors, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';

import { TOOLS_DIR } from './paths';
import { waitFor } from './process';

/** Debian's Chromium (scripts/install-chromium.sh installs it); CHROMIUM_BIN overrides it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_BIN || '/usr/bin/chromium';
/** Where the screenshots go: one folder per platform, one PNG per node form and credential form. */
export const BROWSER_SHOTS_DIR = path.join(TOOLS_DIR, 'browser-shots');
/** How long one step of the editor may take (a dropdown loading, a step running) on 2 busy cores. */
export const STEP_TIMEOUT_MS = 30_000;

/** How long a value typed into the credential form must stay before the form is saved. */
const FORM_SETTLE_MS = 400;

/** The text n8n shows in a dropdown or parameter whose options failed to load. */
export const OPTIONS_ERROR = /Error fetching options/i;

/** Chromium flags: headless, no sandbox (CI runs as root), nothing of its own on the network. */
const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-dev-shm-usage',
	'--disable-gpu',
	'--no-first-run',
	'--no-default-browser-check',
	'--disable-component-update',
	'--disable-sync',
	'--disable-background-networking',
	'--disable-default-apps',
	'--disable-extensions',
	'--disable-domain-reliability',
	'--disable-client-side-phishing-detection',
	'--metrics-recording-only',
	'--no-pings',
];

export interface EditorSession {
	browser: Browser;
	context: BrowserContext;
	page: Page;
	/** Every request the page tried to send beyond 127.0.0.1/localhost (aborted). */
	blocked: string[];
	close(): Promise<void>;
}

/** Starts Chromium and opens a page on the n8n at `baseUrl`, with every other host blocked. */
export async function openEditor(baseUrl: string): Promise<EditorSession> {
	if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`Chromium not found at ${CHROMIUM_PATH}: run \`bash scripts/install-chromium.sh\` (or set CHROMIUM_BIN)`);
	selectors.setTestIdAttribute('data-test-id');
	const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
	const context = await browser.newContext({ baseURL: baseUrl, viewport: { width: 1600, height: 1000 }, serviceWorkers: 'block' });
	const blocked: string[] = [];
	await context.route('**/*', (route) => {
		const url = route.request().url();
		let host = '';
		try {
			host = new URL(url).hostname;
		} catch {
			// data: and blob: URLs never leave the machine
		}
		if (host === '' || host === '127.0.0.1' || host === 'localhost') return route.continue();
		blocked.push(url);
		return route.abort('blockedbyclient');
	});
	context.setDefaultTimeout(STEP_TIMEOUT_MS);
	const page = await context.newPage();
	return {
		browser,
		context,
		page,
		blocked,
		close: async () => {
			await context.close().catch(() => undefined);
			await browser.close().catch(() => undefined);
		},
	};
}

/** Signs in through the sign-in page, as a user does. */
export async function signIn(page: Page, user: { email: string; password: string }): Promise<void> {
	await page.goto('/signin');
	await page.getByTestId('emailOrLdapLoginId').locator('input').fill(user.email);
	await page.getByTestId('password').locator('input').fill(user.password);
	await page.getByTestId('form-submit-button').click();
	await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
}

/** A new, empty workflow in the editor. */
export async function newWorkflow(page: Page): Promise<void> {
	await page.goto('/workflow/new');
	await page.getByTestId('node-creator-plus-button').waitFor();
}

/** The node details view (the open node's panel). */
export const ndv = (page: Page): Locator => page.getByTestId('ndv');

const creatorItems = (page: Page) => page.getByTestId('node-creator').getByTestId('item-iterator-item');

/**
 * Adds a node from the node panel: searches `search`, opens the item named `item` and, when it
 * lists actions and triggers, clicks `entry` (e.g. "Get a contact", "On new lead"). Waits for the
 * node's panel to open.
 */
export async function addNode(page: Page, opts: { search: string; item: string; entry?: string }): Promise<void> {
	await page.getByTestId('node-creator-plus-button').click();
	await page.getByTestId('node-creator-search-bar').fill(opts.search);
	await creatorItems(page)
		.filter({ has: page.getByTestId('node-creator-item-name').getByText(opts.item, { exact: true }) })
		.click();
	if (opts.entry) {
		const entry = creatorItems(page).filter({ hasText: new RegExp(`^\\s*${escapeRegExp(opts.entry)}\\s*$`) }).first();
		// A community node's panel lists its triggers and actions in sections that may start
		// collapsed: open them one by one until the entry shows.
		const sections = page.getByTestId('node-creator').getByText(/^(Actions|Triggers) \(\d+\)$/);
		await sections.first().waitFor();
		for (const section of await sections.all()) {
			if (await entry.isVisible()) break;
			await section.click();
		}
		await entry.click();
	} else {
		// a node with nothing to choose offers "Add to workflow" in its panel (or opens at once)
		const add = page.getByTestId('node-creator').getByRole('button', { name: 'Add to workflow' });
		await ndv(page).or(add).first().waitFor();
		if (await add.isVisible()) await add.click();
	}
	await ndv(page).waitFor();
}

/** Closes the open node panel. */
export async function closeNdv(page: Page): Promise<void> {
	await page.getByTestId('ndv-close-button').or(ndv(page).getByRole('button', { name: 'Close' })).first().click();
	await ndv(page).waitFor({ state: 'hidden' });
}

/** The credential slots of the open node panel (one per credential the node asks for). */
export const credentialSlots = (page: Page): Locator => ndv(page).getByTestId('node-credentials-slot');

/** The credential form (modal) while it is open. */
export const credentialForm = (page: Page): Locator => page.locator('.el-dialog').filter({ has: page.getByTestId('credential-save-button') });

/**
 * Fills the open credential form: `text` fields typed in, `select` fields chosen by the text of
 * their option. `type`: the credential type of a new form, which is filled only once its fields
 * show their defaults (the form has set itself up). Returns nothing; the form stays open.
 */
export async function fillCredentialForm(page: Page, values: { type?: string; text: Record<string, string>; select?: Record<string, string> }): Promise<void> {
	const form = credentialForm(page);
	await form.waitFor();
	const fields = Object.entries(values.text).map(([name, value]) => ({ name, value, input: form.getByTestId(`parameter-input-${name}`).locator('input, textarea').first() }));
	if (values.type) {
		const defaults = await credentialDefaults(page, values.type);
		for (const { name, input } of fields) {
			const shown = defaults[name];
			if ((typeof shown !== 'string' && typeof shown !== 'number') || shown === '') continue;
			await waitFor(`the new credential form to show the default of ${name}`, async () => ((await input.inputValue()) === String(shown) ? true : undefined), { timeoutMs: STEP_TIMEOUT_MS, intervalMs: 100 });
		}
	}
	for (const [name, option] of Object.entries(values.select ?? {})) {
		await form.getByTestId(`parameter-input-${name}`).locator('input').first().click();
		await visibleDropdownItem(page, option).click();
		await form.getByTestId(`parameter-input-${name}`).locator('input').first().waitFor();
	}
	// A form that is still setting itself up could lose a typed value to the field's default. In one
	// CI run every Chatwoot node of this test reached no host (ENOTFOUND) through a credential made
	// here, whose first field typed is the base URL. So a new form is filled once it shows its
	// defaults, each field is typed until it reads back and read again after the editor has had a
	// moment to render, and saveCredentialForm compares what the editor sent with what was typed.
	for (let round = 1; ; round++) {
		for (const { input, value } of fields) if ((await input.inputValue()) !== value) await input.fill(value);
		await page.waitForTimeout(FORM_SETTLE_MS);
		const lost: string[] = [];
		for (const { name, input, value } of fields) if ((await input.inputValue()) !== value) lost.push(name);
		if (lost.length === 0) return;
		if (round === 5) throw new Error(`the credential form did not keep the value typed into ${lost.join(', ')} (5 tries)`);
	}
}

/**
 * Saves the open credential form and returns n8n's credential test answer (n8n tests a credential
 * when it is saved; a new one or an edited one), or why it was not saved. n8n closes the form of a
 * new credential that passed; otherwise the form is closed here.
 * - `typed`: the text fields as typed. A field saved with another value turns the answer into a
 *   failure that names the field (never the values, which may be secrets).
 * - `deleteRefused`: a new credential that was saved but refused (by n8n's test, or by `typed`) is
 *   deleted with its trash button, so that no later node, nor the test's second try, picks it up.
 */
export async function saveCredentialForm(page: Page, opts: { typed?: Record<string, string>; deleteRefused?: boolean } = {}): Promise<{ status: string; message?: string }> {
	const isCredentials = (r: { url(): string; request(): { method(): string } }, test: boolean) => {
		const pathname = new URL(r.url()).pathname;
		const method = r.request().method();
		if (test) return method === 'POST' && pathname.endsWith('/rest/credentials/test');
		// a new credential is POSTed, an edited one PATCHed to its id
		return (method === 'POST' && pathname.endsWith('/rest/credentials')) || (method === 'PATCH' && /\/rest\/credentials\/[^/]+$/.test(pathname));
	};
	const saved = page.waitForResponse((r) => isCredentials(r, false));
	// n8n also tests an existing credential when its form opens: only a test sent after Save counts
	const clicked = Date.now();
	const tested = page.waitForResponse((r) => isCredentials(r, true) && r.request().timing().startTime >= clicked);
	await page.getByTestId('credential-save-button').click();
	const save = await saved;
	let result: { status: string; message?: string };
	if (!save.ok()) {
		tested.catch(() => undefined);
		result = { status: `not saved (HTTP ${save.status()})`, message: (await save.text()).slice(0, 300) };
	} else {
		const body = (await (await tested).json()) as { data?: { status: string; message?: string } };
		result = body.data ?? { status: 'no answer' };
		// the editor sends only the values that differ from their defaults
		const sent = (save.request().postDataJSON() ?? {}) as { type?: string; data?: Record<string, unknown> };
		const defaults = opts.typed ? await credentialDefaults(page, String(sent.type)) : {};
		const data = { ...defaults, ...sent.data };
		const differ = Object.entries(opts.typed ?? {}).filter(([name, value]) => String(data[name] ?? '') !== value);
		if (differ.length) result = { status: `saved with other values than typed: ${differ.map(([name]) => name).join(', ')}`, message: `n8n's credential test: ${result.status}${result.message ? ` (${result.message})` : ''}` };
	}
	const form = credentialForm(page);
	// n8n closes the form of a new credential that passed; an edited one stays open
	const edited = save.request().method() === 'PATCH';
	if (opts.deleteRefused && save.ok() && !edited && result.status !== 'OK' && (await form.isVisible())) {
		await form.getByTestId('credential-delete-button').click();
		await page.locator('.el-message-box').getByRole('button').and(page.locator('.btn--confirm')).click();
		await page.locator('.el-message-box').waitFor({ state: 'hidden' });
	}
	if ((result.status !== 'OK' || edited) && (await form.isVisible())) await form.locator('.el-dialog__close').first().click();
	await form.waitFor({ state: 'hidden' });
	return result;
}

type CredentialTypes = Array<{ name: string; properties: Array<{ name: string; default?: unknown }> }>;

/** Every credential type of the n8n a page shows, read once per page (they do not change while it runs). */
const credentialTypesOf = new WeakMap<Page, CredentialTypes>();

/** The default of each field of a credential type, as the editor loads them (/types/credentials.json). */
async function credentialDefaults(page: Page, type: string): Promise<Record<string, unknown>> {
	let types = credentialTypesOf.get(page);
	if (!types) {
		types = (await (await page.request.get('/types/credentials.json')).json()) as CredentialTypes;
		credentialTypesOf.set(page, types);
	}
	const found = types.find((t) => t.name === type);
	if (!found) throw new Error(`n8n's /types/credentials.json has no credential type ${type}`);
	return Object.fromEntries(found.properties.map((p) => [p.name, p.default]));
}

/** The visible item of an open dropdown (an element-plus select list) with this text. */
export function visibleDropdownItem(page: Page, text: string | RegExp): Locator {
	return page.locator('.el-select-dropdown__item:visible, .el-select-dropdown li:visible').filter({ hasText: text }).first();
}

/** The parameter `name` in the open node panel. */
export const parameter = (page: Page, name: string): Locator => ndv(page).getByTestId(`parameter-input-${name}`);

/**
 * Opens the dropdown of parameter `name` (a resource locator's list, or an options list that loads)
 * and waits until `expected` shows in it; returns every entry it shows. `choose`: click the entry.
 */
export async function openDropdown(page: Page, name: string, expected: string | RegExp, opts: { choose?: boolean } = {}): Promise<string[]> {
	const param = parameter(page, name);
	const locator = param.getByTestId(`resource-locator-${name}`);
	if (await locator.count()) {
		await param.getByTestId('rlc-input').click();
		const items = locator.getByTestId('rlc-item');
		const hit = items.filter({ hasText: expected }).first();
		await hit.waitFor();
		const texts = (await items.allInnerTexts()).map((t) => t.trim());
		if (opts.choose) await hit.click();
		else await closeList(page, hit);
		return texts;
	}
	await param.locator('input').first().click();
	const hit = visibleDropdownItem(page, expected);
	await hit.waitFor();
	// the list that holds it (another one may still be fading out)
	const list = page.locator('.el-select-dropdown:visible').filter({ has: page.locator('.el-select-dropdown__item', { hasText: expected }) }).last();
	const texts = (await list.locator('.el-select-dropdown__item').allInnerTexts()).map((t) => t.trim());
	if (opts.choose) await hit.click();
	else await closeList(page, hit);
	return texts;
}

/**
 * Opens the list of the resource locator `name` and waits until it shows either an entry matching
 * `expected` or its error (n8n's `rlc-error-container`); leaves it open (for a screenshot) and
 * returns every entry it shows and the error's text. `closeLocatorList` closes it.
 */
export async function openLocatorList(page: Page, name: string, expected: string | RegExp): Promise<{ entries: string[]; error?: string }> {
	const locator = parameter(page, name).getByTestId(`resource-locator-${name}`);
	await locator.getByTestId('rlc-input').click();
	const items = locator.getByTestId('rlc-item');
	const error = page.getByTestId('rlc-error-container').filter({ visible: true });
	await items.filter({ hasText: expected }).first().or(error.first()).waitFor();
	const entries = (await items.allInnerTexts()).map((t) => t.trim());
	return { entries, error: (await error.count()) ? (await error.first().innerText()).trim() : undefined };
}

/** Closes the open list of the resource locator `name` without choosing. */
export async function closeLocatorList(page: Page, name: string): Promise<void> {
	const list = page.getByTestId('rlc-item').or(page.getByTestId('rlc-error-container')).filter({ visible: true }).first();
	if (await list.count()) await closeList(page, list);
	await parameter(page, name).waitFor();
}

/** Opens the credential form of the credential chosen in the open node's slot `slot` (its pen icon). */
export async function editSlotCredential(page: Page, slot = 0): Promise<void> {
	await credentialSlots(page).nth(slot).getByTestId('credential-edit-button').click();
	await credentialForm(page).waitFor();
}

/** Closes an open list without choosing: Escape, else a click on the form's blank top edge. */
async function closeList(page: Page, entry: Locator): Promise<void> {
	await page.keyboard.press('Escape');
	if (await entry.isVisible()) await ndv(page).getByTestId('node-parameters').click({ position: { x: 2, y: 2 } });
	await entry.waitFor({ state: 'hidden' });
}

/**
 * What the open node panel shows as an error in its parameters: "Error fetching options" anywhere,
 * and each parameter with an issues icon (n8n's `parameter-issues`), by parameter name.
 */
export async function formErrors(page: Page): Promise<string[]> {
	const panel = ndv(page).getByTestId('node-parameters');
	const errors: string[] = [];
	const text = await panel.innerText();
	if (OPTIONS_ERROR.test(text)) errors.push(`"${text.match(OPTIONS_ERROR)![0]}" in the form`);
	for (const issue of await panel.getByTestId('parameter-issues').all()) {
		const name = await issue.evaluate((el) => el.closest('[data-test-id^="parameter-input-"]')?.getAttribute('data-test-id')?.replace('parameter-input-', '') ?? el.closest('[data-test-id="parameter-item"]')?.textContent?.trim().slice(0, 60) ?? '?');
		errors.push(`issues icon on ${name}`);
	}
	return errors;
}

/**
 * Clicks "Execute step" in the open node panel, waits until the output panel shows `expected` (or
 * an error: the node's, or n8n's notice that the step cannot start) and returns the output panel's
 * text, with that notice if there was one.
 */
export async function executeStep(page: Page, expected: string | RegExp): Promise<string> {
	await ndv(page).getByTestId('node-execute-button').click();
	const output = ndv(page).getByTestId('output-panel');
	const refused = page.locator('.el-notification').filter({ hasText: /cannot start|problem|error/i });
	await output.getByText(expected).or(output.getByText(/error/i)).or(refused).first().waitFor({ timeout: STEP_TIMEOUT_MS * 2 });
	const notice = (await refused.count()) ? `\n${(await refused.first().innerText()).trim()}` : '';
	return (await output.innerText()) + notice;
}

/** The subtitle a canvas node shows under its name. */
export async function canvasSubtitle(page: Page, nodeName: string): Promise<string> {
	const node = page.locator(`[data-test-id="canvas-node"][data-node-name="${nodeName.replace(/"/g, '\\"')}"]`);
	await node.waitFor();
	return (await node.getByTestId('canvas-node-subtitle').or(node.locator('[class*="subtitle"]')).first().innerText()).trim();
}

/** Saves a screenshot of the page to <BROWSER_SHOTS_DIR>/<folder>/<name>.png and returns its path. */
export async function screenshot(page: Page, folder: string, name: string): Promise<string> {
	const file = path.join(BROWSER_SHOTS_DIR, folder, `${name.replace(/[^\w.-]+/g, '-').replace(/^-|-$/g, '')}.png`);
	fs.mkdirSync(path.dirname(file), { recursive: true });
	await page.screenshot({ path: file });
	return file;
}

/** Puts the editor back on the canvas after a failed step: closes a credential form, the node panel, the node panel list. */
export async function backToCanvas(page: Page): Promise<void> {
	const form = credentialForm(page);
	if (await form.isVisible()) await form.locator('.el-dialog__close').first().click();
	await page.keyboard.press('Escape');
	if (await ndv(page).isVisible()) await closeNdv(page);
	if (await page.getByTestId('node-creator').isVisible()) await page.keyboard.press('Escape');
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
