// tsup settings shared by every node package: one CommonJS file per node and credential (plus the
// shared chunks code splitting writes at dist/chunk-*.js, so core is in the package once), laid out
// like n8n expects (dist/nodes/<Name>/<Name>.node.js, dist/credentials/<Name>.credentials.js), with
// @leadchat/core bundled in so the published package has no runtime dependency but the
// n8n-workflow peer. Codex files are copied next to the built nodes; the package's one pair of icons
// (icons/<platform>.svg and .dark.svg, which every node and credential names through a relative
// 'file:../…' path, as n8n and its lint allow inside the package) to dist/icons; and the repository's
// LICENSE into the package folder (npm packs it with the package; the copy is not committed).
// The built JavaScript keeps esbuild's layout (readable, not minified) but loses the comments a
// reader of the package does not need (strip-comments.js; about 5% of the packed size).
const fs = require('fs');
const path = require('path');
const { stripComments } = require('./strip-comments');

function walk(dir, test, out = []) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, test, out);
    else if (test(entry.name)) out.push(full);
  }
  return out;
}

// LEADCHAT_BUILD_ROOT (set only by the test kit's dist check): build into <that folder>/dist and
// copy the assets there, leaving the package's own dist/ and LICENSE alone, so that a test building
// the package never deletes files another test (running beside it) is reading.
function nodePackageConfig(pkgDir) {
  const outRoot = process.env.LEADCHAT_BUILD_ROOT || pkgDir;
  const entry = {};
  for (const file of [
    ...walk(path.join(pkgDir, 'nodes'), (n) => n.endsWith('.node.ts')),
    ...walk(path.join(pkgDir, 'credentials'), (n) => n.endsWith('.credentials.ts')),
  ]) {
    const rel = path.relative(pkgDir, file).replace(/\.ts$/, '');
    entry[rel] = file;
  }
  return {
    entry,
    outDir: path.join(outRoot, 'dist'),
    format: ['cjs'],
    target: 'node20',
    platform: 'node',
    clean: true,
    dts: false,
    sourcemap: false,
    splitting: true,
    treeshake: true,
    external: ['n8n-workflow'],
    noExternal: [/^@leadchat\//],
    async onSuccess() {
      for (const file of walk(path.join(outRoot, 'dist'), (n) => n.endsWith('.js'))) {
        fs.writeFileSync(file, stripComments(fs.readFileSync(file, 'utf8')));
      }
      for (const asset of walk(path.join(pkgDir, 'nodes'), (n) => n.endsWith('.node.json')).concat(
        walk(path.join(pkgDir, 'icons'), (n) => /\.(svg|png)$/.test(n)),
      )) {
        const target = path.join(outRoot, 'dist', path.relative(pkgDir, asset));
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(asset, target);
      }
      fs.copyFileSync(path.join(__dirname, '..', '..', 'LICENSE'), path.join(outRoot, 'LICENSE'));
    },
  };
}

module.exports = { nodePackageConfig };
