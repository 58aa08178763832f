/**
 * The n8n editor in a real browser (Debian's Chromium through playwright-core), as a no-code user
 * meets our nodes: sign in, and for each platform of the registry (src/browser-platforms.ts) a new
 * workflow where each action and trigger node is added from the node panel, its credentials are
 * created through the credential form (n8n's credential test must pass against the fake), its
 * first form shows no error ("Error fetching options", issues icons), its dropdowns that load from
 * the platform show the fake's records (readable names, no raw values), each action runs one step
 * whose output shows a field of the fake's record, and the canvas subtitle reads as words.
 * Screenshots of each node's first form and each credential form go to .tools/browser-shots/
 * <platform>/ (printed at the end).
 *
 * Every host but 127.0.0.1/localhost is blocked; the blocked requests are printed. Runs only on the
 * pinned n8n (2.40.7): skipped with N8N_VARIANT=next.
 */
import fs from 'node:fs';

import { OWNER, createN8nHome, installOurPackages, startFakes, startN8n, type N8nServer, type RunningFakes } from '../src';
import {
	BROWSER_SHOTS_DIR,
	addNode,
	backToCanvas,
	closeLocatorList,
	closeNdv,
	credentialForm,
	credentialSlots,
	editSlotCredential,
	fillCredentialForm,
	formErrors,
	newWorkflow,
	openEditor,
	openLocatorList,
	saveCredentialForm,
	screenshot,
	signIn,
	type EditorSession,
} from '../src/browser';
import { BROWSER_PLATFORMS, type BrowserNode } from '../src/browser-platforms';
import { exerciseNode, type NodeSeen } from '../src/browser-run';

const SKIP = process.env.N8N_VARIANT === 'next';
const describeOnPinned = SKIP ? describe.skip : describe;

