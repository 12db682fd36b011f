import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('claim-proof', {
  valid: [
    'Studies show it takes time to adjust to a new job.',
    'Ketamine is a dissociative anesthetic that blocks NMDA receptors.',
    'Some studies suggest that TMS may help with depression.',
    'Research suggests that psilocybin may ease anxiety in some people.',
    'Studies have shown that persistent pain can change how the brain works.',
    'It has not been proven that PRP injections regrow cartilage.',
    'Psilocybin therapy has not been shown to prevent suicide.',
    'Studies show that ketamine relieves pain (Smith et al., 2021).',
    'A 2019 study published in JAMA Psychiatry found that esketamine helped some patients.',
    { text: 'Clinical trials have shown that TMS treatment relieves depression [2].', name: 'numbered reference' },
    { text: 'Research shows stem cell therapy repairs joints ([NIH](https://www.nih.gov/news)).', format: 'markdown', name: 'link to nih.gov' },
    'A few small studies show that CBD treatment may reduce seizures.',
  ],
  invalid: [
    { text: 'Ozone therapy is offered here. Studies show it relieves fatigue.', errors: [{ text: 'Studies show', messageId: 'proof' }], output: 'Ozone therapy is offered here. Some studies suggest it relieves fatigue.' },
    { text: 'Studies prove it works.', errors: [{ text: 'Studies prove', messageId: 'proof', fix: 'Some studies suggest' }], output: 'Some studies suggest it works.' },
    { text: 'Ketamine is proven to cure depression.', errors: [{ text: 'proven to cure', fix: 'studied as a treatment for', messageId: 'proof' }], output: 'Ketamine is studied as a treatment for depression.' },
    { text: 'Our IV vitamin drip is clinically proven to boost immunity.', errors: [{ text: 'clinically proven to', messageId: 'proof', fix: 'thought to' }], output: 'Our IV vitamin drip is thought to boost immunity.' },
    { text: 'PRP is a proven treatment for hair loss.', errors: [{ text: 'proven treatment', messageId: 'proof', fix: 'treatment' }], output: 'PRP is a treatment for hair loss.' },
    { text: 'Studies show that CBD oil treatment relieves arthritis pain.', errors: [{ text: 'Studies show', messageId: 'proof', fix: 'Some studies suggest' }], output: 'Some studies suggest that CBD oil treatment relieves arthritis pain.' },
    { text: 'Research has shown that TMS therapy rewires the brain.', errors: [{ text: 'Research has shown', messageId: 'proof', fix: 'Some research suggests' }], output: 'Some research suggests that TMS therapy rewires the brain.' },
    { text: 'Psilocybin has been shown to reset brain circuits in therapy sessions.', errors: [{ text: 'has been shown to', messageId: 'proof', fix: 'may' }], output: 'Psilocybin may reset brain circuits in therapy sessions.' },
    { text: 'It has been established that the infusion reduces inflammation.', errors: [{ text: 'It has been established that', messageId: 'proof', fix: 'It has been suggested that' }], output: 'It has been suggested that the infusion reduces inflammation.' },
    { text: 'Our stem cell therapy is science-backed.', errors: [{ text: 'science-backed', messageId: 'proof', fix: 'studied' }], output: 'Our stem cell therapy is studied.' },
    { text: 'Studies show that ketamine treatment works ([our results](/results)).', format: 'markdown', name: 'relative link is not evidence', errors: [{ text: 'Studies show', messageId: 'proof' }], output: 'Some studies suggest that ketamine treatment works ([our results](/results)).' },
    { text: 'It is proven to work. [citation needed]', errors: [{ text: 'proven to', messageId: 'citation-needed' }], output: 'It is thought to work. [citation needed]' },
  ],
});
