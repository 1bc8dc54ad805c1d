import { config } from 'zod';

// Zod probes `new Function` to speed up parsing; under script-src 'self' that probe is a CSP
// violation the browser reports on every page. Jitless mode never tries.
config({ jitless: true });
