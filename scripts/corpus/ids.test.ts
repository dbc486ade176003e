import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assignIds,
  fallbackId,
  idFromDocumentNumber,
  manifestKey,
  readManifest,
  textFingerprint,
  writeManifest,
} from './ids.ts';
import type { IdInput, IdManifest } from './ids.ts';

const fixture = (name: string) => new URL(`fixtures/${name}`, import.meta.url).pathname;
/** The manifest's names (without the `text:` entries that locate each notice's text). */
const names = (manifest: IdManifest) =>
  Object.fromEntries(Object.entries(manifest).filter(([key]) => !key.startsWith('text:')));
const scratch = (name: string) => join(mkdtempSync(join(tmpdir(), 'notice-id-')), name);

const notice = (
  documentNumber: string | null,
  title = '标题',
  signedDate: string | null = null,
  regionCode: string | null = null,
  fingerprint = '0000000000000000',
): IdInput => ({
  documentNumber,
  title,
  signedDate,
  regionCode,
  fingerprint,
});

describe('idFromDocumentNumber', () => {
  it('spells the 发文字号 in toneless pinyin', () => {
    expect(idFromDocumentNumber('吉政公组〔2020〕3号')).toBe('ji-zheng-gong-zu-2020-3');
    expect(idFromDocumentNumber('国办发〔2020〕17号')).toBe('guo-ban-fa-2020-17');
    expect(idFromDocumentNumber('粤府办〔2020〕14号')).toBe('yue-fu-ban-2020-14');
    expect(idFromDocumentNumber('友政办发〔2020〕17号')).toBe('you-zheng-ban-fa-2020-17');
    expect(idFromDocumentNumber('国办公开办函〔2019〕61号')).toBe('guo-ban-gong-kai-ban-han-2019-61');
  });

  it('drops 第 and 号 around a decree number', () => {
    expect(idFromDocumentNumber('国务院令第711号')).toBe('guo-wu-yuan-ling-711');
    expect(idFromDocumentNumber('国务院令 第 711 号')).toBe('guo-wu-yuan-ling-711');
  });

  it('reads every bracket form, full-width digits and Traditional script alike', () => {
    for (const number of [
      '国办发[2020]17号',
      '国办发［2020］17号',
      '国办发【2020】17号',
      '国办发﹝2020﹞17号',
      '国办发（2020）17号',
      '国办发(2020)17号',
      '国办发〔２０２０〕１７号',
      '國辦發〔2020〕17號',
    ])
      expect(idFromDocumentNumber(number), number).toBe('guo-ban-fa-2020-17');
  });

  it('keeps a redacted sequence number as x', () => {
    expect(idFromDocumentNumber('吉政发〔2020〕X号')).toBe('ji-zheng-fa-2020-x');
    expect(idFromDocumentNumber('吉政发〔2020〕××号')).toBe('ji-zheng-fa-2020-x');
    expect(idFromDocumentNumber('吉政发〔2020〕＊＊号')).toBe('ji-zheng-fa-2020-x');
  });

  it('writes ü as v, keeping the id ASCII', () => {
    expect(idFromDocumentNumber('女政发〔2020〕1号')).toBe('nv-zheng-fa-2020-1');
  });

  it('gives up without an agency code or a sequence number', () => {
    expect(idFromDocumentNumber('〔2020〕3号')).toBeNull();
    expect(idFromDocumentNumber('××〔2020〕3号')).toBeNull();
    expect(idFromDocumentNumber('无')).toBeNull();
    expect(idFromDocumentNumber('')).toBeNull();
  });
});

describe('fallbackId', () => {
  it('joins region, date and 4 hex of the title hash', () => {
    expect(
      fallbackId({ regionCode: '511100', signedDate: '2020-05-28', title: '樂山市2020年政務公開工作要點' }),
    ).toMatch(/^511100-2020-05-28-[0-9a-f]{4}$/);
    // sha256('') starts e3b0c442.
    expect(fallbackId({ regionCode: null, signedDate: null, title: '' })).toBe('cn-undated-e3b0');
  });

  it('tells titles apart', () => {
    const id = (title: string) => fallbackId({ regionCode: '511100', signedDate: '2020-05-28', title });
    expect(id('乐山市2020年政务公开工作要点')).not.toBe(id('乐山市2021年政务公开工作要点'));
  });
});

