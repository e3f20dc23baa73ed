import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { test } from 'node:test';
import { residentKib, treeRssMb } from './tree-memory.ts';

test('reads VmRSS from a status text', () => {
  assert.equal(residentKib('Name:\tnode\nVmPeak:\t  900 kB\nVmRSS:\t  123456 kB\n'), 123456);
  assert.equal(residentKib('Name:\tzombie\n'), 0);
});

test('sums a process and its children', async () => {
  // A parent holding 64 MiB that starts a child holding 64 MiB: both count.
  const hold = 'const b = Buffer.alloc(64 * 2 ** 20, 1); setInterval(() => b[0]++, 1000);';
  const parentScript = `${hold}
const child = require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(hold)}]);
console.log(child.pid);`;
  const parent = spawn(process.execPath, ['-e', parentScript], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = (await once(parent.stdout, 'data')) as [Buffer];
  const childPid = Number(line.toString().trim());
  try {
    let total = 0;
    for (let tries = 0; tries < 50 && total < 128; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      total = treeRssMb(parent.pid ?? 0);
    }
    assert.ok(total >= 128, `the tree holds both buffers: ${total.toFixed(0)} MiB`);
    assert.ok(treeRssMb(childPid) < total, 'the child alone holds less');
  } finally {
    process.kill(childPid, 'SIGKILL');
    parent.kill('SIGKILL');
  }
});
