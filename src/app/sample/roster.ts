/**
 * The sample school's staff: a 初中 with seven 教研组 and 62 teachers, two of whom share the name
 * 王芳 (so every sheet must name them by 工号 — SPEC §3 同名).
 */

export interface SampleTeacher {
  id: string;
  name: string;
  group: string;
  prepGroup: string;
  subject: string;
  /** 梯队: 学科带头人 / 骨干教师 / 青年教师 / blank. */
  echelon: string;
  /** 须开课: young teachers must teach an open class this term. */
  mustTeach: boolean;
}

interface GroupPlan {
  group: string;
  /** Subjects in the group, cycled over its teachers. */
  subjects: readonly string[];
  names: readonly string[];
}

/** 体育艺术组 and 信息综合组 fall under the skill-group minimums of SPEC §6. */
const GROUPS: readonly GroupPlan[] = [
  { group: '语文组', subjects: ['语文'], names: ['陈静', '李娜', '张伟', '刘洋', '杨柳', '周敏', '吴婷', '徐丽华', '孙浩', '胡晓燕', '朱慧'] },
  { group: '数学组', subjects: ['数学'], names: ['王强', '李军', '赵磊', '黄海涛', '林志远', '何俊', '郭建华', '马晓东', '罗丹', '梁宇', '宋佳'] },
  { group: '英语组', subjects: ['英语'], names: ['王芳', '郑雪', '谢琳', '韩冰', '唐蕾', '冯倩', '于洁', '董文', '萧蓉'] },
  { group: '理化生组', subjects: ['物理', '化学', '生物'], names: ['程刚', '曹明', '袁博', '邓超', '许峰', '傅云', '沈立', '曾凡', '彭涛'] },
  { group: '政史地组', subjects: ['道德与法治', '历史', '地理'], names: ['吕红', '苏敏', '卢伟', '蒋丽', '蔡明亮', '贾静', '丁磊', '魏薇'] },
  { group: '体育艺术组', subjects: ['体育', '音乐', '美术'], names: ['薛峰', '叶青', '阎旭', '余音', '潘悦', '杜鹃', '戴军', '王芳'] },
  { group: '信息综合组', subjects: ['信息技术', '心理健康', '劳动'], names: ['夏雨', '钟声', '汪洋', '田野', '任杰', '姜敏'] },
];

export const SAMPLE_GROUPS: readonly string[] = GROUPS.map((g) => g.group);

const GRADES = ['七年级', '八年级', '九年级'];
/** Every fourth teacher is young (须开课), the first of each group leads it. */
const echelonOf = (i: number): string => (i === 0 ? '学科带头人' : i % 4 === 1 ? '骨干教师' : i % 4 === 3 ? '青年教师' : '');

/**
 * The roster in 教研组 order, 工号 T001 … T062.
 * @example sampleTeachers()[0] // { id: 'T001', name: '陈静', group: '语文组', … }
 */
export function sampleTeachers(): SampleTeacher[] {
  const out: SampleTeacher[] = [];
  for (const plan of GROUPS) {
    plan.names.forEach((name, i) => {
      const subject = plan.subjects[i % plan.subjects.length] ?? plan.subjects[0] ?? '';
      const grade = GRADES[i % GRADES.length] ?? '';
      const echelon = echelonOf(i);
      out.push({
        id: `T${String(out.length + 1).padStart(3, '0')}`,
        name,
        group: plan.group,
        prepGroup: plan.subjects.length === 1 ? `${grade}${subject}备课组` : `${subject}备课组`,
        subject,
        echelon,
        mustTeach: echelon === '青年教师',
      });
    });
  }
  return out;
}
