/** Small hand-made notices for the unit tests of the site and the model (shaped like the converter's output for the seeds). */
import { type Form, isForm } from '../../src/model/forms.ts';
import {
  type Clause,
  type Component,
  type Notice,
  type Reference,
  type Responsibility,
  UNKNOWN_STATUS,
} from '../../src/model/notice.ts';

/** A clause; its form and ordinal are read from the last segment of its eId (sec_2__para_3 → para, 3). */
export function clause(
  eId: string,
  number: string | null,
  children: Clause[] = [],
  extra: Partial<Clause> = {},
): Clause {
  const [, name, digits] = /([a-z]+)_(\d+)(?:-[a-z]+)?$/.exec(eId) ?? [];
  const form: Form | null = name && isForm(name) ? name : null;
  return {
    eId,
    form,
    ordinal: form ? Number(digits) : null,
    number,
    heading: number ? '标题。' : null,
    text: '正文。',
    children,
    duty: null,
    notes: [],
    inferred: false,
    offset: 0,
    line: 1,
    headingOffset: null,
    textOffset: null,
    ...extra,
  };
}

export function duty(lead: string[], units: string[], deadlineDate: Responsibility['deadlineDate']): Responsibility {
  return { offset: 0, line: 1, raw: '（…）', lead, units, deadline: deadlineDate, deadlineDate };
}

export function component(
  eId: string,
  kind: Component['kind'],
  clauses: Clause[],
  extra: Partial<Component> = {},
): Component {
  return {
    eId,
    prefix: '',
    kind,
    title: null,
    documentNumber: null,
    issuer: null,
    signedDate: null,
    genre: null,
    front: [],
    clauses,
    back: [],
    ...extra,
  };
}

/** A citation as printed, not yet linked unless `extra` says where it leads. */
export function reference(raw: string, extra: Partial<Reference> = {}): Reference {
  return {
    offset: 0,
    line: 1,
    raw,
    documentNumber: null,
    title: null,
    alias: null,
    in: null,
    kind: 'document',
    clause: null,
    within: null,
    relation: 'cites',
    target: null,
    unresolved: null,
    ...extra,
  };
}

export function notice(id: string, extra: Partial<Notice> = {}): Notice {
  return {
    id,
    source: { file: `${id}.txt`, encoding: 'UTF-8', format: 'text', sha256: '0'.repeat(64) },
    title: `${id}的通知`,
    documentNumber: null,
    issuer: null,
    addressees: null,
    signedDate: null,
    publishedDate: null,
    printedDate: null,
    validity: null,
    status: UNKNOWN_STATUS,
    notes: [],
    cc: null,
    script: 'Hans',
    lang: 'zh-CN',
    region: null,
    level: null,
    genre: null,
    year: null,
    components: [],
    references: [],
    problems: [],
    foundIn: null,
    alsoIn: [],
    carries: [],
    ...extra,
  };
}

/** 粤府办〔2020〕14号 forwarding 国办发〔2020〕17号 (seed 001), cut down. */
export const guangdong = notice('yue-fu-ban-2020-14', {
  title: '广东省人民政府办公厅关于转发国务院办公厅2020年政务公开工作要点的通知',
  documentNumber: '粤府办〔2020〕14号',
  components: [
    component('main', 'letter', [clause('intro__p_1', null), clause('sec_1', '一、'), clause('sec_2', '二、')], {
      documentNumber: '粤府办〔2020〕14号',
    }),
    component('att_1', 'letter', [clause('att_1__cover__p_1', null)], {
      documentNumber: '国办发〔2020〕17号',
      title: '国务院办公厅关于印发2020年政务公开工作要点的通知',
    }),
    component(
      'att_1__main',
      'text',
      [
        clause('att_1__sec_2', '二、', [
          clause('att_1__sec_2__para_3', '（三）', [clause('att_1__sec_2__para_3__p_1', null)]),
        ]),
        clause('att_1__sec_3', null, [clause('att_1__sec_3__para_1', '（一）')], { inferred: true }),
      ],
      { title: '2020年政务公开工作要点', documentNumber: '国办发〔2020〕17号' },
    ),
  ],
});
