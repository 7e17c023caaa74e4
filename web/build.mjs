// Builds the Hub's web root: every script and style under a name that carries a hash of its content (so the server
// lets browsers keep them for a year), the pages rewritten to those names, and a Brotli and a gzip copy of every
// text file (so the server only picks a file and never compresses while phones wait).
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'Hub', 'wwwroot');
const assets = join(out, 'assets');

// A page names its files by what they are (/assets/phone.js, /assets/app.css); the build finds their sources here.
const sources = {
  '.js': (name) => join('src', 'pages', `${name}.ts`),
  '.css': (name) => join('static', 'assets', `${name}.css`),
};
const reference = /(href|src)="\/assets\/([\w-]+)(\.js|\.css)"/g;
const hashed = /^[\w-]+-[A-Z0-9]{8}\./;
// Source maps stay beside the bundles for DevTools, which alone follows the link to them; they are not compressed.
const compressible = new Set(['.js', '.css', '.html', '.svg', '.json']);

rmSync(out, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });

const pages = readdirSync(join(here, 'static')).filter((file) => file.endsWith('.html'))
  .map((file) => ({ file, html: readFileSync(join(here, 'static', file), 'utf8') }));
const entries = new Map();
for (const { html } of pages) {
  for (const [, , name, ext] of html.matchAll(reference)) entries.set(sources[ext](name), name);
}

const shared = {
  absWorkingDir: here,
  outdir: assets,
  entryNames: '[name]-[hash]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  format: 'esm',
  // Cheap Android phones run recent Chrome; older iPhones Safari 15.
  target: ['chrome90', 'firefox90', 'safari15'],
  minify: true,
  sourcemap: 'linked',
  legalComments: 'linked',
  metafile: true,
  logLevel: 'warning',
};
// One build per page script: chunks shared between pages would save nothing to a phone, which only ever opens its
// own page, and would cost it requests (six at a time over HTTP/1.1, each 400 ms or more on a weak link). Splitting
// still puts what a page loads later (the phone's live part, with SignalR) in a chunk of its own.
const scripts = [...entries].filter(([source]) => source.endsWith('.ts'));
const styles = [...entries].filter(([source]) => source.endsWith('.css'));
const results = await Promise.all([
  ...scripts.map(([source, name]) => build({ ...shared, entryPoints: [{ in: source, out: name }], splitting: true })),
  build({ ...shared, entryPoints: styles.map(([source, name]) => ({ in: source, out: name })) }),
]);

const outputs = Object.assign({}, ...results.map((result) => result.metafile.outputs));
const url = (output) => `/assets/${relative(assets, join(here, output)).split('\\').join('/')}`;
const bySource = new Map(Object.entries(outputs).filter(([, o]) => o.entryPoint).map(([output, o]) => [o.entryPoint, output]));

/** The chunks an entry imports statically, at any depth: the browser needs them all before it runs the entry. */
function staticImports(output, seen = new Set()) {
  for (const { path, kind } of outputs[output].imports) {
    if (kind === 'import-statement' && !seen.has(path)) {
      seen.add(path);
      staticImports(path, seen);
    }
  }
  return seen;
}

for (const { file, html } of pages) {
  const page = html.replace(reference, (_, attribute, name, ext) => {
    const output = bySource.get(sources[ext](name).split('\\').join('/'));
    if (!output) throw new Error(`${file}: no bundle for /assets/${name}${ext}`);
    return `${attribute}="${url(output)}"`;
  }).replace(/^(\s*)<script type="module" src="([^"]+)"><\/script>/m, (tag, indent, src) => {
    // Announcing the entry's chunks saves a round trip per level of imports, 400 ms each on a weak link.
    const output = Object.keys(outputs).find((o) => url(o) === src);
    const preloads = [...staticImports(output)].map((chunk) => `${indent}<link rel="modulepreload" href="${url(chunk)}">\n`);
    return `${preloads.join('')}${tag}`;
  });
  writeFileSync(join(out, file), page);
}

for (const file of readdirSync(assets)) {
  if (!hashed.test(file)) throw new Error(`assets/${file} has no content hash in its name, yet the server lets browsers keep it for a year.`);
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
/** Every file under the folder, with its path. */
function files(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
// The most compact Brotli and gzip: done once here, where the time is spent by the build, not by each request.
await Promise.all(files(out).filter((path) => compressible.has(extname(path))).map(async (path) => {
  const content = readFileSync(path);
  const [br, gz] = await Promise.all([
    brotli(content, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
    gzipped(content, { level: 9 }),
  ]);
  // A copy that saves nothing is left out: the server then sends the file as it is.
  if (br.length < content.length) writeFileSync(`${path}.br`, br);
  if (gz.length < content.length) writeFileSync(`${path}.gz`, gz);
}));

// MSBuild compares this file's time with the sources to decide whether to build again.
writeFileSync(join(out, '.built'), new Date().toISOString());
