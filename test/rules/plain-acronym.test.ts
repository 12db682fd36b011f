import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('plain-acronym', {
  valid: [
    { text: 'Transcranial magnetic stimulation (TMS) uses magnets. TMS is safe for most people.', name: 'words (ACRONYM)' },
    { text: 'TMS (transcranial magnetic stimulation) uses magnets.', name: 'ACRONYM (words)' },
    { text: 'Transcranial magnetic stimulation, or TMS, uses magnets.', name: 'words, or ACRONYM' },
    { text: 'Cannabidiol (CBD) comes from hemp. CBD is sold as oil.', name: 'any words before (ACRONYM)' },
    { text: 'This is complex regional pain syndrome. Later, CRPS spread to her arm.', name: 'spelled out earlier in the text' },
    { text: 'The quality rating scale is simple. Ask about QRS first.', name: 'spelled out earlier, in words the knowledge does not know' },
    { text: 'It is a coenzyme called NAD+ — nicotinamide adenine dinucleotide — found in cells.', name: 'a gloss after a dash' },
    { text: 'ATP, the energy molecule of the cell, powers muscles.', name: 'explained by an appositive' },
    { text: 'The FDA approved it, and you may need an MRI first.', name: 'acronyms readers know' },
    { text: 'Written by Jane Doe, MD, PhD, a pain specialist.', name: 'credentials after a name' },
    { text: 'Ketamine is a Schedule III drug.', name: 'a roman numeral' },
    { text: 'CALL NOW FOR A FREE CONSULT TODAY.', name: 'a shouted sentence' },
    { text: 'Ketamine (pronounced KET-a-meen) is a medicine.', name: 'a respelling of how a word sounds' },
    { text: '# TMS for depression\n\nTranscranial magnetic stimulation (TMS) is a treatment.\n', format: 'markdown', name: 'a heading is not the first use' },
  ],
  invalid: [
    {
      text: 'TMS uses magnets to treat depression.',
      errors: [{ text: 'TMS', messageId: 'known', fix: 'Transcranial magnetic stimulation (TMS)', message: '"TMS" is not spelled out at its first use: "transcranial magnetic stimulation (TMS)".' }],
      output: 'Transcranial magnetic stimulation (TMS) uses magnets to treat depression.',
    },
    {
      name: 'the article before it stays right ("an N-...")',
      text: 'It blocks an NMDA receptor.',
      errors: [{ text: 'NMDA', messageId: 'known', fix: 'N-methyl-D-aspartate (NMDA)' }],
      output: 'It blocks an N-methyl-D-aspartate (NMDA) receptor.',
    },
    {
      name: 'the article before it changes ("an SSRI" -> "a selective ...")',
      text: 'Ask about an SSRI first.',
      errors: [{ text: 'SSRI', messageId: 'known', fix: 'a selective serotonin reuptake inhibitor (SSRI)' }],
      output: 'Ask about a selective serotonin reuptake inhibitor (SSRI) first.',
    },
    {
      name: 'a plural',
      text: 'SSRIs can interact with it.',
      errors: [{ text: 'SSRIs', messageId: 'known', fix: 'Selective serotonin reuptake inhibitors (SSRIs)' }],
      output: 'Selective serotonin reuptake inhibitors (SSRIs) can interact with it.',
    },
    {
      name: 'written with its plus',
      text: 'NAD+ levels fall with age.',
      errors: [{ text: 'NAD+', messageId: 'known', fix: 'Nicotinamide adenine dinucleotide (NAD+)' }],
      output: 'Nicotinamide adenine dinucleotide (NAD+) levels fall with age.',
    },
    {
      name: 'spelled out only later: the article\'s own words move to the first use',
      text: 'Ask about QRS first. Later, the quality rating scale (QRS) helps.',
      errors: [{ text: 'QRS', messageId: 'later', fix: 'the quality rating scale (QRS)' }],
      output: 'Ask about the quality rating scale (QRS) first. Later, the quality rating scale (QRS) helps.',
    },
    {
      name: 'two letters are too few to match words far from them',
      text: 'Quick relief is rare. QR codes are not.',
      errors: [{ text: 'QR', messageId: 'unknown' }],
    },
    {
      name: 'unknown: no fix',
      text: 'The ZQX protocol is new.',
      errors: [{ text: 'ZQX', messageId: 'unknown' }],
    },
    {
      name: 'only the first use',
      text: 'CBD is popular. CBD is sold everywhere.',
      errors: [{ text: 'CBD', messageId: 'known', fix: 'Cannabidiol (CBD)' }],
      output: 'Cannabidiol (CBD) is popular. CBD is sold everywhere.',
    },
  ],
});
