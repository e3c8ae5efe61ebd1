export * from './errors.ts'
export * from './views.ts'
export * from './payloads.ts'
export * from './events.ts'
