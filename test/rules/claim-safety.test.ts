import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('claim-safety', {
  valid: [
    'Psilocybin may not be safe for people with implants.',
    'Ketamine is not safe to combine with alcohol.',
    'It is not safe to drive for 24 hours after your infusion.',
    'Tiredness and dizziness are very common side effects.',
    'TMS can cause headaches and, rarely, seizures.',
    'Ketamine is not risk-free: it can raise blood pressure.',
    'Psilocybin may be unsafe for people with a history of psychosis.',
    'We provide a safe and comfortable environment for every session.',
    'The clinic keeps your records in safe storage.',
    'Ketamine is safe for most adults when given under supervision, according to the FDA label [4].',
    'Nausea is a common side effect of IV therapy.',
  ],
  invalid: [
    { text: 'Psilocybin is non-toxic.', errors: [{ text: 'non-toxic' }] },
    { text: 'PRP is a natural, safe treatment.', errors: [{ text: 'safe treatment' }] },
    { text: 'Ketamine infusion therapy is not considered addictive.', errors: [{ text: 'is not considered addictive', fix: 'can be misused, so it is given under medical supervision', message: 'can be misused' }], output: 'Ketamine infusion therapy can be misused, so it is given under medical supervision.' },
    { text: 'CBD is non-addictive.', errors: [{ text: 'non-addictive', messageId: 'safety' }], output: 'CBD is non-addictive. [citation needed]' },
    { text: 'TMS is completely safe.', errors: [{ text: 'is completely safe', fix: 'is not risk-free' }], output: 'TMS is not risk-free.' },
    { text: 'While ketamine is generally considered safe, it can cause nausea.', errors: [{ text: 'is generally considered safe', fix: 'is not risk-free' }] },
    { text: 'IV vitamin drips have no side effects.', errors: [{ text: 'no side effects', fix: 'side effects' }], output: 'IV vitamin drips have side effects.' },
    { text: 'PRP injections are risk-free.', errors: [{ text: 'risk-free' }] },
    { text: 'These hallucinations aren’t dangerous.', errors: [{ text: 'aren’t dangerous' }] },
    { text: 'Stem cell injections are a safe treatment for knee pain.', errors: [{ text: 'a safe treatment', fix: 'a treatment' }], output: 'Stem cell injections are a treatment for knee pain.' },
    { text: 'The procedure is almost painless.', errors: [{ text: 'painless' }] },
    { text: 'The risk of long-term harm from psilocybin therapy is very low.', errors: [{ text: 'risk of long-term harm from psilocybin therapy is very low' }] },
    { text: 'You will not become addicted to ketamine.', errors: [{ text: 'not become addicted' }] },
    { text: 'Psilocybin is safe and effective.', errors: [{ text: 'safe and effective' }], output: 'Psilocybin is safe and effective. [citation needed]' },
  ],
});
