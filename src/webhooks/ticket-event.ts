import { isSupportTicketDto } from '../datasources/tickets/tickets.guards.js';
import type { SupportTicketDto } from '../datasources/tickets/tickets.dto.js';
import { obj, str, type Guard } from '../lib/guard.js';

/** A Support Ticket webhook event: its id (the same on every retry), its type, and the ticket. */
export interface TicketEventDto {
  id: string;
  type: string;
  data: SupportTicketDto;
}

const isEventId: Guard<string> = (value): value is string => typeof value === 'string' && /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/.test(value);

/** An event whose every part we read is well formed (the ticket id checked as an id). */
export const isTicketEventDto: Guard<TicketEventDto> = obj({ id: isEventId, type: str, data: isSupportTicketDto });
