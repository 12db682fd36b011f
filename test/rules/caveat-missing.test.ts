// caveat-missing: which topics count as present (per topic: wording that passes, near misses
// that do not), which topics each kind of therapy needs, severities, region and the fix.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ruleTable, findingsOf } from '../helpers/rule-tester.js';
import { lint, resolveConfig } from '../../src/node/index.js';
import { applyFixes } from '../../src/core/fixes.js';
import type { UserConfig } from '../../src/core/config.js';
import type { TopicId } from '../../src/knowledge/topics.js';

const RULE = 'caveat-missing';

// A ketamine article that covers every topic, one line each (plain text: one line a paragraph).
const COVERED: Record<TopicId, string> = {
  'side-effects': 'Ketamine can cause nausea and dizziness.',
  contraindications: 'Ketamine should not be given to people with uncontrolled high blood pressure.',
  'medical-supervision': 'A trained clinician monitors you during each ketamine infusion.',
  driving: 'Do not drive for 24 hours after treatment.',
  'abuse-potential': 'Ketamine is a controlled substance and can be misused.',
  'regulatory-status': 'Ketamine is not approved by the FDA for depression, so this use is off-label.',
  'individual-variation': 'Results vary from person to person.',
  'evidence-limits': 'Research on long-term effects is still limited.',
  'crisis-resources': 'If you have thoughts of suicide, call or text 988.',
};
const TITLE = 'Ketamine infusions for depression';

/** The covered article with one topic's line replaced (or removed with `null`). */
function article(topic: TopicId, line: string | null): string {
  const lines = Object.entries(COVERED).map(([id, text]) => (id === topic ? line : text)).filter((l): l is string => l !== null);
  return [TITLE, ...lines].join('\n') + '\n';
}

const missingTopics = (text: string, config?: UserConfig, format: 'text' | 'markdown' = 'text') =>
  findingsOf(RULE, { text, config, format }).map((f) => f.messageId);

