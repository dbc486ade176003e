import { describe, expect, it } from 'vitest';
import { legislationJsonLd } from './jsonld.ts';
import { notice } from '../../tests/helpers/notices.ts';

describe('legislationJsonLd', () => {
  it('describes the notice as schema.org Legislation', () => {
    const data = JSON.parse(
      legislationJsonLd(
        notice('n', {
          documentNumber: '吉政公组〔2020〕3号',
          signedDate: '2020-08-12',
          issuer: '吉林省政务公开领导小组',
        }),
        'https://example.org/notices/n/',
      ),
    );
    expect(data).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '吉政公组〔2020〕3号',
      legislationDate: '2020-08-12',
      legislationPassedBy: { name: '吉林省政务公开领导小组' },
      url: 'https://example.org/notices/n/',
    });
  });

  it('says what the notice rests on (implements, forwards) and what it only cites', () => {
    const links = { isBasedOn: ['https://example.org/notices/guo-ban-fa-2020-17/'], citation: [] };
    const data = JSON.parse(legislationJsonLd(notice('n'), undefined, links));
    expect(data.isBasedOn).toEqual(links.isBasedOn);
    expect(data.legislationApplies).toEqual(links.isBasedOn);
    expect(data).not.toHaveProperty('citation');
  });

  it('cannot close its script element', () => {
    const json = legislationJsonLd(notice('n', { title: '关于</script><script>alert(1)</script>的通知' }));
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json).name).toBe('关于</script><script>alert(1)</script>的通知');
  });
});
