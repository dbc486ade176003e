import { describe, expect, it } from 'vitest';
import { legislationJsonLd, MAX_PARTS } from './jsonld.ts';
import { clause, component, notice } from '../../tests/helpers/notices.ts';
import type { Status } from '../model/notice.ts';

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

  it('states the legal force of a known status, and nothing of an unknown one', () => {
    const force = (status: Partial<Status>) =>
      JSON.parse(
        legislationJsonLd(
          notice('n', {
            status: { value: 'unknown', partial: false, source: null, printed: null, by: null, ...status },
          }),
        ),
      ).legislationLegalForce;
    expect(force({ value: 'in-force', source: 'portal' })).toBe('https://schema.org/InForce');
    expect(force({ value: 'expired', source: 'portal', partial: true })).toBe('https://schema.org/PartiallyInForce');
    expect(force({ value: 'repealed', source: 'statement' })).toBe('https://schema.org/NotInForce');
    expect(force({ value: 'superseded', source: 'inferred' })).toBe('https://schema.org/NotInForce');
    expect(force({})).toBeUndefined();
  });

  it('lists the two outer levels of numbered clauses as parts, with their anchors', () => {
    const clauses = [
      clause('intro__p_1', null, [], { text: '为做好工作，制定本要点。' }),
      clause(
        'sec_1',
        '一、',
        [
          clause('sec_1__para_1', '（一）', [clause('sec_1__para_1__point_1', '1.', [], { heading: '第三层' })], {
            heading: '做好解读',
          }),
        ],
        { heading: '加强政策解读' },
      ),
    ];
    const data = JSON.parse(
      legislationJsonLd(
        notice('n', { components: [component('main', 'text', clauses)] }),
        'https://example.org/notices/n/',
      ),
    );
    expect(data.hasPart).toEqual([
      {
        '@type': 'Legislation',
        name: '一、加强政策解读',
        url: 'https://example.org/notices/n/#sec_1',
        hasPart: [
          { '@type': 'Legislation', name: '（一）做好解读', url: 'https://example.org/notices/n/#sec_1__para_1' },
        ],
      },
    ]);
  });

  it(`keeps at most ${MAX_PARTS} parts, every outer clause before any inner one`, () => {
    const sections = Array.from({ length: 60 }, (_, i) =>
      clause(
        `sec_${i + 1}`,
        `${i + 1}、`,
        Array.from({ length: 3 }, (_, k) => clause(`sec_${i + 1}__para_${k + 1}`, `（${k + 1}）`)),
      ),
    );
    const json = legislationJsonLd(notice('n', { components: [component('main', 'text', sections)] }));
    const { hasPart } = JSON.parse(json) as { hasPart: { hasPart?: unknown[] }[] };
    expect(hasPart).toHaveLength(60);
    expect(hasPart.reduce((n, p) => n + 1 + (p.hasPart?.length ?? 0), 0)).toBe(MAX_PARTS);
    expect(hasPart[0]!.hasPart).toHaveLength(3);
    expect(hasPart[59]!.hasPart).toBeUndefined();
  });

  it('cannot close its script element', () => {
    const json = legislationJsonLd(notice('n', { title: '关于</script><script>alert(1)</script>的通知' }));
    expect(json).not.toMatch(/[<>]/);
    expect(JSON.parse(json).name).toBe('关于</script><script>alert(1)</script>的通知');
  });
});