// Per topic: wording that satisfies it, and near misses that do not.
const CASES: Record<TopicId, { pass: string[]; fail: string[] }> = {
  'side-effects': {
    pass: [
      'Side effects include nausea and tiredness.',
      'Common adverse reactions are dizziness and raised blood pressure.',
      'Ketamine may cause hallucinations during the infusion.',
      'Tiredness and dizziness are very common side effects.',
      'Expect some tenderness and a little bruising where the needle went in.',
      'For a day or two your arm may be sore and swollen.',
      'A few patients get a headache or feel lightheaded afterwards.',
      'Some people feel warm, flushed or nauseous during the drip.',
      'Mild itching at the site is common.',
      'You might notice more shedding for a few weeks.',
      'You may feel light-headed.',
      'Like any medicine, ketamine can cause side effects.',
    ],
    fail: [
      'Ketamine has no side effects.',
      'There are zero side effects with this treatment.',
      'Are there any side effects?',
      'Side Effects',
      'You will not feel any soreness afterwards.',
      'Most patients notice less swelling within a week.',
      'The injection can be given without bruising.',
      'It may ease headaches and nausea.',
      'It can be used to treat nausea after surgery.',
      'You may be given an anti-nausea medicine.',
      // Said of another treatment, or minimised (issue 13).
      'Unlike pills, it puts nothing into your bloodstream.',
      'Our team takes side effects seriously.',
      'There is no downtime.',
      'Antidepressants can cause weight gain.',
      'Side effects are rare and mild.',
      'If you have headaches, ketamine may help.',
    ],
  },
  contraindications: {
    pass: [
      'Individuals with uncontrolled hypertension may not be suitable candidates for ketamine.',
      'Ketamine is not recommended during pregnancy.',
      'Tell your clinician about other medicines, because ketamine can interact with opioids.',
      'People with a history of psychosis should not have ketamine.',
      'It is not for you if you have high blood pressure.',
    ],
    fail: ['A thorough evaluation is necessary before starting treatment.', 'This evaluation helps determine if ketamine is a suitable option.', 'Ketamine is suitable for everyone.', 'Research suggests interactions with the opioid system.'],
  },
  'medical-supervision': {
    pass: [
      'Always talk to your doctor before starting ketamine.',
      'Infusions are given under close medical supervision.',
      'A nurse will check your blood pressure every 15 minutes.',
      'Dr. Okafor reviews every patient before the first dose.',
      'Each injection is done by a board-certified surgeon.',
      'Book an assessment with our dermatologist before you decide.',
      'Our nurse practitioner administers every infusion.',
      'A nurse stays with you throughout.',
    ],
    fail: [
      'You can do this at home without a doctor.',
      'Book online in two minutes.',
      'Who gives the infusion?',
      'Written by Dr. Sam Lee.',
      'Dr. Lee opened the clinic in 2015.',
      'Dermatologists are amazed by these results.',
    ],
  },
  driving: {
    pass: ['Do not drive or operate machinery for 24 hours after your infusion.', 'It is advised not to drive for at least 24 hours after receiving a ketamine infusion.', 'Arrange a ride home after each session.', 'Do not take the wheel until tomorrow.'],
    fail: ['You can drive yourself home after the session.', 'Can I drive after ketamine?', 'Do not drive for a day after ECT.'],
  },
  'abuse-potential': {
    pass: ['Ketamine is a Schedule III controlled substance.', 'Ketamine can be misused and may lead to dependence.', 'There is a risk of addiction with repeated use.', 'You may crave it.'],
    fail: ['Ketamine is not addictive.', 'Ketamine infusion therapy is not considered addictive.', 'Ketamine is now being used in controlled settings.', 'There is no risk of addiction.', 'Is ketamine addictive?', 'Ketamine is studied as a treatment for addiction.'],
  },
  'regulatory-status': {
    pass: ['Using ketamine for depression is off-label.', 'Ketamine is FDA-approved only as an anesthetic.', 'This treatment is experimental.'],
    fail: ['Ketamine has been used in medicine for decades.', 'Clinics across the country offer ketamine.', 'Is ketamine FDA-approved?', 'Ketamine is FDA-approved.', 'Ketamine is approved as an anaesthetic.'],
  },
  'individual-variation': {
    pass: ['People vary in their reactions to ketamine therapy.', 'Not everyone responds to ketamine.', 'Individual responses may vary.', 'Ketamine therapy is not a one-size-fits-all solution.', 'Results may vary.', 'Everyone is different.'],
    fail: ['Ketamine works for everyone.', 'Everyone will benefit from ketamine.', 'Ketamine works in a different way from opioids.'],
  },
  'evidence-limits': {
    pass: [
      'Research on the long-term effects of ketamine infusion therapy is still ongoing.',
      'More research is needed.',
      'The evidence is still limited.',
      'So far there are only a few small placebo-controlled studies.',
      'There is not yet sufficient high-quality clinical evidence for this use.',
      'Researchers still do not fully understand how long the effect lasts.',
      'Whether repeated doses are safe over years remains unknown.',
    ],
    fail: [
      'Ketamine is backed by extensive research.',
      'Studies show ketamine helps.',
      'Ketamine has been studied since the 1960s.',
      'Large randomized trials support this treatment.',
      'You do not need to know anything before your visit.',
    ],
  },
  'crisis-resources': {
    pass: [
      'If you are in crisis, call or text 988.',
      'Call Samaritans on 116 123.',
      'Go to the nearest emergency department if you feel unsafe.',
      'In an emergency in Australia, phone 000.',
      'Ring 999 straight away if you feel unsafe.',
      'Go to A&E.',
    ],
    fail: [
      'Our clinic is open every day.',
      'Emergency airway equipment is kept in every room.',
      'Seizures are rare, about 1 in 30,000 sessions.',
      'Call us: 1,000 patients treated so far.',
      'Emergency admissions: 1,999 last year.',
      'A course costs $1,000, so call to book.',
      'We have treated 911 people since 2019.',
    ],
  },
};

describe('caveat-missing: a topic is present only when the article tells the reader', () => {
  it('the fully covered article has no finding', () => {
    assert.deepEqual(missingTopics(article('side-effects', COVERED['side-effects'])), []);
  });
  for (const [topic, { pass, fail }] of Object.entries(CASES) as [TopicId, { pass: string[]; fail: string[] }][]) {
    it(`${topic}: missing when its line is removed`, () => {
      assert.deepEqual(missingTopics(article(topic, null)), [topic]);
    });
    for (const line of pass) {
      it(`${topic}: present with "${line}"`, () => assert.deepEqual(missingTopics(article(topic, line)), []));
    }
    for (const line of fail) {
      it(`${topic}: still missing with "${line}"`, () => {
        // A heading-shaped line is followed by a line of text so that it reads as a heading.
        const text = article(topic, line === 'Side Effects' ? `${line}\nThe clinic is in Denver.` : line);
        assert.deepEqual(missingTopics(text), [topic]);
      });
    }
  }
  it('a Markdown heading with nothing under it is not the topic', () => {
    const md = `# ${TITLE}\n\n${Object.values(COVERED).filter((l) => l !== COVERED['side-effects']).join('\n\n')}\n\n## Side effects\n`;
    assert.deepEqual(missingTopics(md, undefined, 'markdown'), ['side-effects']);
  });
});

/** The topics an article needs, from the summary. */
const needed = (text: string, config?: UserConfig) => lint(text, { format: 'text', config }).summary.topics.map((t) => t.id).sort();
const BASE = ['individual-variation', 'medical-supervision', 'side-effects'];

