export { createCirrus, type Cirrus, type CirrusOptions } from './app.ts'
export { openDatabase, type Db } from './db/client.ts'
export { trustFromEnv, type Trust } from './address.ts'
export { optionsFromEnv, lifecycleFromEnv, defaultConnectionsPerAddress } from './config.ts'
