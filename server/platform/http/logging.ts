import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';
import pino, { type Logger } from 'pino';

// Paths that may carry secrets or personal data; pino replaces them with "[redacted]".
export const LOG_REDACT_PATHS = [
  'req.headers.cookie',
  'req.headers.authorization',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'body',
  'password',
  'token',
  'email',
  'csrfToken',
];

export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: LOG_REDACT_PATHS, censor: '[redacted]' },
      serializers: {
        // Query strings can hold personal data (search terms, tokens): log the path only.
        req: (req: { method: string; url: string; id: string }) => ({ method: req.method, path: logPath(req.url), id: req.id }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    },
    destination,
  );
}

/**
 * The path of a request URL, fit for logs: no query string, and no segment that holds an e-mail
 * address (look-ups such as /api/users/:id accept one in place of the id).
 */
export function logPath(url: string): string {
  return (url.split('?')[0] ?? '')
    .split('/')
    .map((segment) => (/@|%40/i.test(segment) ? '[redacted]' : segment))
    .join('/');
}

/**
 * One line per request (at completion) instead of Fastify's two: method, redacted path, status,
 * duration and request id. The incoming line is kept at debug level for troubleshooting.
 */
export class RequestLogController extends LogController {
  override incomingRequest(request: FastifyRequest) {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply) {
    const line = { req: request, res: reply, responseTime: Math.round(reply.elapsedTime * 10) / 10 };
    if (error) reply.log.error({ ...line, err: error }, 'request errored');
    else reply.log.info(line, 'request completed');
  }
}
