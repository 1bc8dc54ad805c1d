// Stable error codes. The HTTP edge maps them to status codes; the UI translates them with the
// locale key `errors.<CODE>`.
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  AUTH_INVALID_CREDENTIALS: 401,
  AUTH_REQUIRED: 401,
  AUTH_MFA_REQUIRED: 401,
  AUTH_MFA_INVALID: 401,
  AUTH_SESSION_EXPIRED: 401,
  AUTH_MFA_SETUP_REQUIRED: 403,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  EMAIL_TAKEN: 409,
  SLUG_TAKEN: 409,
  PASSWORD_TOO_SHORT: 422,
  PASSWORD_TOO_LONG: 422,
  PASSWORD_COMMON: 422,
  PASSWORD_CONTAINS_CONTEXT: 422,
  PASSWORD_WRONG_CURRENT: 422,
  RESET_TOKEN_INVALID: 400,
  MFA_ALREADY_ENABLED: 409,
  MFA_NOT_ENROLLED: 409,
  MFA_REQUIRED_BY_ROLE: 409,
  OIDC_NOT_CONFIGURED: 404,
  OIDC_FAILED: 401,
  OIDC_NO_ACCOUNT: 403,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  AUTH_THROTTLED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    requestId?: string;
    fields?: { path: string; code: string; message: string }[];
  };
}
