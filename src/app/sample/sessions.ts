/**
 * The sample school's 24 校本研训 sessions of 2023学年第一学期 (2023-09-06 … 2024-01-17): whole-staff
 * sessions on Wednesday afternoons and one session per 教研组 (two groups share one), the kind of
 * calendar seed 000 describes.
 */

export interface SampleSession {
  date: string;
  title: string;
  /** Hours per attendee; null = the sheet leaves 学时 blank (→ 默认每次学时). */
  hours: number | null;
  /** 参加对象 as the office writes it; '' = all teachers. */
  target: string;
}

export const SAMPLE_SESSIONS: readonly SampleSession[] = [
  { date: '2023-09-06', title: '开学初全体教师会暨师德师风专题培训', hours: 3, target: '' },
  { date: '2023-09-13', title: '新课标解读专题讲座', hours: 2, target: '' },
  { date: '2023-09-20', title: '“学本课堂”教学改革动员', hours: 2, target: '' },
  { date: '2023-09-21', title: '语文组集体备课：整本书阅读教学', hours: 2, target: '语文组' },
  { date: '2023-09-27', title: '学情分析与教学目标设计', hours: 2, target: '' },
  { date: '2023-10-11', title: '信息技术与学科教学融合培训', hours: 2, target: '' },
  { date: '2023-10-12', title: '数学组集体备课：单元整体教学', hours: 2, target: '数学组' },
  { date: '2023-10-18', title: '作业设计专题研讨', hours: 2, target: '' },
  { date: '2023-10-19', title: '英语组听说课型研讨', hours: 2, target: '英语组' },
  { date: '2023-10-25', title: '“学本课堂”赛课观摩（一）', hours: 2, target: '' },
  { date: '2023-11-01', title: '心理健康教育专题讲座', hours: null, target: '' },
  { date: '2023-11-08', title: '期中教学质量分析会', hours: 2, target: '' },
  { date: '2023-11-09', title: '理化生组实验教学研讨', hours: 2, target: '理化生组' },
  { date: '2023-11-15', title: '读书交流活动（一）', hours: 2, target: '' },
  { date: '2023-11-16', title: '政史地组跨学科主题学习研讨', hours: 2, target: '政史地组' },
  { date: '2023-11-22', title: '课题研究方法培训', hours: 2, target: '' },
  { date: '2023-11-23', title: '技能学科课堂评价研讨', hours: 2, target: '体育艺术组、信息综合组' },
  { date: '2023-11-29', title: '“学本课堂”赛课观摩（二）', hours: 2, target: '' },
  { date: '2023-12-06', title: '班主任工作经验交流', hours: 2, target: '' },
  { date: '2023-12-13', title: '大单元教学设计工作坊', hours: 2, target: '' },
  { date: '2023-12-20', title: '读书交流活动（二）', hours: 2, target: '' },
  { date: '2023-12-27', title: '校园安全与应急处置培训', hours: 2, target: '' },
  { date: '2024-01-10', title: '学期研修总结与反思', hours: 3, target: '' },
  { date: '2024-01-17', title: '寒假研修任务布置', hours: 2, target: '' },
];

/** Whether a teacher of `group` is expected at the session (SPEC §3.2 参加对象). */
export function expects(session: SampleSession, group: string): boolean {
  return session.target === '' || session.target.split('、').includes(group);
}
