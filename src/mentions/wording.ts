// How messages and inserted text name therapies and their approval status, shared by the claim
// and caveat analyses.

import type { Therapy } from '../knowledge/therapies.js';

/** A therapy's label inside a sentence: "Ketamine" -> "ketamine", "TMS" stays "TMS". */
export function midSentence(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label[0].toLowerCase() + label.slice(1) : label;
}

/** "a, b and c". */
export const listWords = (words: string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`);

/**
 * What the FDA has approved or cleared, as a predicate after the therapy's name ("is FDA-approved
 * for anesthesia, but its use for depression is off-label"). A therapy's own `status` wins: it
 * says exactly what is approved where the simple form would overstate it (a cleared device, one
 * approved product among many unapproved ones).
 */
export function approvalStatus(t: Therapy, use: string | undefined, approvedFor: string[] = t.approvedFor ?? []): string {
  const verb = t.approval === 'cleared' ? 'cleared' : 'approved';
  if (t.status) return t.status.replace('{approved}', listWords(approvedFor)).replace('{use}', use ? `for ${use}` : 'for this use');
  if (t.approval && t.approval !== 'none' && approvedFor.length) {
    return `is FDA-${verb} for ${listWords(approvedFor)}${use ? `, but its use for ${use} is off-label` : ', not for other uses'}`;
  }
  return `is not FDA-${verb}${use ? ` for ${use}` : ' for this use'}`;
}
