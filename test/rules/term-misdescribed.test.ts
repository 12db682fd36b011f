import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('term-misdescribed', {
  valid: [
    'Ketamine is a dissociative anesthetic.',
    'Ketamine is an NMDA receptor antagonist.',
    'Ketamine is an antagonist of the NMDA receptor.',
    'Ketamine blocks the NMDA receptor.',
    'Esketamine, a nasal spray, is approved for depression.',
    'Psilocybin is a serotonergic psychedelic.',
    'Ketamine is a treatment option for some people.',
  ],
  invalid: [
    {
      text: 'Ketamine is an NMDA receptor that relays pain signals.',
      errors: [{ text: 'an NMDA receptor', fix: 'an NMDA receptor antagonist', messageId: 'misdescribed' }],
      output: 'Ketamine is an NMDA receptor antagonist that relays pain signals.',
    },
    {
      name: 'a spinner stutter is part of the same slip',
      text: 'Ketamine is an NMDA receptor a receptor that is used in the brain.',
      errors: [{ text: 'an NMDA receptor a receptor', fix: 'an NMDA receptor antagonist' }],
    },
    { text: 'Esketamine, an NMDA receptor, acts fast.', errors: [{ text: 'an NMDA receptor', fix: 'an NMDA receptor antagonist' }] },
    { text: 'Psilocybin is a serotonin receptor in the brain.', errors: [{ text: 'a serotonin receptor', fix: 'a serotonergic psychedelic' }] },
    { text: 'Ketamine is a neurological disorder.', errors: [{ text: 'a neurological disorder', fix: 'a dissociative anesthetic', message: 'not a disorder' }] },
  ],
});
