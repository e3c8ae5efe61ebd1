export { createCirrus, type Cirrus, type CirrusOptions } from './app.ts'
export { openDatabase, type Db } from './db/client.ts'