describe('caveat-missing: topics each kind of therapy needs', () => {
  const cases: { name: string; text: string; topics: string[] }[] = [
    {
      name: 'TMS for depression (cleared use, a device)',
      text: 'TMS for depression\nTMS uses magnetic pulses. Many people try TMS after medicines for depression did not help.\nSessions take 20 minutes and depression symptoms are tracked.\n',
      topics: [...BASE, 'crisis-resources'],
    },
    {
      name: 'TMS for tinnitus (off-label)',
      text: 'TMS for tinnitus\nTMS uses magnetic pulses. Some clinics offer TMS for tinnitus.\n',
      topics: [...BASE, 'evidence-limits', 'regulatory-status'],
    },
    {
      name: 'psilocybin therapy',
      text: 'Psilocybin therapy\nPsilocybin sessions last about six hours. A guide stays with you during psilocybin sessions.\n',
      topics: [...BASE, 'abuse-potential', 'contraindications', 'driving', 'evidence-limits', 'regulatory-status'],
    },
    {
      name: 'NAD+ drips',
      text: 'NAD+ IV therapy\nAn NAD drip takes two hours. Many clients book NAD infusions every month.\n',
      topics: [...BASE, 'contraindications', 'evidence-limits', 'regulatory-status'],
    },
    {
      name: 'PRP for the knee',
      text: 'PRP injections for knee arthritis\nPRP is made from your own blood. PRP is injected into the knee.\n',
      topics: [...BASE, 'contraindications', 'evidence-limits', 'regulatory-status'],
    },
    {
      // Not sedating: sold as non-intoxicating, and the dev gold asks no CBD article for driving advice.
      name: 'CBD for sleep',
      text: 'CBD for sleep\nCBD oil is taken at night. Many people try CBD to sleep.\n',
      topics: [...BASE, 'contraindications', 'evidence-limits', 'regulatory-status'],
    },
    {
      name: 'chiropractic care',
      text: 'Chiropractic care for back pain\nA chiropractor uses spinal manipulation. Visits take 30 minutes.\n',
      topics: BASE,
    },
    {
      name: 'hyperbaric oxygen for autism (not cleared)',
      text: 'Hyperbaric oxygen therapy for autism\nHBOT means breathing oxygen in a pressurized chamber. Some parents try HBOT for autism.\n',
      topics: [...BASE, 'evidence-limits', 'regulatory-status'],
    },
    {
      name: 'stem-cell injections',
      text: 'Stem cell therapy for knee pain\nStem cell injections use cells from fat. Stem cells are injected into the knee.\n',
      topics: [...BASE, 'contraindications', 'evidence-limits', 'regulatory-status'],
    },
    {
      name: 'Spravato for treatment-resistant depression (approved use)',
      text: 'Spravato for depression\nSpravato is a nasal spray for treatment-resistant depression. Spravato is taken with an antidepressant for depression.\n',
      topics: [...BASE, 'abuse-potential', 'contraindications', 'crisis-resources', 'driving'],
    },
    {
      name: 'ECT',
      text: 'What to expect from ECT\nECT is done under general anesthesia. A course of ECT is usually 6 to 12 sessions.\n',
      topics: [...BASE, 'driving'],
    },
    {
      name: 'a passing comparison does not make a subject',
      text: 'TMS for depression\nTMS uses magnetic pulses. Unlike ketamine, TMS needs no IV line. TMS sessions are short. TMS is done while awake.\n',
      topics: BASE,
    },
    {
      name: 'a single mention of depression does not need crisis resources',
      text: 'Ketamine for nerve pain\nKetamine infusions can ease nerve pain. Ketamine is also used for treatment-resistant depression.\n',
      topics: [...BASE, 'abuse-potential', 'contraindications', 'driving', 'evidence-limits', 'regulatory-status'],
    },
    { name: 'no therapy, no topics', text: 'Living with chronic pain\nChronic pain lasts more than 12 weeks.\n', topics: [] },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(needed(c.text), [...c.topics].sort()));

  it('config requireTopics and ignoreTopics', () => {
    const text = 'Chiropractic care for back pain\nA chiropractor uses spinal manipulation. Visits take 30 minutes.\n';
    assert.deepEqual(needed(text, { requireTopics: ['evidence-limits'], ignoreTopics: ['individual-variation'] }), ['evidence-limits', 'medical-supervision', 'side-effects']);
  });

  it('config therapies add a therapy, with traits deciding the topics', () => {
    const config: UserConfig = { therapies: [{ id: 'ozone', label: 'Ozone therapy', names: ['ozone therapy', 'ozone'], traits: ['substance', 'injected', 'unapproved'] }] };
    const text = 'Ozone therapy for joint pain\nOzone is injected into the joint. Ozone therapy takes an hour.\n';
    assert.deepEqual(needed(text, config), [...BASE, 'contraindications', 'evidence-limits', 'regulatory-status'].sort());
    const found = findingsOf(RULE, { text, config });
    assert.match(found.find((f) => f.messageId === 'contraindications')!.message, /Ozone therapy is given by injection/);
  });
});

