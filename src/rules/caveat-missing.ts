// caveat-missing: the article discusses a therapy but leaves out a safety topic a patient needs.

import { PhraseMatcher } from '../core/phrases.js';
import type { RuleModule } from '../core/rule.js';
import { knowledge } from '../knowledge/index.js';
import { therapiesIn } from '../knowledge/therapies.js';
import type { TopicId } from '../knowledge/topics.js';

const topicMatchers = Object.entries(knowledge.topics).map(
  ([id, topic]) => [id as TopicId, new PhraseMatcher(topic!.phrases.map((p) => ({ pattern: p, value: id })))] as const,
);

const rule: RuleModule = {
  id: 'caveat-missing',
  category: 'caveat',
  meta: {
    description: 'A safety topic the article needs (side effects, driving, misuse, ...) is missing.',
    recommended: 'error',
    fixable: 'caveat',
  },
  create(context) {
    const { doc } = context;
    if (!therapiesIn(doc).length) return;
    const body = doc.sentences.filter((s) => !s.block.headingLike);
    for (const [id, matcher] of topicMatchers) {
      if (body.some((s) => matcher.match(s.tokens).length)) continue;
      context.report({
        start: doc.title.start,
        end: doc.title.end,
        messageId: id,
        message: `Missing safety topic "${id}": tell the reader which side effects can occur.`,
      });
    }
  },
};

export default rule;
