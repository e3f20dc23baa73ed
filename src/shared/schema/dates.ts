import { z } from 'zod';
import { isValid, parseISO, format } from 'date-fns';

/** True when `text` is a real calendar date written YYYY-MM-DD (2019-02-30 is not). */
export function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const parsed = parseISO(text);
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === text;
}

/**
 * A calendar date as `YYYY-MM-DD`. YAML 1.1 readers (Astro's frontmatter
 * parser among them) turn an unquoted date into a `Date` at UTC midnight;
 * that is folded back to the same string, so both readers agree.
 */
export const calendarDate = z
  .union([z.string(), z.date().transform((date) => date.toISOString().slice(0, 10))])
  .refine(isCalendarDate, {
    message: 'must be a real date written YYYY-MM-DD',
  });

/** kebab-case: lower-case letters and digits joined by single hyphens. */
export const kebabCase = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
  message: 'must be kebab-case (lower-case letters, digits and single hyphens)',
});
