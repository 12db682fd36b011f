// The fixed list of safety-caveat topics (RUBRIC section 2).

export const TOPIC_IDS = [
  'side-effects',
  'contraindications',
  'medical-supervision',
  'driving',
  'abuse-potential',
  'regulatory-status',
  'individual-variation',
  'evidence-limits',
  'crisis-resources',
] as const;

export type TopicId = (typeof TOPIC_IDS)[number];
