/**
 * The command an npm script runs, as an argument list for `spawn`. The bench
 * and the build's test run `npm run build` as npm runs it, flags included,
 * without npm's own process around it (its start-up and memory would count
 * in their figures).
 */

/** Pure: `scripts[name]` of a package.json's text, when it is `node [flags] <file> [args]`. */
export function scriptArgv(packageJson: string, name: string, nodePath: string): string[] {
  const scripts = (JSON.parse(packageJson) as { scripts?: Record<string, string> }).scripts ?? {};
  const script = scripts[name];
  if (script === undefined) throw new Error(`package.json has no "${name}" script`);
  const [command, ...args] = script.trim().split(/\s+/);
  if (command !== 'node' || args.length === 0 || /["'`$&|;<>()\\]/.test(script)) {
    throw new Error(
      `package.json's "${name}" script is "${script}"; only "node [flags] <file> [arguments]" without shell syntax can be run here`,
    );
  }
  return [nodePath, ...args];
}