describe('manifestKey', () => {
  it('canonicalises the 发文字号', () => {
    const key = (documentNumber: string) => manifestKey({ documentNumber, title: 't', signedDate: null });
    expect(key('国办发〔2020〕17号')).toBe('国办发〔2020〕17号');
    expect(key('国办发［２０２０］１７號')).toBe('国办发〔2020〕17号');
    expect(key('国办发 (2020) 17号')).toBe('国办发〔2020〕17号');
    expect(key('国办发【2020】17号')).toBe('国办发〔2020〕17号');
  });

  it('falls back to title and date', () => {
    expect(manifestKey({ documentNumber: null, title: '乐山市要点', signedDate: '2020-05-28' })).toBe(
      '乐山市要点|2020-05-28',
    );
    expect(manifestKey({ documentNumber: ' ', title: '乐山市要点', signedDate: null })).toBe('乐山市要点|');
  });
});

describe('assignIds', () => {
  it('computes ids for new notices', () => {
    const { ids, manifest } = assignIds(
      [notice('吉政公组〔2020〕3号'), notice(null, '乐山市要点', '2020-05-28', '511100')],
      {},
    );
    expect(ids).toEqual([
      'ji-zheng-gong-zu-2020-3',
      fallbackId({ regionCode: '511100', signedDate: '2020-05-28', title: '乐山市要点' }),
    ]);
    expect(names(manifest)).toEqual({ '吉政公组〔2020〕3号': ids[0], '乐山市要点|2020-05-28': ids[1] });
  });

  it('keeps a frozen id even when the computed one differs', () => {
    const frozen = readManifest(fixture('notice-ids.json'));
    // Any spelling of the number finds the frozen entry.
    const { ids } = assignIds([notice('国办发（２０２０）17號'), notice('吉政公组〔2020〕3号')], frozen);
    expect(ids).toEqual(['guoban-2020-17-legacy', 'ji-zheng-gong-zu-2020-3']);
  });

  it('never hands out an id the manifest gives to another notice', () => {
    const { ids } = assignIds([notice('国办发〔2020〕17号')], { 'removed notice|': 'guo-ban-fa-2020-17' });
    expect(ids).toEqual(['guo-ban-fa-2020-17-2']);
  });

  it('suffixes clashing new ids in input order', () => {
    // Two keys (one Traditional) with the same pinyin.
    const { ids } = assignIds([notice('國辦發〔2020〕17号'), notice('国办发〔2020〕17号')], {});
    expect(ids).toEqual(['guo-ban-fa-2020-17', 'guo-ban-fa-2020-17-2']);
  });

  it('gives duplicate files distinct ids, stable on re-run', () => {
    const inputs = [
      notice('国办发〔2020〕17号'),
      notice('国办发〔2020〕17号'),
      notice(null, '同名'),
      notice(null, '同名'),
    ];
    const first = assignIds(inputs, {});
    const untitled = fallbackId(notice(null, '同名'));
    expect(first.ids).toEqual(['guo-ban-fa-2020-17', 'guo-ban-fa-2020-17-2', untitled, `${untitled}-2`]);
    expect(assignIds(inputs, first.manifest)).toEqual(first);
  });

  it('does not mutate the manifest it is given', () => {
    const manifest = Object.freeze({ 'a|': 'a' });
    const result = assignIds([notice('国办发〔2020〕17号')], manifest);
    expect(manifest).toEqual({ 'a|': 'a' });
    expect(names(result.manifest)).toEqual({ 'a|': 'a', '国办发〔2020〕17号': 'guo-ban-fa-2020-17' });
  });

  it('handles keys that are object-prototype names', () => {
    const { ids, manifest } = assignIds([notice('__proto__'), notice(null, 'constructor')], {});
    expect(Object.keys(names(manifest))).toEqual(['__proto__', 'constructor|']);
    expect(new Set(ids).size).toBe(2);
  });

  it('refuses a corrupt manifest', () => {
    expect(() => assignIds([], { a: 'same', b: 'same' })).toThrow(/more than one/);
    expect(() => assignIds([], { a: 'Not An Id' })).toThrow(/not \[a-z0-9-\]/);
  });

  it('keeps ids unique and ASCII, and stable when re-run with its own manifest', () => {
    const documentNumber = fc
      .tuple(
        fc.constantFrom('国办发', '國辦發', '吉政公组', '粤府办', '国务院令第'),
        fc.constantFrom('〔〕', '[]', '［］', '【】', '﹝﹞', '（）', '()', ''),
        fc.integer({ min: 2019, max: 2021 }),
        fc.constantFrom('1', '17', '１７', 'X', '××'),
        fc.constantFrom('号', '號'),
      )
      .map(
        ([code, brackets, year, seq, hao]) =>
          `${code}${brackets.slice(0, 1)}${brackets ? year : ''}${brackets.slice(1)}${seq}${hao}`,
      );
    const input = fc.record({
      documentNumber: fc.option(fc.oneof(documentNumber, fc.string({ maxLength: 8 }))),
      title: fc.oneof(fc.constantFrom('乐山市要点', '同名'), fc.string({ maxLength: 8 })),
      signedDate: fc.option(
        fc
          .date({ min: new Date('2014-01-01'), max: new Date('2021-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
      ),
      regionCode: fc.option(fc.constantFrom('100000', '220000', '511100', '230522')),
      fingerprint: fc.constantFrom('0000000000000000', '1111111111111111', 'abcdef0123456789'),
    });
    const priorManifest = fc
      .uniqueArray(fc.tuple(fc.string({ maxLength: 8 }), fc.stringMatching(/^[a-z0-9-]{1,20}$/)), {
        selector: ([, id]) => id,
        maxLength: 5,
      })
      .map((entries) => Object.fromEntries(entries) as IdManifest);
    fc.assert(
      fc.property(fc.array(input, { maxLength: 12 }), priorManifest, (inputs, prior) => {
        const first = assignIds(inputs, prior);
        expect(first.ids).toHaveLength(inputs.length);
        expect(new Set(first.ids).size).toBe(inputs.length);
        for (const id of first.ids) expect(id).toMatch(/^[a-z0-9-]+$/);
        const named = names(first.manifest);
        expect(new Set(Object.values(named)).size).toBe(Object.keys(named).length);
        expect(first.manifest).toMatchObject(prior);
        expect(assignIds(inputs, first.manifest)).toEqual(first);
      }),
      { numRuns: 500 },
    );
  });
});

describe('ids independent of file names and order', () => {
  it('gives each notice its id again, whatever the order, once its text is known (duplicate 发文字号 included)', () => {
    const input = fc.record({
      documentNumber: fc.option(fc.constantFrom('国办发〔2020〕17号', '吉政公组〔2020〕3号'), { nil: null }),
      title: fc.constantFrom('乐山市要点', '同名'),
      signedDate: fc.constant(null),
      regionCode: fc.constant(null),
      fingerprint: fc.stringMatching(/^[0-9a-f]{16}$/),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(input, { selector: (n) => `${manifestKey(n)}#${n.fingerprint}`, maxLength: 8 }),
        (inputs) => {
          const first = assignIds(inputs, {});
          const order = inputs.map((_, i) => i).reverse();
          const again = assignIds(
            order.map((i) => inputs[i]!),
            first.manifest,
          );
          expect(again.ids).toEqual(order.map((i) => first.ids[i]));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('an old manifest (key#2 by file order) keeps its ids on the first run, then they follow the text', () => {
    const a = notice('国办发〔2020〕17号', '甲', null, null, 'aaaaaaaaaaaaaaaa');
    const b = notice('国办发〔2020〕17号', '乙', null, null, 'bbbbbbbbbbbbbbbb');
    const legacy = { '国办发〔2020〕17号': 'guo-ban-fa-2020-17', '国办发〔2020〕17号#2': 'guo-ban-fa-2020-17-2' };
    const upgraded = assignIds([a, b], legacy);
    expect(upgraded.ids).toEqual(['guo-ban-fa-2020-17', 'guo-ban-fa-2020-17-2']);
    expect(assignIds([b, a], upgraded.manifest).ids).toEqual(['guo-ban-fa-2020-17-2', 'guo-ban-fa-2020-17']);
  });

  it('follows a notice whose key changed (a corrected title), renaming its entry', () => {
    const before = notice(null, '乐山市要占', '2020-05-28', '511100', 'cccccccccccccccc');
    const first = assignIds([before], {});
    const after = { ...before, title: '乐山市要点' };
    const second = assignIds([after], first.manifest);
    expect(second.ids).toEqual(first.ids);
    expect(names(second.manifest)).toEqual({ '乐山市要点|2020-05-28': first.ids[0] });
  });

  it('redirects from an id changed by hand in the manifest, and never gives the old id again', () => {
    const a = notice('国办发〔2020〕17号', '甲', null, null, 'aaaaaaaaaaaaaaaa');
    const first = assignIds([a], {});
    const edited = { ...first.manifest, '国办发〔2020〕17号': 'state-council-2020-17' };
    const second = assignIds([a], edited);
    expect(second.ids).toEqual(['state-council-2020-17']);
    expect(second.redirects).toEqual({ 'guo-ban-fa-2020-17': 'state-council-2020-17' });
    const b = notice('国办发〔2020〕18号', '乙', null, null, 'bbbbbbbbbbbbbbbb');
    const third = assignIds([a, { ...b, documentNumber: '国办发〔2020〕17号' }], second.manifest);
    expect(third.ids).toEqual(['state-council-2020-17', 'guo-ban-fa-2020-17-2']);
    expect(third.redirects).toEqual(second.redirects);
  });
});

describe('textFingerprint', () => {
  const component = (heading: string, title = '标题') => ({
    front: [{ text: title }],
    clauses: [{ number: '一、', heading, text: '', children: [] }],
    back: [],
  });
  it('reads the clauses, not the title', () => {
    expect(textFingerprint([component('加强领导', '甲')])).toBe(textFingerprint([component('加强领导', '乙')]));
    expect(textFingerprint([component('加强领导')])).not.toBe(textFingerprint([component('强化监督')]));
    expect(textFingerprint([component('加强领导')])).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('readManifest / writeManifest', () => {
  it('reads a missing file as an empty manifest', () => {
    expect(readManifest(scratch('absent.json'))).toEqual({});
  });

  it('refuses a file that is not an object of strings', () => {
    expect(() => readManifest(fixture('not-an-object.json'))).toThrow(/JSON object of strings/);
  });

  it('writes sorted keys, 2-space JSON and a trailing newline', () => {
    const path = scratch('notice-ids.json');
    writeManifest(path, { '国办发〔2020〕17号': 'guo-ban-fa-2020-17', '2020|': 'cn-undated-aaaa', '123': 'b' });
    expect(readFileSync(path, 'utf8')).toBe(
      '{\n  "123": "b",\n  "2020|": "cn-undated-aaaa",\n  "国办发〔2020〕17号": "guo-ban-fa-2020-17"\n}\n',
    );
  });

  it('writes an empty manifest as {}', () => {
    const path = scratch('empty.json');
    writeManifest(path, {});
    expect(readFileSync(path, 'utf8')).toBe('{}\n');
  });

  it('round-trips any manifest', () => {
    const path = scratch('round-trip.json');
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.stringMatching(/^[a-z0-9-]{1,20}$/)), (manifest) => {
        writeManifest(path, manifest);
        expect(readManifest(path)).toEqual(manifest);
        const text = readFileSync(path, 'utf8');
        // A replacer array fixes the property order, integer-like keys included.
        expect(text).toBe(`${JSON.stringify(manifest, Object.keys(manifest).sort(), 2)}\n`);
      }),
      { numRuns: 200 },
    );
  });
});
