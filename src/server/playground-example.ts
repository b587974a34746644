/** The example operation the playground opens with. */
export const EXAMPLE_QUERY = `# Ctrl+Enter runs it. The demo ticket is in Headers.
query Plans {
  plans { id name cost currency features { label included detail } }
  participant {
    billingPlan {
      planId
      plan { id cost }
      card { brand last4 }
      trial { active }
    }
  }
}
`;
