import { pino, stdTimeFunctions, type DestinationStream } from 'pino';

/** Log levels in increasing severity; `LOG_LEVEL` names the lowest that is written. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
/** A level of {@link LOG_LEVELS}. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/** Structured logger: a message and fields; callers never pass credentials. */
export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  /** False when debug lines are dropped: a hot path then skips building their fields (absent: assume written). */
  readonly debugEnabled?: boolean;
}

/**
 * Field names whose values are never written, wherever they appear (one level down too):
 * a second line of defence behind "never pass credentials", in case one slips into a
 * logged object.
 */
const SECRET_FIELDS = [
  'ticket',
  'sessionTicket',
  'deviceTicket',
  'merchantToken',
  'token',
  'authorization',
  'cookie',
  'password',
  'secret',
  'number',
  'cvc',
  'authenticateit_identity_ticket',
  'authenticateit_terminal_device',
  'x-merchant-token',
];

/** The field at the top and one level down, in pino's path syntax (brackets for `x-merchant-token`). */
function redactPaths(field: string): string[] {
  return /^[A-Za-z_$][\w$]*$/.test(field) ? [field, `*.${field}`] : [`["${field}"]`, `*["${field}"]`];
}

/**
 * A logger writing one JSON object per line (pino): `{"level":"info","time":"…","msg":"…",…}`.
 * Writes to stdout unless a destination is given (tests capture lines that way).
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const log = pino(
    {
      level,
      base: null,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: SECRET_FIELDS.flatMap(redactPaths), censor: '[redacted]' },
    },
    destination,
  );
  return {
    debug: (msg, fields) => log.debug(fields ?? {}, msg),
    info: (msg, fields) => log.info(fields ?? {}, msg),
    warn: (msg, fields) => log.warn(fields ?? {}, msg),
    error: (msg, fields) => log.error(fields ?? {}, msg),
    debugEnabled: log.isLevelEnabled('debug'),
  };
}