describe('caveat-missing: a leaflet that covers everything in its own words', () => {
  it('has no finding', () => {
    const leaflet = [
      '# Esketamine (Spravato)',
      'Esketamine is a medicine for depression that has not improved after trying at least 2 antidepressants. It is a nasal spray used with an antidepressant tablet.',
      '## Who can and cannot use it',
      'Esketamine is not suitable for some people. Tell your doctor if you have had an aneurysm or bleeding in the brain, or if you are pregnant.',
      '## How it is given',
      'You use the spray at a clinic while a healthcare professional watches. They check your blood pressure and stay with you for at least 2 hours.',
      "You should not drive, cycle or use machinery until the day after your treatment, after a good night's sleep.",
      '## Side effects',
      'Like all medicines, esketamine can cause side effects, such as dizziness, feeling sick and high blood pressure.',
      'Esketamine is a controlled drug because it can be misused. How well it works varies from person to person.',
      '## Urgent advice',
      'If you have thoughts of ending your life, call 999 or go to A&E now. You can also call Samaritans on 116 123.',
    ].join('\n\n');
    assert.deepEqual(missingTopics(leaflet, undefined, 'markdown'), []);
  });
});

describe('caveat-missing: findings', () => {
  const text = 'Ketamine for nerve pain\nKetamine infusions can ease nerve pain. Ketamine can cause nausea.\n';

  // Approval wording must not overstate: one CBD product is approved; only PRP devices are cleared.
  const messageOf = (text: string, topic: TopicId) => findingsOf(RULE, { text }).find((f) => f.messageId === topic)?.message ?? '';
  it('CBD: names Epidiolex and its three seizure conditions; other CBD is unapproved, not off-label', () => {
    const m = messageOf('CBD gummies for stress\nOur CBD gummies calm stress. Many buy CBD for stress.\n', 'regulatory-status');
    assert.match(m, /Epidiolex, for seizures of Lennox-Gastaut syndrome, Dravet syndrome and tuberous sclerosis complex/);
    assert.match(m, /other CBD products are unapproved, including for stress/);
    assert.doesNotMatch(m, /stress is off-label|approved for epilepsy/);
  });
  it('PRP: the preparing devices are cleared, PRP itself is not approved', () => {
    const m = messageOf('PRP for tennis elbow\nPRP injections heal tennis elbow. PRP is quick.\n', 'regulatory-status');
    assert.match(m, /^Platelet-rich plasma \(PRP\) itself is not FDA-approved: the FDA has cleared only devices that prepare it/);
    assert.doesNotMatch(m, /PRP\) is FDA-cleared/);
  });
  it('stem cells: given by injection or infusion', () => {
    assert.match(messageOf('Stem cells for back pain\nStem cell injections fix back pain. Stem cells regrow discs.\n', 'contraindications'), /given by injection or infusion/);
  });

  ruleTable(RULE, {
    valid: [article('side-effects', COVERED['side-effects']), 'Living with chronic pain\nChronic pain lasts more than 12 weeks.\n'],
    invalid: [
      {
        name: 'each missing topic on the title, with the therapy and why',
        text,
        errors: [
          { text: 'Ketamine for nerve pain', messageId: 'contraindications', message: 'Ketamine is given by injection or infusion' },
          { text: 'Ketamine for nerve pain', messageId: 'medical-supervision' },
          { text: 'Ketamine for nerve pain', messageId: 'driving', message: 'sedating, dissociative and psychoactive' },
          { text: 'Ketamine for nerve pain', messageId: 'abuse-potential', message: 'Ketamine is a DEA Schedule III controlled substance; say that it can be misused' },
          { text: 'Ketamine for nerve pain', messageId: 'regulatory-status', message: 'FDA-approved for anesthesia' },
          { text: 'Ketamine for nerve pain', messageId: 'individual-variation' },
          { text: 'Ketamine for nerve pain', messageId: 'evidence-limits' },
        ], output: 'Ketamine for nerve pain\nKetamine infusions can ease nerve pain. Ketamine can cause nausea.\nSafety information\nKetamine should not be given to people for whom a rise in blood pressure would be dangerous, or who are allergic to it. Tell your clinician about all the medicines you take, because opioids, benzodiazepines and alcohol with ketamine can slow breathing. (Source: Ketalar (ketamine) prescribing information, FDA label on DailyMed: https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=46dab560-8ecd-4d92-8c92-6baa2310b09b)\nKetamine should be given only by clinicians trained to use it, who check your breathing, heart rate and blood pressure during and after each dose. (Sources: Ketalar (ketamine) prescribing information, FDA label on DailyMed: https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=46dab560-8ecd-4d92-8c92-6baa2310b09b; FDA: potential risks of compounded ketamine (October 2023): https://www.fda.gov/drugs/human-drug-compounding/fda-warns-patients-and-health-care-providers-about-potential-risks-associated-compounded-ketamine-products-including-oral)\nDo not drive, operate machinery or do anything hazardous for at least 24 hours after a ketamine treatment, and arrange for an adult to take you home. (Source: Ketalar (ketamine) prescribing information, FDA label on DailyMed: https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=46dab560-8ecd-4d92-8c92-6baa2310b09b)\nKetamine is a Schedule III controlled substance. It can be misused and can lead to dependence. (Sources: DEA drug fact sheet: ketamine: https://www.dea.gov/factsheets/ketamine; Ketalar (ketamine) prescribing information, FDA label on DailyMed: https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=46dab560-8ecd-4d92-8c92-6baa2310b09b)\nThe FDA has approved ketamine as an anesthetic. The FDA has not approved it for depression, other mental health conditions or chronic pain, so these uses are off-label. (Sources: Ketalar (ketamine) prescribing information, FDA label on DailyMed: https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=46dab560-8ecd-4d92-8c92-6baa2310b09b; FDA: potential risks of compounded ketamine (October 2023): https://www.fda.gov/drugs/human-drug-compounding/fda-warns-patients-and-health-care-providers-about-potential-risks-associated-compounded-ketamine-products-including-oral)\nResults with ketamine vary from person to person, and some people do not benefit. (Source: FDA: think it through, managing the benefits and risks of medicines: https://www.fda.gov/drugs/information-consumers-and-patients-drugs/think-it-through-managing-benefits-and-risks-medicines)\nKetamine has not been through FDA review for mental health conditions, and the long-term effects of repeated doses are not well known. (Source: FDA: potential risks of compounded ketamine (October 2023): https://www.fda.gov/drugs/human-drug-compounding/fda-warns-patients-and-health-care-providers-about-potential-risks-associated-compounded-ketamine-products-including-oral)\n',
      },
    ],
  });

  it('severity: error for side effects, contraindications, misuse and crisis lines; warning for the rest', () => {
    const bySeverity = Object.fromEntries(lint(text, { format: 'text' }).findings.filter((f) => f.ruleId === RULE).map((f) => [f.messageId, f.severity]));
    assert.deepEqual(bySeverity, { contraindications: 2, 'medical-supervision': 1, driving: 1, 'abuse-potential': 2, 'regulatory-status': 1, 'individual-variation': 1, 'evidence-limits': 1 });
  });

  it('severity is configurable per topic, and "warn" on the rule makes every topic a warning', () => {
    const one = (config: UserConfig) =>
      Object.fromEntries(lint(text, { format: 'text', config }).findings.filter((f) => f.ruleId === RULE).map((f) => [f.messageId, f.severity]));
    const custom = one({ rules: { [RULE]: ['error', { severity: { driving: 'error', 'evidence-limits': 'off' } }] } });
    assert.equal(custom.driving, 2);
    assert.equal(custom['evidence-limits'], undefined);
    assert.ok(Object.values(one({ rules: { [RULE]: 'warn' } })).every((s) => s === 1));
  });

  it('sets the summary for the safety checklist view', () => {
    const { summary } = lint(text, { format: 'text' });
    assert.deepEqual(summary.therapies, ['Ketamine']);
    assert.deepEqual(summary.topics.find((t) => t.id === 'side-effects'), { id: 'side-effects', present: true });
    assert.deepEqual(summary.topics.find((t) => t.id === 'driving'), { id: 'driving', present: false });
  });
});

