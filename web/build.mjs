// Bundles each page's script and copies the static files into the Hub's web root.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', 'src', 'Hub', 'wwwroot');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
cpSync(join(here, 'static'), out, { recursive: true });

await build({
  entryPoints: {
    home: join(here, 'src', 'pages', 'home.ts'),
    phone: join(here, 'src', 'pages', 'phone.ts'),
    board: join(here, 'src', 'pages', 'board.ts'),
    console: join(here, 'src', 'pages', 'console.ts'),
  },
  outdir: join(out, 'assets'),
  bundle: true,
  format: 'esm',
  // Cheap Android phones run recent Chrome; older iPhones Safari 15.
  target: ['chrome90', 'firefox90', 'safari15'],
  minify: true,
  sourcemap: true,
  legalComments: 'linked',
  logLevel: 'warning',
});

// MSBuild compares this file's time with the sources to decide whether to build again.
writeFileSync(join(out, '.built'), new Date().toISOString());
