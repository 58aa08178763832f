#!/usr/bin/env bash
# The publish step of .github/workflows/publish.yml (`npm run release`), run by changesets/action
# when no changeset is pending. Builds the node packages, publishes every public package whose
# version is not on npm yet, with provenance, then tags the published versions. pnpm rewrites the
# `workspace:` ranges while packing. Each package's prepublishOnly guard (scripts/prepublish-guard.js)
# refuses to publish outside GitHub Actions or without provenance, so this cannot run by hand.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
pnpm exec turbo run build --filter='./packages/node-*' --output-logs=errors-only
# pnpm's git checks stay on: it publishes only from a clean checkout of main.
pnpm publish -r --provenance --access public
# Prints "New tag: <name>@<version>" for each version without a tag yet (the workflow fetches every tag);
# changesets/action pushes them and makes a GitHub release for each.
pnpm exec changeset tag
