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
 * What a regulator has approved, cleared or licensed, as a predicate after the therapy's name ("is
 * FDA-approved for anesthesia, but its use for depression is off-label"). The regulator is the one
 * of the therapy's region view (`forRegion`): UK facts say "licensed in the UK", US facts name
 * the FDA. A therapy's own `status` wins: it says exactly what is approved where the simple form
 * would overstate it (a cleared device, one approved product among many unapproved ones).
 */
export function approvalStatus(t: Therapy, use: string | undefined, approvedFor: string[] = t.approvedFor ?? []): string {
  if (t.status) {
    const status = t.status.replace('{approved}', listWords(approvedFor));
    if (use) return status.replace('{use}', `for ${use}`);
    // (With no use named, "other products are unapproved, including {use}" ends before "including".)
    return status.replace(/,? including \{use\}/, '').replace('{use}', 'for this use');
  }
  const uk = t.region === 'UK';
  if (t.approval && t.approval !== 'none' && approvedFor.length) {
    const what = uk ? (t.approval === 'cleared' ? 'is UKCA- or CE-marked' : 'is licensed in the UK') : `is FDA-${t.approval === 'cleared' ? 'cleared' : 'approved'}`;
    return `${what} for ${listWords(approvedFor)}${use ? `, but its use for ${use} is ${uk && t.approval === 'cleared' ? 'not covered' : 'off-label'}` : ', not for other uses'}`;
  }
  return `${uk ? 'is not licensed in the UK' : `is not FDA-${t.approval === 'cleared' ? 'cleared' : 'approved'}`}${use ? ` for ${use}` : ' for this use'}`;
}

/** That an unapproved therapy has no approval for what an article offers it for, in its region's terms. */
export function unapprovedStatus(t: Therapy): string {
  return t.region === 'UK' ? 'is not licensed in the UK for the uses the article discusses' : t.approval === 'none' ? 'is not approved by the FDA for the uses the article discusses' : 'is unapproved for the uses the article discusses';
}
