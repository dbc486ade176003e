import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { documentNumberKey, titleKey } from '../../src/model/keys.ts';
import { convertNotice } from '../pipeline/convert-notice.ts';
import { generateCorpus, type GeneratedNotice } from './generate-corpus.ts';

const corpus = [...generateCorpus({ count: 300, seed: 42 })];

const digest = (notices: GeneratedNotice[]) => {
  const hash = createHash('sha256');
  for (const notice of notices) hash.update(notice.path).update(notice.bytes);
  return hash.digest('hex');
};

describe('generateCorpus', () => {
  it('gives a byte-identical corpus for the same seed, and another for another seed', () => {
    const twice = [1, 2].map(() => digest([...generateCorpus({ count: 120, seed: 42 })]));
    expect(twice[1]).toBe(twice[0]);
    expect(digest([...generateCorpus({ count: 120, seed: 43 })])).not.toBe(twice[0]);
  });

  it('writes notices of the genre’s sizes: ~14 KB on average, from about 3 KB to 40 KB', () => {
    const sizes = corpus.map((notice) => notice.bytes.length).sort((a, b) => a - b);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean / 1024).toBeGreaterThan(12);
    expect(mean / 1024).toBeLessThan(16);
    // Re-encoded files (GBK, UTF-16) are smaller than their UTF-8 size the generator aims at.
    expect(sizes[0]!).toBeGreaterThan(2 * 1024);
    expect(sizes.at(-1)!).toBeLessThan(44 * 1024);
    expect(sizes[Math.floor(sizes.length * 0.1)]!).toBeLessThan(8 * 1024);
    expect(sizes[Math.floor(sizes.length * 0.9)]!).toBeGreaterThan(20 * 1024);
  });

  it('covers every level, genre, script and several encodings', () => {
    const kinds = (key: 'level' | 'genre' | 'script' | 'encoding') => new Set(corpus.map((n) => n.facts[key]));
    expect(kinds('level').size).toBe(6);
    expect(kinds('genre').size).toBe(4);
    expect(kinds('script')).toEqual(new Set(['Hans', 'Hant']));
    expect(kinds('encoding').size).toBeGreaterThanOrEqual(4);
  });

  it('cites and forwards only notices of the corpus issued earlier, by their 发文字号 and title', () => {
    const byIndex = new Map(corpus.map((notice) => [notice.facts.index, notice.facts]));
    const citations = corpus.flatMap(({ facts }) =>
      [...facts.citations, ...(facts.forwarded === null ? [] : [{ index: facts.forwarded }])].map((citation) => ({
        citing: facts,
        citation,
        cited: byIndex.get(citation.index),
      })),
    );
    expect(citations.length).toBeGreaterThan(100);
    for (const { citing, citation, cited } of citations) {
      expect(cited).toBeDefined();
      expect(cited!.index).toBeLessThan(citing.index);
      expect(cited!.signedDate < citing.signedDate).toBe(true);
      if ('documentNumber' in citation) {
        expect(documentNumberKey(citation.documentNumber)).toBe(documentNumberKey(cited!.documentNumber!));
        expect(titleKey(citation.title)).toBe(titleKey(cited!.title));
      }
    }
  });

  it('is read back by the converter: 发文字号, title, date and top-level clauses per document as generated', () => {
    const sample = corpus.filter((_, i) => i % 6 === 0);
    expect(sample).toHaveLength(50);
    const read = sample.map(({ path, bytes, facts }) => {
      const notice = convertNotice({ bytes, file: path });
      return {
        path,
        documentNumber: notice.documentNumber && documentNumberKey(notice.documentNumber),
        title: titleKey(notice.title),
        signedDate: notice.signedDate,
        components: notice.components.map((c) => c.clauses.filter((clause) => clause.number !== null).length),
        wanted: {
          path,
          documentNumber: facts.documentNumber && documentNumberKey(facts.documentNumber),
          title: titleKey(facts.title),
          signedDate: facts.signedDate,
          components: facts.components,
        },
      };
    });
    expect(read.map(({ wanted: _, ...got }) => got)).toEqual(read.map(({ wanted }) => wanted));
  });
});
