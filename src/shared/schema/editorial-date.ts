import { isCalendarDate } from './dates.ts';

/** One end of an editorial date: a year, a month or a day. */
function isDatePart(text: string): boolean {
  if (/^\d{4}$/.test(text)) return true;
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(text)) return true;
  return isCalendarDate(text);
}

/** `2018`, `2018-04`, `2018-12-01`, or `2019-05-02/2019-05-03` (start/end, in order). */
export function isEditorialDate(text: string): boolean {
  const parts = text.split('/');
  if (parts.length === 1) return isDatePart(text);
  if (parts.length !== 2) return false;
  const [start, end] = parts as [string, string];
  return isDatePart(start) && isDatePart(end) && start <= end;
}
