import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('claim-regulatory', {
  valid: [
    'No ozone product is approved to treat COVID-19.',
    'The laser is FDA-cleared for pain, but its use for hair loss is off-label.',
    'The device is cleared by the FDA; using it for tinnitus is experimental.',
    'Ketamine for depression: ketamine infusions are approved for coverage by some insurers.',
    'Ketamine is not approved by the FDA for depression.',
    'Ketamine is FDA-approved as an anesthetic.',
    'Ketamine is not FDA-approved for depression; its use for depression is off-label.',
    'Ketamine is approved for anesthesia.',
    'Your doctor must approve the treatment plan.',
    'Cord blood stem cells are FDA-approved for blood disorders.',
    'A massage gun is a handheld percussion device, while a sports massage is hands-on work by a licensed therapist.',
    'Being made in an FDA-registered facility does not mean a product is FDA-approved.',
    'Methadone and buprenorphine are FDA-approved medicines for opioid use disorder; ibogaine is not.',
  ],
  invalid: [
    { text: 'Our ozone generator is FDA-certified.', errors: [{ text: 'FDA-certified', messageId: 'certified' }] },
    { text: 'Ketamine is FDA-approved for depression.', errors: [{ text: 'FDA-approved', messageId: 'off-label' }], output: 'Ketamine is used off-label for depression.' },
    { text: 'Ketamine is an FDA-approved treatment for chronic pain.', errors: [{ text: 'FDA-approved treatment', messageId: 'off-label' }] },
    { text: 'Ketamine is an approved treatment for PTSD.', errors: [{ text: 'approved treatment', messageId: 'off-label' }] },
    { text: 'Ketamine infusions for depression\n\nKetamine has been FDA approved since 1970.', errors: [{ text: 'FDA approved', messageId: 'off-label' }] },
    { text: 'Our ketamine clinic is FDA registered.', errors: [{ text: 'FDA registered', messageId: 'registered' }] },
    { text: 'Ketamine is FDA-approved for depression [3].', name: 'a citation does not change an approval status', errors: [{ text: 'FDA-approved', messageId: 'off-label' }], output: 'Ketamine is used off-label for depression [3].' },
    { text: 'Our stem cells are FDA-approved.', errors: [{ text: 'FDA-approved', messageId: 'off-label' }] },
    { text: 'Stem cell therapy for knee pain is FDA-approved.', errors: [{ text: 'FDA-approved', messageId: 'off-label' }] },
    { text: 'Ozempic is FDA-approved for weight loss in adults.', errors: [{ text: 'FDA-approved', messageId: 'off-label' }], output: 'Ozempic is used off-label for weight loss in adults.' },
    { text: 'Botox is FDA-approved for all types of migraine.', errors: [{ text: 'FDA-approved', messageId: 'off-label' }] },
  ],
});
