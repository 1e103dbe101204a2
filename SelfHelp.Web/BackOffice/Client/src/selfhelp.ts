// SelfHelp's back office extensions, declared to the client by the server's manifest as a backofficeEntryPoint.
export { onInit } from './entry-point/index.js';
