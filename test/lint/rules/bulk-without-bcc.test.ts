import { draft, ruleTester } from "../rule-tester";

const partners = ["a@asso-quartier.fr", "b@gmail.com", "c@orange.fr", "d@cabinet-conseil.com", "e@ecole-voltaire.fr"].map(
  (address) => ({ address }),
);
const me = { name: "Jeanne Martin", address: "jeanne.martin@ville-exemple.fr" };

ruleTester("bulk-without-bcc", {
  valid: [
    {
      why: "four external recipients stay under the default threshold of five",
      draft: draft({ to: partners.slice(0, 4) }),
    },
    {
      why: "five people of one partner organisation already know each other",
      draft: draft({
        to: ["a", "b", "c", "d", "e"].map((n) => ({ address: `${n}@metropole-exemple.fr` })),
      }),
    },
  ],
  invalid: [
    {
      why: "five external addresses of different organisations are exposed to each other",
      draft: draft({ to: partners }),
      findings: [
        {
          messageId: "external",
          location: { part: "recipients", addresses: partners.map((p) => p.address) },
          fix: {
            kind: "move-to-bcc",
            output: draft({ to: [me], bcc: partners }),
          },
        },
      ],
    },
  ],
});
