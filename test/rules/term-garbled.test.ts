import { ruleTable } from '../helpers/rule-tester.js';

ruleTable('term-garbled', {
  valid: [
    // A phrase in use, opened by another form of its verb ("pass urine").
    'Tell us straight away if passing urine becomes painful.',
    // A word that can be an adjective fills no slot of a three-word expression: lower pain every day.
    'In the trial, women reported lower daily pain on low-dose naltrexone than on placebo.',
    // A modal is no noun ("rear end"); a swapped last word that modifies the next noun is no head
    // ("anxiety and low mood"); a therapy's own device name is no look-alike of it.
    'Side effects of it can end quickly.',
    'Anxiety and low mood can improve.',
    'Our whole body cryosauna is open daily.',
    'Children with cerebral palsy and adults with spinal cord injuries.',
    'It is studied for post-traumatic stress disorder (PTSD) and complex regional pain syndrome (CRPS).',
    'People with treatment-resistant depression (TRD) may qualify.',
    'The National Institute for Health and Care Excellence (NICE) publishes guidance.',
    'It can help chronic nerve pain (CRPS) and severe, treatment-resistant depression (TRD).',
    'Ketamine is being explored for chronic pain.',
    'An elderly patient may need a lower dose of the medication.',
    'Aged care homes review each medication.',
    'An aged, frail adult needs an anesthetic review.',
    { text: 'Side effects include:\n- Raised blood pressure\n- Diabetic neuropathy may worsen', name: 'real compounds in a side-effect list' },
    'Side effects include nausea and, in people with diabetic neuropathy, more pain.',
    'Patients with diabetic hypertension need care; side effects include nausea.',
    { text: 'Conditions we treat:\n- Diabetic nerve pain\n- Diabetic hypertension', name: 'not a side-effect list' },
    // A span never splits a hyphenated word, nor takes the last word of an expression written in
    // full just before it ("mental health | nurse" is no "health nurse").
    'Stop taking non-steroidal anti-inflammatory tablets a week before the injection.',
    'Ask the mental health nurse on the ward about visiting times.',
    // Generalised checks stay quiet on real English.
    'Ketamine is establishing itself as a treatment for depression.',
    'The treatment is proving itself in trials.',
    'An elderly patient\'s anaesthetic dose is lower.',
    'Side effects can include diabetic neuropathy in some people.',
    'Multiple sclerosis and several lesions were seen.',
    'A number of patients in the study reported nausea.',
    'Tuberous sclerosis is a rare genetic condition.',
    'The Pan American Health Organization is a WHO office.',
    'The Substance Abuse and Mental Health Services Administration runs a helpline.',
    'It is normal to feel some nervousness before the first session.',
    'Primary care physicians and our main clinic on Main Street.',
    // A writer's word of the same sense is no swap: the synset's own names recombined
    // ("inherited disorder" + "hereditary condition" make "inherited condition").
    'It can damage red blood cells in people with G6PD deficiency, an inherited condition.',
    // A field of thought psychology marks is no medical term ("possible action").
    'Scientists are studying its possible effects on the nervous system.',
    'High blood pressure, blood tests and the blood-brain barrier.',
    // Thesaurus (MyThes) entries count only as written, and an everyday adjective for an adjective
    // is a writer's phrase.
    'Patients describe altered perception during the infusion.',
    'Prolonged pain can follow surgery.',
    'Our clinic offers health policy advice.',
    'The clinical test results came back normal.',
    // Spinner renderings stay inside the expression they render.
    'Muscle strain is common after exercise.',
    'Eye strain can follow screen use.',
    'Care givers can join the session.',
    'Our medical suppliers deliver on Mondays.',
  ],
  invalid: [
    // A swapped head before a relative pronoun ("who" is no noun, though WordNet lists the WHO).
    { text: 'A registered nanny who knows ketamine stays with you.', errors: [{ text: 'registered nanny', fix: 'registered nurse', messageId: 'garbled' }], output: 'A registered nurse who knows ketamine stays with you.' },
    // Expressions of injection treatments (terms.yaml care list) with a thesaurus swap.
    { text: 'The swelling is an incendiary reaction to the injection.', errors: [{ text: 'incendiary reaction', fix: 'inflammatory reaction', messageId: 'garbled' }], output: 'The swelling is an inflammatory reaction to the injection.' },
    { text: 'We offer cortisone photos for knee pain.', errors: [{ text: 'cortisone photos', fix: 'cortisone shots', messageId: 'garbled' }], output: 'We offer cortisone shots for knee pain.' },
    // Swaps from a spinner's thesaurus (MyThes), over several conditions and measures.
    { text: 'Staff check your heart place during the session.', errors: [{ text: 'heart place', fix: 'heart rate', messageId: 'garbled' }], output: 'Staff check your heart rate during the session.' },
    { text: 'The leaflet covers irritable viscus syndrome in detail.', errors: [{ text: 'irritable viscus syndrome', fix: 'irritable bowel syndrome', messageId: 'garbled' }], output: 'The leaflet covers irritable bowel syndrome in detail.' },
    { text: 'Chronic weariness syndrome is common after infection.', errors: [{ text: 'Chronic weariness syndrome', fix: 'Chronic fatigue syndrome', messageId: 'garbled' }], output: 'Chronic fatigue syndrome is common after infection.' },
    // Spinner renderings of a word, in every expression that holds it.
    { text: 'It may lower blood strain in some adults.', errors: [{ text: 'blood strain', fix: 'blood pressure', messageId: 'garbled' }], output: 'It may lower blood pressure in some adults.' },
    { text: 'High blood strain is a risk after the infusion.', errors: [{ text: 'High blood strain', fix: 'High blood pressure', messageId: 'garbled' }], output: 'High blood pressure is a risk after the infusion.' },
    { text: 'Talk to your health care givers before starting.', errors: [{ text: 'health care givers', fix: 'health care providers', messageId: 'garbled' }], output: 'Talk to your health care providers before starting.' },
    { text: 'Serious adverse occurrences must be reported.', errors: [{ text: 'adverse occurrences', fix: 'adverse events', messageId: 'garbled' }], output: 'Serious adverse events must be reported.' },
    // A plural of a noun in -ing stems short of its singular: the swap is met all the same.
    { text: 'No adverse happenings were seen in the trial.', errors: [{ text: 'adverse happenings', fix: 'adverse events', messageId: 'garbled' }], output: 'No adverse events were seen in the trial.' },
    { text: 'Lithium is used for bipolar perturb.', errors: [{ text: 'bipolar perturb', fix: 'bipolar disorder', messageId: 'garbled' }], output: 'Lithium is used for bipolar disorder.' },
    { text: 'Children with cerebral paralysis benefit.', errors: [{ text: 'cerebral paralysis', fix: 'cerebral palsy', messageId: 'garbled' }], output: 'Children with cerebral palsy benefit.' },
    {
      text: 'Pain types include:\n- The syndrome of chronic localized pain in the extremities (CRPS)',
      errors: [{ text: 'The syndrome of chronic localized pain in the extremities', messageId: 'acronym', fix: 'Complex regional pain syndrome' }], output: 'Pain types include:\n- Complex regional pain syndrome (CRPS)',
    },
    {
      text: 'Side effects include:\n- Diabetic hypertension\n- Vomiting',
      errors: [{ text: 'Diabetic hypertension', messageId: 'side-effect', fix: 'Hypertension' }],
      output: 'Side effects include:\n- Hypertension\n- Vomiting',
    },
    {
      name: 'inline side-effect list',
      text: 'Side effects include nausea, diabetic hypertension and vomiting.',
      errors: [{ text: 'diabetic hypertension', messageId: 'side-effect', fix: 'hypertension' }], output: 'Side effects include nausea, hypertension and vomiting.',
    },
    { text: 'An old anesthetic, ketamine is eying itself for chronic pain.', errors: [{ text: 'eying itself', messageId: 'reflexive', fix: 'being eyed' }], output: 'An old anesthetic, ketamine is being eyed for chronic pain.' },
    {
      text: 'An aged leisurely anaesthetic, ketamine is used for pain.',
      errors: [{ text: 'An aged leisurely anaesthetic', messageId: 'personified', fix: 'An established anaesthetic' }],
      output: 'An established anaesthetic, ketamine is used for pain.',
    },
    { text: 'It is an elderly drug.', errors: [{ text: 'an elderly drug', messageId: 'personified', fix: 'an established drug' }], output: 'It is an established drug.' },
    { text: 'Psilocybin is exploring itself for depression.', errors: [{ text: 'exploring itself', messageId: 'reflexive', fix: 'being explored' }], output: 'Psilocybin is being explored for depression.' },
    // Variants of the seed shapes: other verbs, subjects, adjectives, nouns and lists.
    { name: 'any treatment noun, any person-only verb', text: 'This treatment is studying itself in a new trial.', errors: [{ text: 'studying itself', messageId: 'reflexive', fix: 'being studied' }], output: 'This treatment is being studied in a new trial.' },
    { name: 'a drug only the medical lexicon knows', text: 'Esketamine is investigating itself for PTSD.', errors: [{ text: 'investigating itself', messageId: 'reflexive', fix: 'being investigated' }], output: 'Esketamine is being investigated for PTSD.' },
    { name: 'two modifiers before the medicine', text: 'It is a senior slow painkiller.', errors: [{ text: 'a senior slow painkiller', messageId: 'personified', fix: 'an established painkiller' }], output: 'It is an established painkiller.' },
    { name: 'a person adjective before a drug name', text: 'An aged ketamine protocol is used.', errors: [{ text: 'An aged ketamine', messageId: 'personified', fix: 'An established ketamine' }], output: 'An established ketamine protocol is used.' },
    { name: 'another disease adjective (WordNet), a "may cause" list', text: 'It may cause nausea, epileptic dizziness and headache.', errors: [{ text: 'epileptic dizziness', messageId: 'side-effect', fix: 'dizziness' }], output: 'It may cause nausea, dizziness and headache.' },
    {
      name: 'an acronym derived from a name in the lexicon',
      text: 'It was cleared by the agency that regulates drugs in the country (FDA).',
      errors: [{ text: 'the agency that regulates drugs in the country', messageId: 'acronym', fix: 'the Food and Drug Administration' }],
      output: 'It was cleared by the Food and Drug Administration (FDA).',
    },
    // Swapped expressions.
    { text: 'Fatigue is a symptom of a number of sclerosis.', errors: [{ text: 'a number of sclerosis', messageId: 'garbled', fix: 'multiple sclerosis' }], output: 'Fatigue is a symptom of multiple sclerosis.' },
    { text: 'Spravato was approved by the Food and Medication Administration.', errors: [{ text: 'Food and Medication Administration', messageId: 'garbled', fix: 'Food and Drug Administration' }], output: 'Spravato was approved by the Food and Drug Administration.' },
    { text: 'Common side outcomes include nausea.', errors: [{ text: 'side outcomes', messageId: 'garbled', fix: 'side effects' }], output: 'Common side effects include nausea.' },
    { name: 'the plural kept', text: 'Kidney rocks can hurt.', errors: [{ text: 'Kidney rocks', messageId: 'garbled', fix: 'Kidney stones' }], output: 'Kidney stones can hurt.' },
    { name: 'the article follows the fix', text: 'It can cause a heart assault.', errors: [{ text: 'heart assault', messageId: 'garbled', fix: 'heart attack' }], output: 'It can cause a heart attack.' },
    { name: 'a derived form', text: 'Acupuncture is an adjunction therapy.', errors: [{ text: 'adjunction therapy', messageId: 'garbled', fix: 'adjunctive therapy' }], output: 'Acupuncture is an adjunctive therapy.' },
    { name: 'the article changes with the fix', text: 'It may cause an arid mouth.', errors: [{ text: 'an arid mouth', messageId: 'garbled', fix: 'a dry mouth' }], output: 'It may cause a dry mouth.' },
    { name: 'two plain words for two conditions', text: 'People live with low spirits and nervousness.', errors: [{ text: 'low spirits and nervousness', messageId: 'condition', fix: 'depression and anxiety' }], output: 'People live with depression and anxiety.' },
    { name: 'a plain word for a condition in a medical frame', text: 'It is used to treat nervousness.', errors: [{ text: 'nervousness', messageId: 'condition', fix: 'anxiety' }], output: 'It is used to treat anxiety.' },
  ],
});
