import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('term-misspelled', {
  valid: [
    'Esketamine (Spravato) is given at subanesthetic doses with ondansetron for nausea.',
    'N-methyl-D-aspartate receptors, fibromyalgia, PTSD and paediatric anaesthesia are spelled right.',
    'Vortioxetine, psilocybin, glutamatergic signalling and hydroxynorketamine.',
    'Dr. Okonkwo of the Kessler Institute met Siobhan Mulcahy in Tulsa.',
    'Ketamina Wellness opened a new clinic.',
    'Microdosing and neuroinflammation are discussed by infusionist nurses.',
    'The recieved letter had a typo in an ordinary word.',
    'Visit https://www.ketaminwellness.com/treatmnt or write to info@ketaminwellness.com today.',
    'The file is at docs/ketamin/guide.',
    { text: 'Our clinic uses Ketaflux for comfort.', config: { words: ['ketaflux'] } },
  ],
  invalid: [
    {
      text: 'This is a subaneshetic dosage of ketamine.',
      errors: [{ text: 'subaneshetic', fix: 'subanesthetic', messageId: 'misspelled' }],
      output: 'This is a subanesthetic dosage of ketamine.',
    },
    { text: 'Ketamin infusions can help.', errors: [{ text: 'Ketamin', fix: 'Ketamine' }], output: 'Ketamine infusions can help.' },
    { text: 'Common effects are nausia and dizzyness.', errors: [{ text: 'nausia', fix: 'nausea' }, { text: 'dizzyness', fix: 'dizziness' }] },
    { text: 'It may help fibromialgia.', errors: [{ text: 'fibromialgia', fix: 'fibromyalgia' }] },
    { text: 'Patients with hypertention should not have it.', errors: [{ text: 'hypertention', fix: 'hypertension' }] },
    { text: 'We also offer psilocibin research.', errors: [{ text: 'psilocibin', fix: 'psilocybin' }] },
    { text: 'We treat pain/ketamin users.', errors: [{ text: 'ketamin', fix: 'ketamine' }] },
    { text: 'A siezure is rare.', errors: [{ text: 'siezure', fix: 'seizure' }] },
    { text: 'It is an anestetic drug.', errors: [{ text: 'anestetic', fix: 'anesthetic' }] },
  ],
});
