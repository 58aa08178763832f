#!/usr/bin/env node
// The `prepublishOnly` guard of every published package: a release is made only by the publish
// workflow (.github/workflows/publish.yml), from GitHub Actions with npm provenance, never by hand.
// n8n requires community packages to be published from a GitHub Action with provenance; a package
// published from a laptop could not be verified.
//
// It passes when GITHUB_ACTIONS is "true" (set by GitHub Actions) and npm's `provenance` setting is
// on: `--provenance` on the command line (npm and pnpm then give scripts npm_config_provenance=true)
// or NPM_CONFIG_PROVENANCE=true in the environment. Otherwise it prints why and exits 1, which stops
// `npm publish` and `pnpm publish` before anything is packed or sent.
'use strict';

function isTrue(value) {
	return typeof value === 'string' && value.trim().toLowerCase() === 'true';
}

/** The reasons a publish in this environment must be refused (none: it may go ahead). */
function refusalReasons(env) {
	const reasons = [];
	if (!isTrue(env.GITHUB_ACTIONS)) {
		reasons.push('it is not running in GitHub Actions (GITHUB_ACTIONS is not "true")');
	}
	if (!isTrue(env.npm_config_provenance) && !isTrue(env.NPM_CONFIG_PROVENANCE)) {
		reasons.push('npm provenance is off (publish with --provenance, or set NPM_CONFIG_PROVENANCE=true)');
	}
	return reasons;
}

function main() {
	const reasons = refusalReasons(process.env);
	const name = process.env.npm_package_name || 'this package';
	if (reasons.length === 0) {
		console.log(`prepublish guard: publishing ${name} from GitHub Actions with provenance`);
		return 0;
	}
	console.error(
		[
			`prepublish guard: refusing to publish ${name}:`,
			...reasons.map((reason) => `  - ${reason}`),
			'Releases are made only by the publish workflow (.github/workflows/publish.yml) with npm provenance,',
			'never by hand: add a changeset (`npm run changeset`) and merge the "Version packages" pull request.',
			'See "Releasing" in the README.',
		].join('\n'),
	);
	return 1;
}

if (require.main === module) process.exitCode = main();

module.exports = { refusalReasons };
