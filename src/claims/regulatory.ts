// Regulatory-status claims checked against the therapy knowledge: "FDA-approved" is a claim when
// the product is unapproved, only cleared (devices), or approved for another use than the one
// the sentence or article is about.

import { PhraseMatcher } from '../core/phrases.js';
import type { MessageData } from '../core/rule.js';
import type { Doc, Sentence } from '../core/document.js';
import type { Token } from '../core/tokens.js';
import type { Therapy } from '../knowledge/therapies.js';
import { therapiesIn } from '../mentions/therapies.js';
import { approvalStatus, listWords, midSentence } from '../mentions/wording.js';

/** A verdict's message: its id and placeholders (the messages are claim-regulatory's). */
export interface RegulatoryVerdict {
  messageId: 'unapproved' | 'cleared' | 'off-label' | 'registered' | 'certified';
  data: MessageData;
  rewrite?: string;
}

interface Use {
  name: string;
  approved: boolean;
}

const useMatchers = new WeakMap<Therapy, PhraseMatcher<Use>>();

function usesMatcher(t: Therapy): PhraseMatcher<Use> {
  let m = useMatchers.get(t);
  if (!m) {
    const entries = [
      ...(t.approvedFor ?? []).map((name) => ({ pattern: name, value: { name, approved: true } })),
      ...(t.offLabelFor ?? []).map((name) => ({ pattern: name, value: { name, approved: false } })),
    ];
    m = new PhraseMatcher(entries.filter((e) => e.pattern.trim()));
    useMatchers.set(t, m);
  }
  return m;
}

/** Uses named in the tokens; a longer approved use covers a shorter off-label one inside it. */
function usesIn(t: Therapy, tokens: Token[]): Use[] {
  const found = usesMatcher(t).match(tokens);
  return found
    .filter((u) => !found.some((o) => o !== u && o.value.approved && !u.value.approved && o.start <= u.start && o.end >= u.end && o.end - o.start > u.end - u.start))
    .map((u) => u.value);
}

/** An off-label use named in a sentence about the therapy, once per therapy per document. */
function offLabelInDoc(doc: Doc, t: Therapy, therapies: Therapy[]): string | undefined {
  const key = `claims:off-label:${t.id}`;
  if (doc.memo.has(key)) return doc.memo.get(key) as string | undefined;
  let hit: string | undefined;
  const named = therapiesIn(doc, therapies).find((m) => m.therapy.id === t.id)?.mentions ?? [];
  for (const s of doc.sentences) {
    if (!named.some((x) => x.start >= s.start && x.start < s.end)) continue; // only sentences about this therapy
    hit = usesIn(t, s.tokens).find((u) => !u.approved)?.name;
    if (hit) break;
  }
  doc.memo.set(key, hit);
  return hit;
}

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);

/** The therapy as the message names it: a brand as written, a label as mid-sentence words. */
const labelOf = (t: Therapy, base: Therapy | undefined) => (t === base ? midSentence(t.label) : t.label);

const brandViews = new WeakMap<Therapy, Map<string, Therapy>>();

/**
 * The therapy as the brand a sentence names ("Ozempic is approved for weight loss"), where the
 * knowledge gives brands their own uses: approved for the brand's list, off-label for the rest.
 */
function brandView(t: Therapy, tokens: readonly Token[]): Therapy {
  if (!t.brandApprovals) return t;
  const brand = Object.keys(t.brandApprovals).find((b) => tokens.some((x) => x.norm === b.toLowerCase()));
  if (!brand) return t;
  let views = brandViews.get(t);
  if (!views) brandViews.set(t, (views = new Map()));
  let view = views.get(brand);
  if (!view) {
    const own = t.brandApprovals[brand];
    const others = [...new Set([...(t.approvedFor ?? []), ...(t.offLabelFor ?? [])])].filter((u) => !own.includes(u));
    view = { ...t, label: brand, approvedFor: own, offLabelFor: others, status: undefined, brandApprovals: undefined };
    views.set(brand, view);
  }
  return view;
}

