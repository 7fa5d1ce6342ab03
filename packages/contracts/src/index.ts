export * from './errors.js';
export * from './common.js';
export * from './signals.js';
export * from './customers.js';
export * from './knowledge.js';
export * from './staff.js';
export * from './imports.js';
export * from './intents.js';
