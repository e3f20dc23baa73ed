/**
 * Checks a generated content/ file set against the contract's schemas, read
 * as the site's content loader reads it (src/lib/generated-entries.ts). For the
 * tests: normalize builds its records in the contract's types and does not
 * check each one again (render.ts); the site checks them on every build.
 */
import { splitGenerated } from '../lib/archived-text.ts';
import { eventEntrySchema } from '../shared/schema/event.ts';
import { aliasEntrySchema, sourceEntrySchema } from '../shared/schema/source.ts';

/** Every record of `files` (paths inside content/ → text) the schemas refuse, as `path: why`. */
export function contractViolations(files: ReadonlyMap<string, string>): string[] {
  const violations: string[] = [];
  for (const [name, text] of files) {
    const schema = name.startsWith('events/')
      ? eventEntrySchema
      : name.startsWith('sources/')
        ? sourceEntrySchema
        : null;
    const result =
      schema !== null
        ? schema.safeParse(splitGenerated(text).data)
        : name === 'aliases.json'
          ? aliasEntrySchema.array().safeParse(JSON.parse(text))
          : null;
    if (result?.success === false) violations.push(`${name}: ${result.error.message}`);
  }
  return violations;
}
