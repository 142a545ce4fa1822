import { z } from 'zod';

// Extension pages and the background run under MV3's content security policy: no eval. zod probes
// for eval with `new Function` when its first object schema is made, the policy refuses it, and
// Chrome lists every refusal as an error on the extension's card. Jitless skips the probe (and the
// compiled fast path it would feed). It must run before any schema exists, so every entrypoint
// that carries zod imports this module first.
z.config({ jitless: true });
