// The starter framework of DESIGN.md (from the relationship-building research): any org installs
// it in one click (competencies.installStarter) and then edits its own copy.
export const DEFAULT_SCALE = [
  { value: 1, label: "Not yet", description: "The behaviour is rarely seen yet; a place to start." },
  { value: 2, label: "Developing", description: "Seen sometimes, with reminders or in easy situations." },
  { value: 3, label: "Consistent", description: "Seen reliably, including under some pressure." },
  { value: 4, label: "Role model", description: "Others learn it from them; they help the team do it." },
] as const;

export const STARTER = {
  template: "starter",
  name: "Relationship building",
  description:
    "The small, consistent acts that build trust at work, as observable behaviours with a short-term result and a check for the leader.",
  competencies: [
    {
      name: "Rapport",
      category: "Connection",
      behaviours: ["Initiates brief personal check-ins", "Makes small talk about shared interests"],
      expectedResult: "Lowered social friction",
      leaderCheck: "Notes their frequency in 1:1s",
    },
    {
      name: "Contact maintenance",
      category: "Connection",
      behaviours: ["Schedules regular no-agenda check-ins"],
      expectedResult: "A stronger trust baseline",
      leaderCheck: "Reviews calendar patterns",
    },
    {
      name: "Ethical networking",
      category: "Network",
      behaviours: ["Seeks permission before introductions", "States a clear purpose for each introduction"],
      expectedResult: "Preserved credibility",
      leaderCheck: "Confirms consent and purpose",
    },
    {
      name: "Partnerships",
      category: "Network",
      behaviours: ["Maps roles, incentives and constraints across teams and companies"],
      expectedResult: "Durable cross-team ties",
      leaderCheck: "Assesses joint outcomes",
    },
    {
      name: "Trust",
      category: "Character",
      behaviours: ["Is honest", "Keeps confidences", "Shares credit"],
      expectedResult: "Lower friction, faster decisions",
      leaderCheck: "Sends notes crediting colleagues",
    },
    {
      name: "Active listening",
      category: "Communication",
      behaviours: ["Reflects back what was said", "Asks clarifying questions", "Summarises next steps"],
      expectedResult: "Fewer errors, clearer plans",
      leaderCheck: "Confirms next steps in writing",
    },
    {
      name: "Emotional intelligence",
      category: "Communication",
      behaviours: ["Reads cues", "Adapts tone", "Asks whether now is a good time"],
      expectedResult: "Preserved dignity, less conflict",
      leaderCheck: "Observes tone in hard conversations",
    },
    {
      name: "Feedback & follow-through",
      category: "Character",
      behaviours: ["Closes loops", "Shares updates", "Corrects course early"],
      expectedResult: "Confidence and reliability",
      leaderCheck: "Tracks action items closed on time",
    },
  ],
} as const;
