import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from '../context.js';
import { errorHandler } from './error-handler.js';
import { makeGuard } from './guard.js';
import { sessionCookieName } from './session.js';
import { RequestLogController } from './logging.js';
import { helmetOptions, isApiUrl, makeRouterErrorHandler, preventCaching } from './security-headers.js';
import './types.js';

export type App = FastifyInstance<any, any, any, any, ZodTypeProvider>;

/** Builds the Fastify instance with the cross-cutting layers; domains add their routes in server/routes.ts. */
export async function buildHttpApp(ctx: AppContext, registerRoutes: (app: App) => Promise<void>): Promise<App> {
  const { config } = ctx;
  const app = Fastify({
    loggerInstance: ctx.log,
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9-]{8,64}$/.test(given) ? given : randomUUID();
    },
    requestIdHeader: false,
    trustProxy: config.APPRODO_TRUST_PROXY,
    bodyLimit: 1024 * 1024,
    frameworkErrors: makeRouterErrorHandler(config),
    logController: new RequestLogController(),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  // The API speaks JSON only. Fastify also parses text/plain by default, a type a cross-site
  // <form enctype="text/plain"> can send without a CORS preflight: refuse it with 415 instead.
  app.removeContentTypeParser('text/plain');
  app.setNotFoundHandler((request, reply) => errorHandler(Object.assign(new Error('not found'), { statusCode: 404 }) as never, request, reply));

  await app.register(fastifyHelmet, helmetOptions(config));
  await app.register(fastifyCookie);

  // Every /api route must declare its policy; a route without one stops the app at start-up.
  app.addHook('onRoute', (route) => {
    if (isApiUrl(route.url) && !route.config?.policy) {
      throw new Error(`Route ${route.method} ${route.url} declares no policy`);
    }
  });
  app.decorateRequest('actor', null);
  app.decorateRequest('session', null);
  app.decorateRequest('lang', 'it');
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onRequest', makeGuard(ctx));
  app.addHook('onSend', async (request, reply) => preventCaching(request, reply));

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Approdo API', version: '0.1.0', description: 'Staff API of Approdo. Errors share one body: {error: {code, message, requestId, fields?}}.' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: sessionCookieName(ctx) },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  // The docs page runs under the app's own strict CSP (helmet), not swagger-ui's looser one.
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: false });

  await registerRoutes(app);
  app.get('/api/openapi.json', { config: { policy: { kind: 'public' } }, schema: { hide: true } }, async () => app.swagger());
  return app;
}
