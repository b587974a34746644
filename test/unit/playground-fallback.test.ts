import { readFileSync } from 'node:fs';
import { buildSchema, getVariableValues, Kind, parse, validate, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_QUERY } from '../../src/server/playground-example.js';
import { FLOW_EXAMPLES, playgroundTabs } from '../../src/server/playground-examples.js';
import { renderFallbackPlayground } from '../../src/server/playground-fallback.js';

const schema = buildSchema(readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

describe('the example operation', () => {
  it('asks for the billing plan before the long feature list, so the first answer shows both without scrolling', () => {
    expect(EXAMPLE_QUERY.indexOf('billingPlan')).toBeGreaterThan(-1);
    expect(EXAMPLE_QUERY.indexOf('billingPlan')).toBeLessThan(EXAMPLE_QUERY.indexOf('features'));
  });
});

describe('the playground tabs', () => {
  it('open with the billing-plan example, then the home screen, cash-out, terminal session and support ticket', () => {
    const tabs = playgroundTabs('demo-participant');
    expect(tabs.map((t) => /^(?:query|mutation|subscription) (\w+)/m.exec(t.query)?.[1])).toEqual([
      'Plans', 'HomeScreen', 'CashOutQuote', 'TerminalOpenSession', 'SupportTicketCreate',
    ]);
    expect(tabs[0]!.query).toBe(EXAMPLE_QUERY);
    expect(tabs[4]!.query).toMatch(/subscription SupportTicketStatus\(\$ticketId: ID!\) \{\s*supportTicketStatusChanged\(ticketId: \$ticketId\)/);
    expect(tabs[3]!.query).toMatch(/subscription TerminalWatchSession/);
  });

  it('hold only operations valid against schema.graphql, each with the variables it needs', () => {
    for (const tab of playgroundTabs(undefined)) {
      const document = parse(tab.query);
      expect(validate(schema, document), tab.query).toEqual([]);
      const variables = JSON.parse(tab.variables ?? '{}') as Record<string, unknown>;
      for (const operation of document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
        expect(coerced.errors, operation.name?.value).toBeUndefined();
      }
    }
  });

  it('carry the flow’s demo credentials when the simulator is embedded, and placeholders otherwise', () => {
    const demo = playgroundTabs('demo-participant').map((t) => JSON.parse(t.headers) as Record<string, string>);
    expect(demo).toEqual([
      { authenticateit_identity_ticket: 'demo-participant' },
      ...FLOW_EXAMPLES.map((e) => e.demoHeaders),
    ]);
    expect(demo[3]).toEqual({ authenticateit_identity_ticket: 'demo-participant', authenticateit_terminal_device: 'demo-terminal' });
    const deployed = playgroundTabs(undefined).map((t) => t.headers).join('\n');
    expect(deployed).not.toContain('demo-');
    expect(deployed).toContain('<your device ticket>');
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