describe('caveat-missing: the safety-section fix', () => {
  const fixAll = (text: string, format: 'text' | 'markdown', config?: UserConfig) => {
    const findings = findingsOf(RULE, { text, format, config });
    return applyFixes(text, findings, { kinds: ['caveat'] }).output;
  };

  it('Markdown: a "## Safety information" section with linked sources, before a trailing call to action', () => {
    const md = '# Ketamine for nerve pain\n\nKetamine infusions can ease nerve pain. Ketamine can cause nausea.\n\nSchedule a consultation today.\n';
    const out = fixAll(md, 'markdown');
    assert.match(out, /\n\n## Safety information\n\n/);
    assert.match(out, /Do not drive, operate machinery .*\(Source: \[Ketalar \(ketamine\) prescribing information, FDA label on DailyMed\]\(<https:\/\/dailymed/);
    assert.ok(out.endsWith('\n\nSchedule a consultation today.\n'), out.slice(-80));
    assert.deepEqual(missingTopics(out, undefined, 'markdown'), []);
  });

  it('plain text: a title line, URLs in parentheses, one line a paragraph, CRLF kept', () => {
    const txt = 'Ketamine for nerve pain\r\nKetamine infusions can ease nerve pain. Ketamine can cause nausea.\r\nComments\r\nPost a Comment';
    const out = fixAll(txt, 'text');
    assert.ok(out.includes('\r\nSafety information\r\n'));
    assert.ok(!/[^\r]\n/.test(out), 'only CRLF line endings');
    assert.match(out, /\(Sources: DEA drug fact sheet: ketamine: https:\/\/www\.dea\.gov\/factsheets\/ketamine; /);
    assert.ok(out.endsWith('\r\nComments\r\nPost a Comment'));
    assert.deepEqual(missingTopics(out), []);
  });

  it('appends at the end when there is no trailing block, and finishes the last line', () => {
    const out = fixAll('Ketamine for nerve pain\n\nKetamine infusions can ease nerve pain. Ketamine can cause nausea.', 'text');
    assert.match(out, /nausea\.\n\nSafety information\n\n/);
    assert.ok(out.endsWith('\n'));
  });

  it('crisis lines follow config.region', () => {
    const text = 'Ketamine for depression\nKetamine is used for depression. Depression can feel endless.\n';
    assert.match(fixAll(text, 'text', { region: 'UK' }), /Samaritans free on 116 123/);
    assert.match(fixAll(text, 'text'), /call or text 988/);
    assert.match(fixAll(text, 'text', { region: 'other' }), /local emergency number/);
  });

  it('a British-looking article with the default region gets a hint to set the UK region', () => {
    const crisis = (text: string, config?: UserConfig) => findingsOf(RULE, { text, config }).find((f) => f.messageId === 'crisis-resources')?.message ?? '';
    const uk = 'Ketamine for depression\nKetamine is used for depression. Ask your GP whether depression care suits you.\n';
    assert.match(crisis(uk), /set "region": "UK"/);
    assert.doesNotMatch(crisis(uk, { region: 'UK' }), /set "region"/);
    assert.doesNotMatch(crisis('Ketamine for depression\nKetamine is used for depression. Depression can feel endless.\n'), /set "region"/);
    const link = '# Ketamine for depression\n\nKetamine is used for [depression](https://www.nhs.uk/mental-health/). Depression can feel endless.\n';
    assert.match(findingsOf(RULE, { text: link, format: 'markdown' }).find((f) => f.messageId === 'crisis-resources')?.message ?? '', /set "region": "UK"/);
  });

  it('the second fix inserts only its own topic', () => {
    const findings = findingsOf(RULE, { text: 'Ketamine for nerve pain\nKetamine infusions can ease nerve pain. Ketamine can cause nausea.\n' });
    const driving = findings.find((f) => f.messageId === 'driving')!;
    assert.equal(driving.fixes.length, 2);
    assert.equal(driving.fixes[0].kind, 'caveat');
    assert.match(driving.fixes[1].text, /^Safety information\nDo not drive/);
    assert.ok(!driving.fixes[1].text.includes('Schedule III'));
  });

  it('a second pass adds paragraphs to the existing section instead of a new heading', () => {
    const text = 'Ketamine for nerve pain\nKetamine infusions can ease nerve pain. Ketamine can cause nausea.\n';
    const findings = findingsOf(RULE, { text });
    const once = applyFixes(text, [findings.find((f) => f.messageId === 'driving')!].map((f) => ({ ...f, fixes: [f.fixes[1]] })), { kinds: ['caveat'] }).output;
    const twice = fixAll(once, 'text');
    assert.equal(twice.split('Safety information').length, 2);
    assert.deepEqual(missingTopics(twice), []);
  });

  it('every kind of therapy: the inserted section covers every missing topic', () => {
    const articles = [
      'TMS for PTSD\nTMS uses magnetic pulses. TMS for PTSD is new. PTSD can be hard to live with.\n',
      'Psilocybin therapy\nPsilocybin sessions last about six hours. Psilocybin is studied for depression and anxiety.\n',
      'NAD+ IV therapy\nAn NAD drip takes two hours. Many clients book NAD infusions.\n',
      'PRP injections for knee arthritis\nPRP is made from your own blood. PRP is injected into the knee.\n',
      'CBD for sleep\nCBD oil is taken at night. Many people try CBD to sleep.\n',
      'MDMA-assisted therapy for PTSD\nMDMA sessions last eight hours. MDMA is paired with talk therapy for PTSD.\n',
      'Stem cell therapy for knee pain\nStem cell injections use cells from fat. Stem cells are injected into the knee.\n',
      'Hyperbaric oxygen therapy for autism\nHBOT means breathing oxygen in a chamber. Some parents try HBOT for autism.\n',
      'IV vitamin therapy\nA vitamin drip takes 45 minutes. IV vitamin drips are popular.\n',
      'What to expect from ECT\nECT is done under general anesthesia. A course of ECT is 6 to 12 sessions for depression. Depression can lift.\n',
      'Chiropractic care\nA chiropractor uses spinal manipulation. Visits take 30 minutes.\n',
      'Spravato for depression\nSpravato is a nasal spray for depression. Spravato is taken with an antidepressant.\n',
      'Infusion therapy for migraines\nAn infusion takes an hour. Infusions are given in our clinic.\n',
    ];
    for (const text of articles) {
      assert.ok(findingsOf(RULE, { text }).length > 0, text);
      const out = fixAll(text, 'text');
      assert.deepEqual(missingTopics(out), [], out);
    }
  });
});

describe('caveat-missing: config validation', () => {
  it('a therapy template without sources is a config error naming the key', async () => {
    const { ConfigError } = await import('../../src/core/config.js');
    const { validateConfig } = await import('../../src/node/index.js');
    const bad = { therapies: [{ id: 'ozone', label: 'Ozone', names: ['ozone'], traits: ['substance'], topics: { driving: { text: 'Do not drive.', sources: [] } } }] };
    assert.throws(() => validateConfig(bad, '.fairbalancerc.json'), (e: unknown) => e instanceof ConfigError && e.key === 'therapies[0].topics.driving.sources');
    const noSources = { therapies: [{ id: 'ketamine', topics: { driving: { text: 'Do not drive.' } } }] };
    assert.throws(() => validateConfig(noSources, '.fairbalancerc.json'), /therapies\[0\]\.topics\.driving: missing required key "sources"/);
    assert.throws(() => validateConfig({ therapies: [{ id: 'new-one', traits: ['medicine'] }] }, 'x.json'), /therapies\[0\]: missing required key "label"/);
    assert.throws(() => validateConfig({ therapies: [{ id: 'ketamine', traits: ['sleepy'] }] }, 'x.json'), /therapies\[0\]\.traits\[0\]/);
    assert.doesNotThrow(() => validateConfig({ therapies: [{ id: 'ketamine', aliases: ['ketamyne'] }] }, 'x.json'));
  });

  it('extending a built-in therapy keeps its knowledge', () => {
    const config = resolveConfig({ therapies: [{ id: 'ketamine', aliases: ['ketamyne'] }] });
    const out = lint('Ketamyne for pain\nKetamyne infusions help some people.\n', { format: 'text', config });
    assert.deepEqual(out.summary.therapies, ['Ketamine']);
  });
});

describe('caveat-missing: a treatment the knowledge does not list', () => {
  const text = 'Scalar Wave Therapy for Fatigue\nScalar wave therapy is a gentle approach. Most clients book scalar wave therapy weekly.\n';

  ruleTable(RULE, {
    valid: ['Living with chronic pain\nChronic pain lasts more than 12 weeks.\n'],
    invalid: [
      {
        name: 'the first-row topics, naming it as the article does; the fix is generic and tells the writer what to add',
        text,
        errors: [
          { text: 'Scalar Wave Therapy for Fatigue', messageId: 'side-effects', message: 'Scalar wave therapy has side effects; tell the reader which ones can occur.' },
          { text: 'Scalar Wave Therapy for Fatigue', messageId: 'medical-supervision', message: 'Say that scalar wave therapy is given or monitored' },
          { text: 'Scalar Wave Therapy for Fatigue', messageId: 'individual-variation', message: 'Say that results with scalar wave therapy vary' },
        ],
        output:
          text +
          'Safety information\n' +
          'Like any treatment, scalar wave therapy can cause side effects. Ask your clinician which side effects are common and which are serious, and report any you notice. (Source: FDA: finding and learning about side effects (adverse reactions): https://www.fda.gov/drugs/information-consumers-and-patients-drugs/finding-and-learning-about-side-effects-adverse-reactions) [Writer: name the side effects of scalar wave therapy that its label, a regulator or a health service lists, and cite that source.]\n' +
          'Talk to your doctor before starting scalar wave therapy, and have it only from licensed clinicians who can monitor you. (Source: FDA: think it through, managing the benefits and risks of medicines: https://www.fda.gov/drugs/information-consumers-and-patients-drugs/think-it-through-managing-benefits-and-risks-medicines) [Writer: say who gives scalar wave therapy and what training or licence they hold.]\n' +
          'Results with scalar wave therapy vary from person to person, and some people do not benefit. (Source: FDA: think it through, managing the benefits and risks of medicines: https://www.fda.gov/drugs/information-consumers-and-patients-drugs/think-it-through-managing-benefits-and-risks-medicines) [Writer: if studies report how many people respond to scalar wave therapy, say so and cite them.]\n',
      },
    ],
  });

  it('traits only where the text says so: an infusion needs contraindications, a denied injection does not', () => {
    assert.deepEqual(needed('Glow Drip\nThe Glow Drip is infused through a cannula. Book a Glow Drip today.\n'), [...BASE, 'contraindications'].sort());
    assert.deepEqual(needed('Frequency Healing Therapy\nFrequency Healing Therapy needs no injections. Frequency Healing Therapy takes an hour.\n'), BASE);
  });

  it('Markdown: the note to the writer is a comment, so readers never see it; the fix leaves no finding', () => {
    const md = '# Scalar Wave Therapy\n\nScalar wave therapy is a gentle approach. Most clients book scalar wave therapy weekly.\n';
    const out = applyFixes(md, findingsOf(RULE, { text: md, format: 'markdown' }), { kinds: ['caveat'] }).output;
    assert.match(out, /<!-- Fair Balance: name the side effects of scalar wave therapy/);
    assert.doesNotMatch(out, /nausea|dizziness|headache|bruising/i, 'no side effect is invented');
    assert.deepEqual(missingTopics(out, undefined, 'markdown'), []);
  });
});

describe('caveat-missing: region (config region UK)', () => {
  const uk: UserConfig = { region: 'UK' };
  const messageOf = (text: string, topic: TopicId, config?: UserConfig) => findingsOf(RULE, { text, config }).find((f) => f.messageId === topic)?.message ?? '';
  const ketamine = 'Ketamine for depression\nKetamine infusions are offered for depression. Depression can feel endless.\n';

  it('approval in UK terms: licensed in the UK, never the FDA', () => {
    assert.match(messageOf(ketamine, 'regulatory-status', uk), /^Ketamine is licensed in the UK as an anaesthetic; its use for depression is off-label/);
    assert.match(messageOf(ketamine, 'regulatory-status'), /FDA-approved for anesthesia/);
    const peptides = 'BPC-157 injections\nBPC-157 injections are offered for tendon healing. BPC-157 comes in vials.\n';
    assert.match(messageOf(peptides, 'regulatory-status', uk), /is not licensed in the UK for the uses the article discusses/);
  });
  it('controlled drugs in UK terms', () => {
    assert.match(messageOf(ketamine, 'abuse-potential', uk), /^Ketamine is controlled in the UK as a Class B, Schedule 2 drug/);
    assert.match(messageOf(ketamine, 'abuse-potential'), /DEA Schedule III/);
  });
  it('the fix inserts the UK sentences and UK crisis lines', () => {
    const out = applyFixes(ketamine, findingsOf(RULE, { text: ketamine, config: uk }), { kinds: ['caveat'] }).output;
    assert.match(out, /In the UK, ketamine is licensed as an anaesthetic\. It is not licensed for depression/);
    assert.match(out, /Class B drug under the Misuse of Drugs Act 1971/);
    assert.match(out, /Samaritans free on 116 123/);
    assert.doesNotMatch(out, /The FDA has approved ketamine/);
    assert.deepEqual(missingTopics(out, uk), []);
  });
  it('a therapy with no UK facts keeps its FDA facts, named as such', () => {
    assert.match(messageOf('TMS for tinnitus\nTMS uses magnetic pulses. Some clinics offer TMS for tinnitus.\n', 'regulatory-status', uk), /FDA-cleared/);
  });
});

describe('caveat-missing: regions in a config file', () => {
  it('a config therapy may carry regional facts, validated like the US ones', async () => {
    const { validateConfig } = await import('../../src/node/index.js');
    const source = [{ title: 'BNF: ketamine', url: 'https://bnf.nice.org.uk/drugs/ketamine/' }];
    assert.doesNotThrow(() =>
      validateConfig({ therapies: [{ id: 'ketamine', regions: { UK: { approval: 'approved', approvedFor: ['anaesthesia'], topics: { 'regulatory-status': { text: 'Licensed as an anaesthetic only.', sources: source } } } } }] }, 'x.json'),
    );
    assert.throws(() => validateConfig({ therapies: [{ id: 'ketamine', regions: { Mars: {} } }] }, 'x.json'), /therapies\[0\]\.regions\.Mars: unknown key/);
    assert.throws(() => validateConfig({ therapies: [{ id: 'ketamine', regions: { UK: { approval: 'maybe' } } }] }, 'x.json'), /therapies\[0\]\.regions\.UK\.approval/);
    assert.throws(
      () => validateConfig({ therapies: [{ id: 'ketamine', regions: { UK: { topics: { driving: { text: 'Do not drive.', sources: [] } } } } }] }, 'x.json'),
      /therapies\[0\]\.regions\.UK\.topics\.driving\.sources/,
    );
  });
  it('a config entry extends the regional facts of a built-in therapy', () => {
    const config: UserConfig = { region: 'UK', therapies: [{ id: 'tms', regions: { UK: { approval: 'cleared', approvedFor: ['depression'] } } }] };
    const m = findingsOf(RULE, { text: 'TMS for tinnitus\nTMS uses magnetic pulses. Some clinics offer TMS for tinnitus.\n', config }).find((f) => f.messageId === 'regulatory-status')?.message ?? '';
    assert.match(m, /TMS is UKCA- or CE-marked for depression, but its use for tinnitus is not covered/);
  });
});
