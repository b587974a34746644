import { describe, expect, it } from 'vitest';
import { toUpstreamId } from '../../src/mappers/upstream-id.mapper.js';

describe('toUpstreamId', () => {
  it('passes URN ids, refuses empty, spaced, control or over-long ones', () => {
    expect(toUpstreamId('urn:authenticateit:participant:735879621218609', 'participantId')).toBe('urn:authenticateit:participant:735879621218609');
    for (const id of ['', ' ', 'a b', 'a\nb', 'é', 'x'.repeat(257)]) expect(() => toUpstreamId(id, 'participantId')).toThrow(/"participantId"/);
  });
});
