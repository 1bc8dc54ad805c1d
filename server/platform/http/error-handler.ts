import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ERROR_STATUS, type ErrorBody, type ErrorCode } from '../../../common/errors.js';
import { DomainError, fromDatabaseError, type FieldError } from '../errors.js';
import { translate } from '../i18n/i18n.js';

const KNOWN_ISSUES = new Set(['invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value', 'unrecognized_keys']);

function fieldsFromZod(err: FastifyError & { validationContext?: string }): FieldError[] {
  return (err.validation ?? []).map((v) => {
    const params = (v.params ?? {}) as Record<string, unknown>;
    const missing = v.keyword === 'invalid_type' && params.input === undefined;
    return {
      path: `${err.validationContext ?? 'body'}${v.instancePath.replace(/\//g, '.').replace(/\.$/, '')}`,
      code: missing ? 'required' : KNOWN_ISSUES.has(v.keyword) ? v.keyword : 'invalid',
      params: {
        minimum: params.minimum,
        maximum: params.maximum,
        keys: Array.isArray(params.keys) ? params.keys.join(', ') : undefined,
      },
    };
  });
}

/** Maps every error to a stable code, a status and a message in the caller's language. Never leaks internals. */
export function toErrorResponse(err: unknown, request: FastifyRequest): { status: number; body: ErrorBody } {
  let code: ErrorCode;
  let params: Record<string, unknown> = {};
  let fields: FieldError[] = [];
  const fe = err as FastifyError & { validationContext?: string };
  if (err instanceof DomainError) {
    ({ code, params, fields } = err);
  } else if (hasZodFastifySchemaValidationErrors(err)) {
    code = 'VALIDATION_FAILED';
    fields = fieldsFromZod(fe);
  } else if (fe?.validation) {
    code = 'VALIDATION_FAILED';
  } else if (fromDatabaseError(err)) {
    ({ code, params, fields } = fromDatabaseError(err)!);
  } else if (fe?.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    code = 'PAYLOAD_TOO_LARGE';
  } else if (fe?.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
    code = 'UNSUPPORTED_MEDIA_TYPE';
  } else if (fe?.statusCode === 429) {
    code = 'RATE_LIMITED';
  } else if (fe?.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    // JSON syntax errors, empty bodies, bad content-length and the like.
    code = fe.statusCode === 404 ? 'NOT_FOUND' : 'BAD_REQUEST';
  } else {
    code = 'INTERNAL';
  }
  const lang = request.lang ?? 'it';
  const status = ERROR_STATUS[code];
  return {
    status,
    body: {
      error: {
        code,
        message: translate(lang, `errors.${code}`, { ...params, requestId: request.id }),
        requestId: String(request.id),
        ...(fields.length
          ? {
              fields: fields.map((f) => ({
                path: f.path,
                code: f.code,
                message: translate(lang, `validation.${f.code}`, f.params),
              })),
            }
          : {}),
      },
    },
  };
}

export function errorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const { status, body } = toErrorResponse(err, request);
  if (status >= 500) request.log.error({ err }, 'request failed');
  else request.log.info({ code: body.error.code }, 'request rejected');
  if (status === 429 && !reply.getHeader('retry-after')) reply.header('retry-after', '60');
  return reply.code(status).type('application/json; charset=utf-8').send(body);
}
