// The pure metrics library (DESIGN §2): functions of a snapshot, the settings, `now` and the
// CSM's time zone. No I/O, no clock, no UI.
export * from './nps.ts';
export * from './ticket-aging.ts';
export * from './money.ts';
export * from './renewal.ts';
export * from './health/index.ts';
export * from './retention.ts';
export * from './compute-all.ts';
export * from './checklist.ts';
export * from './book-row.ts';
export * from './book-figures.ts';
export * from './attention.ts';
export * from './since-last-visit.ts';
export * from './visit-retention.ts';
export * from './segment.ts';
