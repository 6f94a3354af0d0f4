/**
 * Run by update-crash.test.ts in its own process: installs a bundle and is killed (SIGKILL, no
 * cleanup of any kind) right after the new set is written, before the pointer is switched.
 * Arguments: HOME URL PUBLIC_KEY_BASE64
 */
import { updateSignatures } from '../../electron/signatures/update';

const [home, from, publicKey] = process.argv.slice(2) as [string, string, string];
await updateSignatures({
  home,
  from,
  trustedKeys: [publicKey],
  onStep: (s) => {
    if (s.step === 'written') process.kill(process.pid, 'SIGKILL');
  },
});
