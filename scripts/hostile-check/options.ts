// The command line of the independent hostile check (see index.ts), read once.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
export const EXT = resolve(ROOT, args.find((a) => a.startsWith('--ext='))?.slice(6) ?? '.output/indep');
export const ONLY = args
  .find((a) => a.startsWith('--only='))
  ?.slice(7)
  .split(',');
const WHICH = args.filter((a) => a === 'chromium' || a === 'firefox');
export const BROWSERS = (WHICH.length ? WHICH : ['chromium', 'firefox']) as Array<'chromium' | 'firefox'>;
export const OUT = join(EXT, 'hostile-check');
