import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('term-misspelled', {
  valid: [
    // (Without the article's own word, the English one wins: "zoned".)
    'Ozoned areas of the spa are quiet.',
    'Ketamina Wellness is open on Saturdays.',
    'Esketamine (Spravato) is given at subanesthetic doses with ondansetron for nausea.',
    'N-methyl-D-aspartate receptors, fibromyalgia, PTSD and paediatric anaesthesia are spelled right.',
    'Vortioxetine, psilocybin, glutamatergic signalling and hydroxynorketamine.',
    // British spellings of known terms; the singular of a term listed in the plural; the other enantiomer.
    'Ozone autohaemotherapy returns the treated blood to a vein.',
    'Paediatric oedema needs a doctor.',
    'The clinic emails a superbill after each visit.',
    'Arketamine is the other mirror-image form of ketamine.',
    'Dr. Okonkwo of the Kessler Institute met Siobhan Mulcahy in Tulsa.',
    'Ketamina Wellness opened a new clinic.',
    'Microdosing and neuroinflammation are discussed by infusionist nurses.',
    'The recieved letter had a typo in an ordinary word.',
    'Visit https://www.ketaminwellness.com/treatmnt or write to info@ketaminwellness.com today.',
    'The file is at docs/ketamin/guide.',
    { text: 'Our clinic uses Ketaflux for comfort.', config: { words: ['ketaflux'] } },
    // The real words of the confusable pairs, in their own senses.
    'The spinal cord and the umbilical cord; a minor chord on the piano.',
    'He lay prostrate on the floor; prostate cancer screening starts at 50.',
    'Side effects can affect your sleep; a hearing aid helps.',
    'The heroine of the novel used a track to cross the plague-stricken city.',
    'Treat the bowel gently; a bowl of soup; dental plaque; the urinary tract.',
    'Shortness of breath; breast cancer; a high dose; varicose veins; in vain.',
    'Some wounds are slow to heal, such as foot ulcers.',
    'The doctor asks questions to elicit your history; illicit drugs interact with it.',
    'Mucus in the stool; the mucous membrane of the nose.',
    'Find the taste of the liquid vile? We can flavour it.',
    { text: 'Patients on opiod medicines must tell us.', config: { words: ['opiod'] } },
    'We met the team at Asprin Labs in Leeds.',
    { name: 'a sentence in another language', text: 'El paciente recibe la ketamina por vía intravenosa.' },
    { name: 'a French sentence', text: 'La kétamine peut provoquer des effets indésirables, comme des nausées.' },
  ],
  invalid: [
    // A slip of a word the article itself uses beats an English word hardly closer ("zoned").
    { text: 'Ozone therapy uses ozone gas. Ozoned water is made in our clinic.', errors: [{ text: 'Ozoned', fix: 'Ozone', messageId: 'misspelled' }], output: 'Ozone therapy uses ozone gas. Ozone water is made in our clinic.' },
    // A type letter after the word, or a capitalised word across a comma, makes no name of it.
    { text: 'In chronic Lyme, Hepatits C and AIDS, it helps.', errors: [{ text: 'Hepatits', fix: 'Hepatitis', messageId: 'misspelled' }], output: 'In chronic Lyme, Hepatitis C and AIDS, it helps.' },
    {
      text: 'This is a subaneshetic dosage of ketamine.',
      errors: [{ text: 'subaneshetic', fix: 'subanesthetic', messageId: 'misspelled' }],
      output: 'This is a subanesthetic dosage of ketamine.',
    },
    { text: 'Ketamin infusions can help.', errors: [{ text: 'Ketamin', messageId: 'misspelled', fix: 'Ketamine' }], output: 'Ketamine infusions can help.' },
    { text: 'Common effects are nausia and dizzyness.', errors: [{ text: 'nausia', messageId: 'misspelled', fix: 'nausea' }, { text: 'dizzyness', messageId: 'misspelled', fix: 'dizziness' }], output: 'Common effects are nausea and dizziness.' },
    { text: 'It may help fibromialgia.', errors: [{ text: 'fibromialgia', messageId: 'misspelled', fix: 'fibromyalgia' }], output: 'It may help fibromyalgia.' },
    { text: 'Patients with hypertention should not have it.', errors: [{ text: 'hypertention', messageId: 'misspelled', fix: 'hypertension' }], output: 'Patients with hypertension should not have it.' },
    { text: 'We also offer psilocibin research.', errors: [{ text: 'psilocibin', messageId: 'misspelled', fix: 'psilocybin' }], output: 'We also offer psilocybin research.' },
    { text: 'We treat pain/ketamin users.', errors: [{ text: 'ketamin', messageId: 'misspelled', fix: 'ketamine' }], output: 'We treat pain/ketamine users.' },
    { text: 'A siezure is rare.', errors: [{ text: 'siezure', messageId: 'misspelled', fix: 'seizure' }], output: 'A seizure is rare.' },
    { text: 'It is an anestetic drug.', errors: [{ text: 'anestetic', messageId: 'misspelled', fix: 'anesthetic' }], output: 'It is an anesthetic drug.' },
    // Well-known misspellings, some of which a dictionary carries.
    { text: 'People taking opiods need care.', errors: [{ text: 'opiods', fix: 'opioids', messageId: 'misspelled' }], output: 'People taking opioids need care.' },
    { text: 'An opiod antagonist reverses it.', errors: [{ text: 'opiod', messageId: 'misspelled', fix: 'opioid' }], output: 'An opioid antagonist reverses it.' },
    { text: 'Do not mix it with asprin or codein.', errors: [{ text: 'asprin', messageId: 'misspelled', fix: 'aspirin' }, { text: 'codein', messageId: 'misspelled', fix: 'codeine' }], output: 'Do not mix it with aspirin or codeine.' },
    // Confusable words: the medical term is meant. The word is replaced; where a fixed expression
    // is the evidence, the expression is offered too.
    {
      text: 'Cells come from donated umbilical chord tissue.',
      errors: [{ text: 'chord', fix: 'cord', messageId: 'confusable', message: '"chord" in "umbilical chord tissue" is a different word' }],
      output: 'Cells come from donated umbilical cord tissue.',
    },
    { text: 'It eased his enlarged prostrate.', errors: [{ text: 'prostrate', messageId: 'confusable', fix: 'prostate' }], output: 'It eased his enlarged prostate.' },
    { text: 'Side-affects are rare.', errors: [{ text: 'affects', messageId: 'confusable', fix: 'effects' }], output: 'Side-effects are rare.' },
    { text: 'It helps Irritable Bowl Syndrome and urinary track infections.', errors: [{ text: 'Bowl', messageId: 'confusable', fix: 'Bowel' }, { text: 'track', messageId: 'confusable', fix: 'tract' }], output: 'It helps Irritable Bowel Syndrome and urinary tract infections.' },
    { text: 'Singers strain their vocal chords.', errors: [{ text: 'chords', messageId: 'confusable', fix: 'cords' }], output: 'Singers strain their vocal cords.' },
    { name: 'a cue of the partner nearby', text: 'Each vile contains 500 mg.', errors: [{ text: 'vile', messageId: 'confusable', fix: 'vial' }], output: 'Each vial contains 500 mg.' },
    { name: 'an adjective in a verb slot', text: 'It is used to illicit a response.', errors: [{ text: 'illicit', messageId: 'confusable', fix: 'elicit' }], output: 'It is used to elicit a response.' },
    { name: 'a noun where the adjective is meant', text: 'It dries the mucus membranes.', errors: [{ text: 'mucus', messageId: 'confusable', fix: 'mucous' }], output: 'It dries the mucous membranes.' },
  ],
});
