import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('claim-speed', {
  valid: [
    'A nurse will insert an IV line into your arm, and the infusion runs for 40 minutes.',
    'The TMS coil delivers pulses in seconds.',
    'Patients feel relaxed after the session.',
    'Most side effects go away within an hour.',
    'Some patients notice immediate relief, while others need several sessions.',
    'TMS may bring fast relief for some people.',
    'Ketamine has a rapid onset of action in anesthesia.',
    'These effects usually subside shortly after the treatment.',
    'Side effects such as nausea can start right away.',
    'Psilocybin therapy is believed to work quickly in some patients.',
    'A session of TMS takes about 20 minutes.',
    'Some patients have mild headaches after the first session.',
    'Fast relief from depression was reported in a trial published in JAMA Psychiatry.',
  ],
  invalid: [
    { text: 'Ketamine works in hours, not weeks.', errors: [{ text: 'works in hours' }] },
    { text: 'Ketamine can relieve depression symptoms in as little as one hour.', errors: [{ text: 'as little as one hour' }] },
    { text: 'You will feel better after just one session.', errors: [{ text: 'after just one session' }] },
    { text: 'Psilocybin has rapid antidepressant effects.', errors: [{ text: 'rapid antidepressant effects' }] },
    { text: 'For many people, the pain relief is almost immediate.', errors: [{ text: 'is almost immediate', fix: 'may come soon after treatment' }], output: 'For many people, the pain relief may come soon after treatment.' },
    { text: 'Patients describe an immediate shift in their mood.', errors: [{ text: 'immediate shift', fix: 'early shift' }], output: 'Patients describe an early shift in their mood.' },
    { text: 'Our IV drips deliver instant results.', errors: [{ text: 'instant results', fix: 'early results' }] },
    { text: 'Esketamine is a fast-acting alternative for depression.', errors: [{ text: 'fast-acting', fix: 'possible' }], output: 'Esketamine is a possible alternative for depression.' },
    { text: 'Because TMS works so fast, you can return to work the same day.', errors: [{ text: 'works so fast', fix: 'may work quickly for some people' }] },
    { text: 'PRP offers rapid pain relief.', errors: [{ text: 'rapid pain relief', fix: 'pain relief' }], output: 'PRP offers pain relief.' },
    { text: 'Most clients feel better within hours of the infusion.', errors: [{ text: 'feel better within hours' }] },
    { text: 'CBD relieves anxiety right away.', errors: [{ text: 'right away' }] },
    { text: 'You will notice the difference after your very first injection.', errors: [{ text: 'after your very first injection' }] },
  ],
});
