import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('claim-statistic', {
  valid: [
    'Prices rise by 5% in January.',
    'After chiropractic manipulation, 3 out of 10 patients do not respond at all.',
    'About one in three patients see no change after ozone therapy.',
    'Chronic pain is pain that lasts more than 12 weeks.',
    'Do not drive for at least 24 hours.',
    'Headache occurred in 37% of patients in the trial.',
    'About 70% of patients respond to TMS (Carpenter et al., 2012).',
    'Up to 30% of people with depression do not respond to two antidepressants [5].',
    'Ketamine was first made in the 1960s.',
    'About 2 in 10 patients see no change after acupuncture.',
    'Nausea occurs in 20% of patients after ketamine.',
  ],
  invalid: [
    { text: 'Microneedling reduces acne scars by up to 70%.', errors: [{ text: '70%', messageId: 'statistic' }], output: 'Microneedling reduces acne scars by up to 70%. [citation needed]' },
    { text: 'With chiropractic manipulation, three out of four patients report less back pain.', errors: [{ text: 'three out of four patients', messageId: 'statistic' }], output: 'With chiropractic manipulation, three out of four patients report less back pain. [citation needed]' },
    { text: 'After ozone therapy, nine out of ten feel relief.', errors: [{ text: 'nine out of ten', messageId: 'statistic' }], output: 'After ozone therapy, nine out of ten feel relief. [citation needed]' },
    { text: 'After ozone therapy, 8 out of 10 report less pain.', errors: [{ text: '8 out of 10', messageId: 'statistic' }], output: 'After ozone therapy, 8 out of 10 report less pain. [citation needed]' },
    { text: 'We have 95% patient satisfaction with IV drips.', errors: [{ text: '95%', messageId: 'statistic' }], output: 'We have 95% patient satisfaction with IV drips. [citation needed]' },
    { text: '70% of patients respond to TMS.', errors: [{ text: '70% of patients', messageId: 'statistic' }], output: '70% of patients respond to TMS. [citation needed]' },
    { text: 'Our PRP program has a success rate of 80%.', errors: [{ text: '80%', messageId: 'statistic' }], output: 'Our PRP program has a success rate of 80%. [citation needed]' },
    { text: '8 out of 10 patients feel relief after one psilocybin session.', errors: [{ text: '8 out of 10 patients', messageId: 'statistic' }], output: '8 out of 10 patients feel relief after one psilocybin session. [citation needed]' },
    { text: 'CBD oil helped 90 percent of our patients sleep better.', errors: [{ text: '90 percent of our patients', messageId: 'statistic' }], output: 'CBD oil helped 90 percent of our patients sleep better. [citation needed]' },
    { text: '8 out of 10 patients report less pain after acupuncture.', errors: [{ text: '8 out of 10 patients', messageId: 'statistic' }], output: '8 out of 10 patients report less pain after acupuncture. [citation needed]' },
    { text: 'Our success rate is 85%.', errors: [{ text: '85%', messageId: 'statistic' }], output: 'Our success rate is 85%. [citation needed]' },
    { text: 'After PRP, 9 out of 10 patients feel relief, not just for weeks but for months.', errors: [{ text: '9 out of 10 patients', messageId: 'statistic' }], output: 'After PRP, 9 out of 10 patients feel relief, not just for weeks but for months. [citation needed]' },
    { text: 'In our clinic, half of the patients were pain-free after one month of ozone therapy.', errors: [{ text: 'half of the patients', messageId: 'statistic' }], output: 'In our clinic, half of the patients were pain-free after one month of ozone therapy. [citation needed]' },
    { text: 'Our patients have a 95% satisfaction rate.', errors: [{ text: '95%', messageId: 'statistic' }], output: 'Our patients have a 95% satisfaction rate. [citation needed]' },
    { text: 'One in three patients is pain-free after hyperbaric oxygen therapy.', errors: [{ text: 'One in three patients', messageId: 'statistic' }], output: 'One in three patients is pain-free after hyperbaric oxygen therapy. [citation needed]' },
  ],
});