/** A raw canvas subtitle, as n8n shows an expression of values (e.g. "add: contactLabel"). */
const RAW_SUBTITLE = /^[a-z][A-Za-z]*: [a-z][A-Za-z]*$|\{\{|\[object/;

const matches = (text: string, expected: string | RegExp) => (typeof expected === 'string' ? text.includes(expected) : expected.test(text));

// A step in a real browser can lose a race with the editor's own rendering on a busy machine (one
// test of this file failed once in CI and passed on every run here): a failed test is run once more,
// its first error printed, so a real defect still fails twice and a flake is visible in the log.
// The second try starts on a new workflow, and after a first try that did not finish, on a new page
// (see onCanvas and afterEach below).
if (!SKIP) jest.retryTimes(1, { logErrorsBeforeRetry: true });

describeOnPinned('the n8n editor in a browser (Chromium)', () => {
	let fakes: RunningFakes;
	let server: N8nServer | undefined;
	let editor: EditorSession | undefined;
	const shots: string[] = [];
	// Whether the last test that builds on the canvas ran to its end (see afterEach). `tries` tells
	// a test's own run from one that timed out earlier and is still running (jest does not stop it).
	let finished = true;
	let tries = 0;
	const started = new Set<string>();
	const onCanvas = (body: () => Promise<void>) => async () => {
		const mine = ++tries;
		// A second try runs after the tests that followed its first (jest retries at the end of the
		// block): their nodes are on the canvas, a trigger among them, and a step executed after a
		// trigger waits for its event. It starts from a new workflow.
		const name = expect.getState().currentTestName ?? '';
		if (started.has(name)) await newWorkflow(editor!.page);
		started.add(name);
		finished = false;
		await body();
		if (mine === tries) finished = true;
	};

	beforeAll(async () => {
		fs.rmSync(BROWSER_SHOTS_DIR, { recursive: true, force: true });
		fakes = await startFakes();
		const home = createN8nHome();
		installOurPackages(home);
		server = await startN8n(home);
		editor = await openEditor(server.url);
		await signIn(editor.page, OWNER);
	}, 240_000);

	afterAll(async () => {
		const blocked = editor?.blocked ?? [];
		await editor?.close();
		await server?.stop();
		await fakes?.stop();
		const hosts = [...new Set(blocked.map((url) => new URL(url).host))];
		console.log(
			[
				`browser test: ${blocked.length} request(s) beyond 127.0.0.1 blocked${hosts.length ? ` (${hosts.join(', ')})` : ''}`,
				...blocked.map((url) => `  blocked: ${url}`),
				`browser test: ${shots.length} screenshot(s) in ${BROWSER_SHOTS_DIR}`,
			].join('\n'),
		);
	});

	afterEach(async () => {
		if (!editor) return;
		if (finished) {
			// a failed check may leave a form or panel open: the next node starts from the canvas
			await backToCanvas(editor.page).catch(() => undefined);
			return;
		}
		// A test that did not finish may have left a node with issues (n8n then refuses to execute
		// any step of the workflow), and one that timed out still runs, a step of it maybe waiting
		// to click. A new page of the same session ends all of them: the next test, or this one's
		// second try, starts from a new workflow, and nothing else acts on its page.
		const stale = editor.page;
		editor.page = await editor.context.newPage();
		await stale.close().catch(() => undefined);
		await newWorkflow(editor.page);
		finished = true;
	});

	test('signs in as the owner through the sign-in page', async () => {
		expect(new URL(editor!.page.url()).pathname).not.toMatch(/^\/signin/);
	});

	for (const [name, platform] of Object.entries(BROWSER_PLATFORMS)) {
		describe(`${name}`, () => {
			const created = new Set<string>();
			const nodes: Array<{ node: BrowserNode; kind: 'action' | 'trigger' }> = [
				...platform.actions.map((node) => ({ node, kind: 'action' as const })),
				...platform.triggers.map((node) => ({ node, kind: 'trigger' as const })),
			];

			beforeAll(async () => {
				await newWorkflow(editor!.page);
			});

			for (const { node, kind } of nodes) {
				const what = kind === 'action' ? 'credentials, first form without errors, dropdowns with the fake data, one step run' : 'credentials, first form without errors, dropdowns, notice';
				test(`${name}: ${node.canvasName} (${kind}): ${what}`, onCanvas(async () => {
					const seen: NodeSeen = await exerciseNode(editor!.page, name, platform, node, fakes, created);
					shots.push(...seen.shots);

					// every credential created for it through the form passed n8n's credential test
					for (const [type, result] of Object.entries(seen.credentialTests)) expect({ type, ...result }).toMatchObject({ type, status: 'OK' });
					// its first form, with the credential set: no "Error fetching options", no issues icon
					expect(seen.formErrors).toEqual([]);
					if (node.notice) expect(seen.formText).toMatch(node.notice);
					// the dropdowns, in the order they were opened: the collections' options, then the form's
					const specs = [...(node.collectionOptions ?? []).map((o) => o.dropdown), ...(node.dropdowns ?? [])];
					expect(seen.dropdowns.map((d) => d.param)).toEqual(specs.map((d) => d.param));
					for (const [i, dropdown] of seen.dropdowns.entries()) {
						const spec = specs[i];
						const expected = typeof spec.expect === 'function' ? spec.expect(fakes) : spec.expect;
						expect({ param: dropdown.param, error: dropdown.error }).toEqual({ param: dropdown.param, error: undefined });
						expect({ param: dropdown.param, found: dropdown.entries.some((e) => matches(e, expected)), entries: dropdown.entries }).toMatchObject({ param: dropdown.param, found: true });
						if (spec.forbid) expect({ param: dropdown.param, raw: dropdown.entries.filter((e) => spec.forbid!.test(e)) }).toEqual({ param: dropdown.param, raw: [] });
					}
					if (node.output) {
						const expected = node.output(fakes);
						expect(seen.output).not.toMatch(/^ERROR/);
						expect(matches(seen.output ?? '', expected) ? expected : seen.output).toEqual(expected);
					}
					expect(seen.subtitle).toBeTruthy();
					expect(seen.subtitle).not.toMatch(/^ERROR/);
					expect(seen.subtitle).not.toMatch(RAW_SUBTITLE);
					if (typeof node.subtitle === 'string') expect(seen.subtitle).toBe(node.subtitle);
					else if (node.subtitle) expect(seen.subtitle).toMatch(node.subtitle);
				}));
			}

			test(`${name}: every registered credential was created through the credential form`, () => {
				expect([...created].sort()).toEqual(platform.credentials.map((c) => c.type).sort());
			});
		});
	}

	// Issue 13 item 1: a wrong token, once fixed in the credential, no longer leaves the Account in
	// error. n8n's locator keeps each list answer (an error too) under the node's parameters and
	// credential reference, which editing the credential does not change; it asks again when a list
	// whose last answer was an error is opened.
	test('chatwoot: a wrong token shows Chatwoot\'s refusal in the Account list; once the credential is fixed, the same open node lists the account', onCanvas(async () => {
		const page = editor!.page;
		const { data } = fakes.credentials().find((c) => c.type === 'leadchatChatwootApi')!;
		const token = String(data.accessToken);
		const wrong = `wrong-${token.split('').reverse().join('')}`;
		const account = fakes.chatwoot.state.accounts.find((a) => a.id === fakes.chatwoot.accountId)!;
		const log = fakes.chatwoot.server.requests;
		const profile = (from: number) => log.slice(from).filter((r) => r.method === 'GET' && r.path === '/api/v1/profile');

		await newWorkflow(page);
		await addNode(page, { search: 'Chatwoot', item: 'Chatwoot', entry: 'Get a contact' });
		// a new credential: from the empty slot, or "Create new credential" when one is already chosen
		const slot = credentialSlots(page).first();
		const empty = slot.getByTestId('node-credentials-empty-state');
		if (await empty.isVisible()) await empty.getByRole('button').first().click();
		else {
			await slot.getByTestId('node-credentials-select').click();
			await page.getByTestId('node-credentials-select-item-new').click();
		}
		await fillCredentialForm(page, { type: 'leadchatChatwootApi', text: { baseUrl: String(data.baseUrl), accessToken: wrong, accountId: String(data.accountId) } });
		const refused = await saveCredentialForm(page);
		expect(refused.status).not.toBe('OK');

		let from = log.length;
		const broken = await openLocatorList(page, 'accountId', account.name);
		shots.push(await screenshot(page, 'chatwoot', 'account-list-wrong-token'));
		await closeLocatorList(page, 'accountId');
		expect(broken.entries).toEqual([]);
		expect(broken.error).toMatch(/\b401\b[\s\S]*Invalid Access Token/);
		expect(broken.error).not.toContain(wrong);
		expect(broken.error).not.toContain(token);
		expect(profile(from).map((r) => [r.headers.api_access_token, r.status])).toEqual([[wrong, 401]]);

		// fixed through the credential form of the same open node (the token field is typed anew)
		await editSlotCredential(page);
		await fillCredentialForm(page, { text: { accessToken: token } });
		shots.push(await screenshot(page, 'chatwoot', 'credential-token-fixed'));
		from = log.length;
		expect(await saveCredentialForm(page)).toMatchObject({ status: 'OK' });
		// n8n's credential test on save read the profile with the fixed token
		expect(profile(from).map((r) => [r.headers.api_access_token, r.status])).toContainEqual([token, 200]);
		await credentialForm(page).waitFor({ state: 'hidden' });

		from = log.length;
		const fixed = await openLocatorList(page, 'accountId', account.name);
		shots.push(await screenshot(page, 'chatwoot', 'account-list-token-fixed'));
		await closeLocatorList(page, 'accountId');
		expect(fixed.error).toBeUndefined();
		expect(fixed.entries.some((e) => e.includes(account.name))).toBe(true);
		expect(profile(from).map((r) => [r.headers.api_access_token, r.status])).toEqual([[token, 200]]);
		expect(await formErrors(page)).toEqual([]);
		await closeNdv(page);
	}));
});
