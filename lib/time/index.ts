// Days in the CSM's time zone, in one module. A day is a YYYY-MM-DD string; "today" is the
// calendar day of an instant in the CSM's zone (never the UTC date, which is the wrong day in
// Seoul every morning before 9); day arithmetic works on those strings.
export * from './days.ts';
export * from './today.ts';