/** Uses for a message: spelling variants once ("anesthesia", not also "anaesthesia"), at most three. */
function distinctUses(uses: string[]): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const u of uses) {
    const key = u.toLowerCase().replace(/ae/g, 'e').replace(/[^a-z]/g, '').slice(0, 7);
    // "diabetes" adds nothing after "type 2 diabetes".
    if (seen.has(key) || kept.some((k) => new RegExp(`\\b${u.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(k))) continue;
    seen.add(key);
    kept.push(u);
  }
  return kept.slice(0, 3);
}

/**
 * The verdict on a regulatory phrase at tokens [first, last] of `sentence`, about `therapy`;
 * undefined when the statement is true or cannot be judged.
 */
export function judgeRegulatory(doc: Doc, sentence: Sentence, first: number, last: number, therapyIn: Therapy | undefined, registered: boolean, therapies: Therapy[]): RegulatoryVerdict | undefined {
  const tokens = sentence.tokens;
  const therapy = therapyIn && brandView(therapyIn, tokens);
  const phrase = doc.text.slice(tokens[first].start, tokens[last].end);
  if (registered) {
    // Registration only lists a facility or product; "FDA-compliant" or "FDA-certified" are
    // words the FDA does not use for treatments.
    return { messageId: /regist/i.test(phrase) ? 'registered' : 'certified', data: {} };
  }
  if (!therapy || !therapy.approval) return undefined;
  const predicate = first > 0 && BE.has(tokens[first - 1].norm);
  const saysFda = /fda/i.test(phrase);
  // Approved for a few uses only (cord-blood stem cells for blood disorders): true when the sentence
  // names one of them; otherwise say which uses are approved, never "not approved for any use".
  if (therapy.approval === 'none' && therapy.approvedFor?.length) {
    const uses = usesIn(therapy, tokens);
    if (uses.some((u) => u.approved)) return undefined;
    const offLabel = uses.find((u) => !u.approved)?.name ?? offLabelInDoc(doc, therapy, therapies);
    const only = listWords(distinctUses(therapy.approvedFor));
    return { messageId: 'off-label', data: { label: labelOf(therapy, therapyIn), status: `is FDA-approved only for ${only}${offLabel ? `, not for ${offLabel}` : ', not for other uses'}`, advice: '' } };
  }
  if (therapy.approval === 'none') {
    return {
      messageId: 'unapproved',
      data: { label: labelOf(therapy, therapyIn) },
      rewrite: saysFda && /approv/i.test(phrase) && last === first + 1 ? (predicate ? 'not FDA-approved' : 'investigational') : undefined,
    };
  }
  const uses = usesIn(therapy, tokens);
  // "Our CBD tinctures are FDA-approved": only the products the knowledge names hold the approval.
  const product = therapy.approvedProducts?.some((p) => tokens.some((x) => x.norm === p.toLowerCase()));
  // (A use the knowledge lists is judged below, as for any therapy.)
  if (therapy.approvedProducts?.length && !product && !uses.length) {
    return { messageId: 'off-label', data: { label: labelOf(therapy, therapyIn), status: approvalStatus(therapy, undefined), advice: '' } };
  }
  // "FDA-approved for all types of migraine": a scope wider than any approved use.
  if (therapy.approvedFor?.length && /\b(?:all|any|every)\s+(?:types?|forms?|kinds?)\s+of\b/i.test(doc.text.slice(tokens[last].end, sentence.end))) {
    return { messageId: 'off-label', data: { label: labelOf(therapy, therapyIn), status: `is FDA-${therapy.approval === 'cleared' ? 'cleared' : 'approved'} only for ${listWords(distinctUses(therapy.approvedFor))}`, advice: '' } };
  }
  const offLabel = uses.find((u) => !u.approved);
  const approvedUse = uses.some((u) => u.approved);
  const approvedList = listWords(distinctUses(therapy.approvedFor ?? []));
  const status = therapy.approval === 'cleared' ? 'FDA-cleared' : 'FDA-approved';
  if (therapy.approval === 'cleared' && /approv/i.test(phrase)) {
    return {
      messageId: 'cleared',
      data: { label: labelOf(therapy, therapyIn), uses: approvedList ? `, for ${approvedList}` : '' },
      rewrite: offLabel ? undefined : phrase.replace(/approv\w*/i, 'cleared'),
    };
  }
  // "has approved ketamine for anaesthesia, as well as for pain control": an off-label use inside
  // the approval's own words is claimed approved, whatever approved use stands beside it.
  const claimedUse = usesIn(therapy, tokens.slice(first, last + 1)).find((u) => !u.approved);
  const disclaimed = tokens.slice(first, last + 1).some((t) => ['not', 'off-label', 'unapproved', 'never', 'only'].includes(t.norm));
  if (offLabel && (!approvedUse || (claimedUse && !disclaimed))) {
    return {
      messageId: 'off-label',
      data: { label: labelOf(therapy, therapyIn), status: approvalStatus(therapy, (claimedUse ?? offLabel).name, distinctUses(therapy.approvedFor ?? [])), advice: '' },
      rewrite: saysFda && last === first + 1 ? (predicate ? 'used off-label' : 'off-label') : undefined,
    };
  }
  if (!uses.length) {
    const docUse = offLabelInDoc(doc, therapy, therapies);
    if (docUse) {
      return {
        // The sentence names no use; the article's off-label one is what it overstates.
        messageId: 'off-label',
        data: { label: labelOf(therapy, therapyIn), status: approvalStatus(therapy, docUse, distinctUses(therapy.approvedFor ?? [])), advice: '; say so' },
      };
    }
  }
  // "FDA-approved to clear arterial plaque", "approved for anxiety": a use the knowledge does not
  // list either way, named right after the approval, is still not one of the approved uses.
  // (Only when the sentence names no use the knowledge knows, approved or not, and the phrase
  // names a condition, not the people it is for: "approved for men with hypogonadism".)
  const named = therapy.approvedFor?.length && !uses.length ? useNamedAfter(doc, tokens, last) : undefined;
  const rest = sentence.text.toLowerCase();
  if (named && !therapy.approvedFor!.some((a) => rest.includes(a.toLowerCase()) || a.toLowerCase().includes(named))) {
    return { messageId: 'off-label', data: { label: labelOf(therapy, therapyIn), status: approvalStatus(therapy, named, distinctUses(therapy.approvedFor!)), advice: '' } };
  }
  return undefined;
}

/** Words after "approved for" that name who or what form, not a condition: "for men with ...", "for use in ...".
 * (After the people and "with", the condition: "for children with autism".) */
const NOT_USES = new Set(['men', 'women', 'adults', 'adult', 'children', 'kids', 'people', 'patients', 'teens', 'teenagers', 'adolescents', 'infants', 'seniors', 'anyone', 'those', 'use', 'treatment']);
const USE_STOPS = new Set(['and', 'or', 'but', 'in', 'with', 'at', 'by', 'since', 'because', 'as', 'when', 'while', 'if', 'without', 'from', 'so', 'that', 'which']);

/** The use an approval phrase names after it: "for <noun phrase>", "to <verb> <noun phrase>" (its noun phrase). */
function useNamedAfter(doc: Doc, tokens: Sentence['tokens'], last: number): string | undefined {
  let i = last + 1;
  const breaks = (k: number) => /[,.;:()!?]/.test(doc.text.slice(tokens[k - 1].end, tokens[k].start));
  if (i >= tokens.length || breaks(i)) return undefined;
  if (tokens[i].norm === 'to' && i + 1 < tokens.length) i += 2;
  else if (tokens[i].norm === 'for') i += 1;
  else return undefined;
  while (i < tokens.length && ['the', 'your', 'a', 'an', 'their', 'all', 'certain', 'some'].includes(tokens[i].norm)) i++;
  if (i < tokens.length && NOT_USES.has(tokens[i].norm)) {
    // "for children with autism": the use is the condition the people have.
    if (tokens[i + 1]?.norm !== 'with' || tokens[i].norm === 'use' || tokens[i].norm === 'treatment' || breaks(i + 1) || i + 2 >= tokens.length) return undefined;
    i += 2;
  }
  const words: string[] = [];
  for (; i < tokens.length && words.length < 5 && !breaks(i) && tokens[i].kind === 'word' && !USE_STOPS.has(tokens[i].norm); i++) words.push(tokens[i].norm);
  return words.length ? words.join(' ') : undefined;
}
