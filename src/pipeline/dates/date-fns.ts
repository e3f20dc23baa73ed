/**
 * The date-fns functions the pipeline uses, one module per function (the
 * package index loads all of date-fns, a second at start-up), loaded through
 * `require`. Node's ESM loader re-reads a package's `exports` each time it
 * resolves a specifier into the package and each time it loads one of its
 * files, and date-fns's package.json is 199 KB: at start-up these 18
 * functions (26 modules) cost about 0.2 s as imports, against 0.08 s
 * required, which resolves each function once and its helpers by path.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

export const { addDays } = load('date-fns/addDays') as typeof import('date-fns/addDays');
export const { addMonths } = load('date-fns/addMonths') as typeof import('date-fns/addMonths');
export const { addWeeks } = load('date-fns/addWeeks') as typeof import('date-fns/addWeeks');
export const { addYears } = load('date-fns/addYears') as typeof import('date-fns/addYears');
export const { differenceInCalendarDays } = load(
  'date-fns/differenceInCalendarDays',
) as typeof import('date-fns/differenceInCalendarDays');
export const { endOfMonth } = load('date-fns/endOfMonth') as typeof import('date-fns/endOfMonth');
export const { endOfQuarter } = load(
  'date-fns/endOfQuarter',
) as typeof import('date-fns/endOfQuarter');
export const { endOfWeek } = load('date-fns/endOfWeek') as typeof import('date-fns/endOfWeek');
export const { endOfYear } = load('date-fns/endOfYear') as typeof import('date-fns/endOfYear');
export const { getDay } = load('date-fns/getDay') as typeof import('date-fns/getDay');
export const { isSameMonth } = load(
  'date-fns/isSameMonth',
) as typeof import('date-fns/isSameMonth');
export const { isSameYear } = load('date-fns/isSameYear') as typeof import('date-fns/isSameYear');
export const { isValid } = load('date-fns/isValid') as typeof import('date-fns/isValid');
export const { lastDayOfMonth } = load(
  'date-fns/lastDayOfMonth',
) as typeof import('date-fns/lastDayOfMonth');
export const { startOfMonth } = load(
  'date-fns/startOfMonth',
) as typeof import('date-fns/startOfMonth');
export const { startOfQuarter } = load(
  'date-fns/startOfQuarter',
) as typeof import('date-fns/startOfQuarter');
export const { startOfWeek } = load(
  'date-fns/startOfWeek',
) as typeof import('date-fns/startOfWeek');
export const { startOfYear } = load(
  'date-fns/startOfYear',
) as typeof import('date-fns/startOfYear');
