/**
 * A notice far longer than any printed one (bench and tests of page size): `sections` 一、 sections of `items` （一）
 * items each (at most 99: the numbering goes no further), every item a sentence of the genre (`sentences` times over)
 * with its responsibility note — sections × (items + 1) clauses.
 */
import { chineseNumeral } from '../../src/model/forms.ts';

export function longNotice(sections: number, items: number, sentences = 1): string {
  const lines = [
    '某市人民政府办公室关于印发某市政务公开工作任务清单的通知',
    '某政办发〔2020〕99号',
    '',
    '各县（市、区）人民政府，市政府各部门：',
  ];
  for (let s = 1; s <= sections; s++) {
    lines.push(`${chineseNumeral(s)}、推进第${s}类重点领域信息公开`);
    for (let i = 1; i <= items; i++)
      lines.push(
        `（${chineseNumeral(i)}）做好第${s}类第${i}项政务信息的主动公开、政策解读和回应关切工作，` +
          `健全发布机制，规范公开内容，及时更新办事指南和服务事项，确保信息准确、完整、及时。`.repeat(sentences) +
          `（责任单位：市政府办公室、各县（市、区）人民政府；完成时限：2020年12月底前）`,
      );
  }
  lines.push('', '某市人民政府办公室', '2020年5月28日');
  return `${lines.join('\n')}\n`;
}
