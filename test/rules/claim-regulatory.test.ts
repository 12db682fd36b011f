import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('claim-regulatory', {
  valid: [
    // (A decision of record for an approved use, or one that limits itself.)
    'The FDA has approved hyperbaric oxygen for decompression sickness.',
    'The FDA has approved only a few stem cell products, for blood disorders.',
    'Chiropractic care has been licensed in every US state since the 1970s.',
    'Spravato is approved by the FDA for treatment-resistant depression in adults.',
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
    'Botox is FDA-approved to prevent headaches in adults with chronic migraine.',
    'Testosterone is FDA-approved for men with hypogonadism confirmed by blood tests, not for low energy or anti-aging.',
    'Chelation is FDA-approved for lead poisoning.',
    'Stem-cell and exosome products need FDA approval.',
    'TMS received FDA clearance for depression in 2008.',
    // The product that holds the approval named; the people and an approved condition.
    'Epidiolex is an FDA-approved CBD medicine.',
    'CBD is FDA-approved for seizures in Dravet syndrome.',
    'Spravato is FDA-approved for adults with treatment-resistant depression.',
  ],
  invalid: [
    // Only one product holds the approval (knowledge: approvedProducts); the condition after the people.
    { text: 'Our CBD tinctures are FDA-approved.', errors: [{ text: 'FDA-approved', messageId: 'off-label' }] },
    { text: 'CBD oil is approved by the FDA for children with autism.', errors: [{ text: 'approved by the FDA', messageId: 'off-label' }] },
    // A regulator approving it, in the active, for a use that is off-label.
    { text: 'The FDA has approved ketamine for anesthesia as well as for chronic pain.', errors: [{ text: 'has approved ketamine for anesthesia as well as for chronic pain', messageId: 'off-label' }] },
    { text: 'If you want an FDA-approved way to reverse ageing, NAD+ is it.', errors: [{ text: 'FDA-approved way', messageId: 'unapproved' }], output: 'If you want an FDA-approved way to reverse ageing, NAD+ is it.' },
    { text: 'Ozone therapy is approved and regulated by the FDA.', errors: [{ text: 'is approved and regulated by the FDA', messageId: 'unapproved' }] },
    // ("chambers" is the singular's plural, not WordNet's writer Chambers, a person.)
    { text: 'Whole-body cryotherapy chambers are FDA-cleared for pain.', errors: [{ text: 'FDA-cleared', messageId: 'unapproved' }] },
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
    { text: 'Chelation is FDA-approved to clear arterial plaque.', errors: [{ text: 'FDA-approved', messageId: 'off-label' }] },
    { text: 'Our hyperbaric chambers are FDA-approved for autism.', errors: [{ text: 'FDA-approved', messageId: 'cleared' }] },
    { text: 'Our stem cell injections have FDA clearance for knee arthritis.', errors: [{ text: 'FDA clearance', messageId: 'off-label' }] },
  ],
});
