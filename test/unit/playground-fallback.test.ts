import { describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY } from '../../src/server/playground-example.js';
import { renderFallbackPlayground } from '../../src/server/playground-fallback.js';

describe('the example operation', () => {
  it('asks for the billing plan before the long feature list, so the first answer shows both without scrolling', () => {
    expect(EXAMPLE_QUERY.indexOf('billingPlan')).toBeGreaterThan(-1);
    expect(EXAMPLE_QUERY.indexOf('billingPlan')).toBeLessThan(EXAMPLE_QUERY.indexOf('features'));
  });
});

describe('renderFallbackPlayground', () => {
  it('is one page with no external resource, prefilled with the ticket', () => {
    const html = renderFallbackPlayground('demo-participant');
    expect(html).toContain('"authenticateit_identity_ticket\\": \\"demo-participant\\"');
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/);
  });

  it('cannot be broken out of by a ticket containing markup', () => {
    const html = renderFallbackPlayground('</script><script>alert(1)</script>');
    expect(html).not.toContain('</script><script>alert(1)');
  });
});
