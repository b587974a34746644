/**
 * The example operation the playground opens with. Note: the billing plan comes first,
 * so that the first answer shows it without scrolling past the long feature list.
 */
export const EXAMPLE_QUERY = `# Ctrl+Enter runs it. The demo ticket is in Headers.
query Plans {
  participant {
    billingPlan {
      planId
      plan { id name cost currency }
      card { brand last4 }
      trial { active }
    }
  }
  plans { id name cost currency features { label included detail } }
}
`;
