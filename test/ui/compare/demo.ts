// The fixed instant the demo server lays its history out against, so run dates (and screenshots) are stable.
export const DEMO_NOW = new Date('2026-06-01T12:00:00Z');
