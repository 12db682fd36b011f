import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isEvidenceUrl } from '../../src/claims/citations.js';

const none = { citations: { trustedDomains: [], untrustedDomains: [] } };

describe('isEvidenceUrl', () => {
  it('accepts scholarly and official hosts, with subdomains', () => {
    for (const url of ['https://pubmed.ncbi.nlm.nih.gov/123/', 'https://doi.org/10.1001/x', 'https://www.fda.gov/drugs', 'https://www.nice.org.uk/guidance/ng222', 'https://www.cochranelibrary.com/cdsr', 'https://www.who.int/news', 'http://med.stanford.edu/x', 'https://jamanetwork.com/journals/jamapsychiatry/x']) {
      assert.ok(isEvidenceUrl(url, none), url);
    }
  });
  it('rejects relative links, other sites and look-alike hosts', () => {
    for (const url of ['/our-results', '#faq', 'https://ourketamineclinic.com/studies', 'https://notpubmed.com/x', 'https://fda.gov.example.com/x', 'mailto:a@b.c']) {
      assert.ok(!isEvidenceUrl(url, none), url);
    }
  });
  it('follows the configured lists', () => {
    assert.ok(isEvidenceUrl('https://evidence.example.org/a', { citations: { trustedDomains: ['example.org'], untrustedDomains: [] } }));
    assert.ok(!isEvidenceUrl('https://www.nature.com/a', { citations: { trustedDomains: [], untrustedDomains: ['nature.com'] } }));
  });
});
