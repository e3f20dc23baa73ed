import { test } from 'node:test';
import assert from 'node:assert/strict';
import { format, isValid, parseISO } from 'date-fns';
import { isCalendarDate } from './dates.ts';

/** The definition the arithmetic replaces: a date is real when it survives a round trip. */
function roundTrips(text: string): boolean {
  const parsed = parseISO(text);
  return isValid(parsed) && format(parsed, 'yyyy-MM-dd') === text;
}

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

test('isCalendarDate agrees with a date-fns round trip, leap years and out-of-range fields included', () => {
  for (const year of [0, 1, 4, 100, 400, 1600, 1900, 2000, 2018, 2019, 2020, 2100, 2400, 9999]) {
    for (let month = 0; month <= 13; month++) {
      for (let day = 0; day <= 32; day++) {
        const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
        assert.equal(isCalendarDate(text), roundTrips(text), text);
      }
    }
  }
});

test('isCalendarDate refuses anything but YYYY-MM-DD', () => {
  for (const text of [
    '2019-2-01',
    '2019-02-1',
    '19-02-01',
    '2019-02-01T00:00',
    ' 2019-02-01',
    '',
  ]) {
    assert.equal(isCalendarDate(text), false, text);
  }
});
