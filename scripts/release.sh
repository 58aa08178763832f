#!/usr/bin/env bash
# The publish step of .github/workflows/publish.yml (`npm run release`), run by changesets/action
# when no changeset is pending. Builds the node packages, packs each as it is published
# (scripts/pack.js: package.json without devDependencies, jest or scripts) and runs n8n's checks on
# the tarballs (the scanner's analyzer and strict n8n-node lint), then publishes those very
# tarballs: scripts/publish-packs.js calls the prepublish guard (scripts/prepublish-guard.js; it
# refuses to publish outside GitHub Actions, and publishing a tarball runs no package script) and
# `npm publish <tarball> --provenance --access public` for each version not on npm yet. Then it tags
# the published versions.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pnpm exec turbo run build --filter='./packages/node-*' --output-logs=errors-only
# Packs into .tools/packs and writes .tools/packs/packs.json only when every pack passes.
node packages/release/bin/check-packs.js --out .tools/packs
node scripts/publish-packs.js --packs .tools/packs
# Prints "New tag: <name>@<version>" for each version without a tag yet (the workflow fetches every tag);
# changesets/action pushes them and makes a GitHub release for each.
pnpm exec changeset tag
