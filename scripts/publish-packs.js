#!/usr/bin/env node
// The publish step of scripts/release.sh: publishes the tarballs that were packed and checked
// (packages/release/bin/check-packs.js --out .tools/packs writes them and their packs.json, only
// when n8n's scanner and strict n8n-node lint find nothing), never a new pack of the sources.
//
// For each pack in packs.json:
//   1. the tarball is the one recorded (same SHA-1 as npm pack reported) and of the package's
//      current version;
//   2. the prepublish guard (scripts/prepublish-guard.js) runs for it, as prepublishOnly would: a
//      tarball is published without running any package script, so it is called here, with
//      npm_config_provenance=true because the publish command below always passes --provenance.
//      Outside GitHub Actions the guard refuses, and nothing is published;
//   3. `npm view <name>@<version> version`: a version already on the registry is skipped (a rerun
//      of the workflow publishes only what is missing); E404 (the package is not on the registry
//      yet) or an empty answer (the version is not) means publish; any other error stops;
//   4. `npm publish <tarball> --provenance --access public`.
//
//   node scripts/publish-packs.js [--packs <dir>] [--dry-run]     default dir: .tools/packs
//
// --dry-run passes --dry-run to npm publish (npm then sends nothing); everything else runs as is.
'use strict';
const { spawnSync } = require('child_process');
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_PACKS = path.join(ROOT, '.tools', 'packs');
const GUARD = path.join(__dirname, 'prepublish-guard.js');

function sha1(file) {
	return crypto.createHash('sha1').update(fs.readFileSync(file)).digest('hex');
}

function npm(args) {
	return spawnSync('npm', args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' } });
}

/** The packs to publish, each checked against its tarball and its package's version. */
function readPacks(packsDir) {
	const list = path.join(packsDir, 'packs.json');
	if (!fs.existsSync(list)) throw new Error(`${list} is missing: pack and check first (node packages/release/bin/check-packs.js --out ${path.relative(ROOT, packsDir) || '.'})`);
	const packs = JSON.parse(fs.readFileSync(list, 'utf8'));
	if (!Array.isArray(packs) || packs.length === 0) throw new Error(`${list} lists no pack`);
	for (const p of packs) {
		if (!fs.existsSync(p.tarball)) throw new Error(`${p.name}: the tarball ${p.tarball} is missing`);
		if (!p.shasum || sha1(p.tarball) !== p.shasum) throw new Error(`${p.name}: ${p.tarball} is not the tarball that was packed and checked (SHA-1 ${sha1(p.tarball)}, packs.json says ${p.shasum})`);
		const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'packages', p.dir, 'package.json'), 'utf8'));
		if (pkg.name !== p.name || pkg.version !== p.version) throw new Error(`${p.dir}: the pack is ${p.name}@${p.version}, the package is ${pkg.name}@${pkg.version}: pack and check again`);
	}
	return packs;
}

/** Whether name@version is on the registry: true, false (E404 or no such version), or throws. */
function isPublished(name, version) {
	const result = npm(['view', `${name}@${version}`, 'version', '--json']);
	const out = result.stdout.trim();
	if (result.status === 0) return out !== '' && JSON.parse(out) === version;
	if (/\bE404\b/.test(`${result.stdout}${result.stderr}`)) return false;
	throw new Error(`npm view ${name}@${version} failed (${result.status}): ${(result.stderr || result.stdout).trim()}`);
}

function main(argv) {
	const args = [...argv];
	const dryRun = args.includes('--dry-run');
	const at = args.indexOf('--packs');
	const packsDir = at === -1 ? DEFAULT_PACKS : path.resolve(args[at + 1] ?? '');

	let packs;
	try {
		packs = readPacks(packsDir);
	} catch (error) {
		console.error(`publish-packs: ${error.message}`);
		return 1;
	}
	for (const p of packs) {
		const guard = spawnSync(process.execPath, [GUARD], { encoding: 'utf8', env: { ...process.env, npm_package_name: p.name, npm_config_provenance: 'true' } });
		process.stdout.write(guard.stdout);
		process.stderr.write(guard.stderr);
		if (guard.status !== 0) {
			console.error('publish-packs: nothing was published');
			return 1;
		}
	}
	for (const p of packs) {
		let published;
		try {
			published = isPublished(p.name, p.version);
		} catch (error) {
			console.error(`publish-packs: ${error.message}`);
			return 1;
		}
		if (published) {
			console.log(`publish-packs: ${p.name}@${p.version} is on the registry already: skipped`);
			continue;
		}
		console.log(`publish-packs: publishing ${path.relative(ROOT, p.tarball)} (SHA-1 ${p.shasum})${dryRun ? ' (dry run)' : ''}`);
		const result = spawnSync('npm', ['publish', p.tarball, '--provenance', '--access', 'public', ...(dryRun ? ['--dry-run'] : [])], {
			cwd: ROOT,
			stdio: 'inherit',
			env: { ...process.env, npm_config_update_notifier: 'false', npm_config_fund: 'false' },
		});
		if (result.status !== 0) {
			console.error(`publish-packs: npm publish of ${p.name}@${p.version} failed (${result.status})`);
			return 1;
		}
	}
	return 0;
}

module.exports = { readPacks, isPublished };

if (require.main === module) process.exitCode = main(process.argv.slice(2));
