// Node 20's test runner does not expand globs, so this lists the test files itself.
// Usage: node scripts/run-tests.mjs [dir-or-file ...]  (default: src and test; browser journeys run after the rest)
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const isTest = (name) => /\.test\.tsx?$/.test(name);

function collect(path, out) {
  if (statSync(path).isFile()) {
    if (isTest(path)) out.push(path);
    return out;
  }
  for (const entry of readdirSync(path).sort()) {
    if (entry === 'node_modules') continue;
    collect(join(path, entry), out);
  }
  return out;
}

const args = process.argv.slice(2);
const roots = args.length > 0 ? args : ['src', 'test'];
const files = roots.flatMap((root) => collect(root, []));
if (files.length === 0) {
  console.error('Không tìm thấy tệp kiểm thử nào trong: ' + roots.join(', '));
  process.exit(1);
}

// Browser journeys run last and on their own: they start a server and Chromium.
const e2e = files.filter((f) => f.includes(join('test', 'e2e')));
const unit = files.filter((f) => !e2e.includes(f));

function run(list) {
  return new Promise((resolve) => {
    if (list.length === 0) return resolve(0);
    const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', ...list], { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const code = (await run(unit)) || (await run(e2e));
process.exit(code);
