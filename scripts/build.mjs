// npm run build: the sources compiled to dist/ for production (`npm run serve`), where a process
// runs plain JavaScript instead of compiling TypeScript as it loads (about 60 MB less memory).
// Files the code reads beside itself that are not TypeScript are copied along.
import { spawnSync } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';

const ASSETS = ['demo/seed'];

rmSync('dist', { recursive: true, force: true });
// npm puts node_modules/.bin on the PATH of its scripts: this is the project's own TypeScript.
const built = spawnSync('tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
for (const asset of ASSETS) cpSync(`src/${asset}`, `dist/${asset}`, { recursive: true });
console.log('Đã biên dịch vào dist/: chạy bằng `npm run serve`.');
