import { generateCode, isLevelRequest, readLevel } from '../retail/code.handlers.js';
import { initSession, readSession, readSessions } from '../retail/session.handlers.js';
import { updateSession } from '../retail/update.handler.js';
import { reply, type SimRoute } from '../routing/route.js';

const BASE = '/payments-service/retail_connect/v1';

/** Seed 003 "Retail connect": level info and codes, session init, reads and updates from either side. */
export const retailRoutes: readonly SimRoute[] = [
  {
    method: 'GET',
    path: `${BASE}/code`,
    access: 'user',
    handle: (ctx) => {
      const { retail } = ctx.state;
      if (isLevelRequest(ctx.query)) return reply(readLevel(retail, ctx.caller(), ctx.query).body);
      return reply(generateCode(retail, ctx.caller(), ctx.query));
    },
  },
  {
    method: 'POST',
    path: `${BASE}/sessions/session/init`,
    access: 'user',
    handle: (ctx) => reply(initSession(ctx.state.retail, ctx.caller(), ctx.json(), ctx.state.config.retailSessionTimeoutSeconds)),
  },
  {
    method: 'GET',
    path: `${BASE}/sessions`,
    access: 'user',
    handle: (ctx) => reply(readSessions(ctx.state.retail, ctx.caller(), ctx.query)),
  },
  {
    method: 'GET',
    path: `${BASE}/sessions/session`,
    access: 'user',
    handle: (ctx) => reply(readSession(ctx.state.retail, ctx.caller(), ctx.query)),
  },
  {
    method: 'PUT',
    path: `${BASE}/sessions/session/update/user`,
    access: 'user',
    handle: (ctx) => reply(updateSession(ctx.state.retail, ctx.caller(), ctx.json(), 'user')),
  },
  {
    method: 'PUT',
    path: `${BASE}/sessions/session/update/terminal`,
    access: 'user',
    handle: (ctx) => reply(updateSession(ctx.state.retail, ctx.caller(), ctx.json(), 'terminal')),
  },
];
