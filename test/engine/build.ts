/**
 * A tiny dataset builder for engine tests: records with sensible defaults, keys derived from names,
 * so a test states only what its rule is about.
 */
import type {
  AttendanceRecord, AttendanceStatus, Award, AwardCategory, Dataset, Expected, ExternalRecord, JudgedRecord, Level,
  Observation, Session, Teacher,
} from '../../src/engine/model.js';
import { defaultRules, type Rules } from '../../src/engine/rules.js';

const src = (sheet: string, row = 2): { sheet: string; row: number } => ({ sheet, row });

/** Rules with a few overrides. */
export function rulesWith(overrides: Partial<Rules> = {}): Rules {
  return { ...defaultRules(), ...overrides };
}

export class DatasetBuilder {
  readonly data: Dataset = { teachers: [], sessions: [], attendance: [], external: [], observations: [], awards: [], judged: [] };

  /** Add a roster teacher; the key is `id:<id>` when an id is given, else `name:<name>#1`. Returns the key. */
  teacher(name: string, group: string, extra: Partial<Teacher> = {}): string {
    const id = extra.id ?? null;
    const key = extra.key ?? (id !== null ? `id:${id}` : `name:${name}#1`);
    this.data.teachers.push({
      key, id, name, group, prepGroup: null, subject: null, echelon: null, mustTeachLevel: null,
      source: src('教师名册', this.data.teachers.length + 2), ...extra,
    });
    return key;
  }

  /** Add a 校本研训 session (expects everybody unless told). Returns its key. */
  session(date: string, title: string, extra: { hours?: number | null; expected?: Expected } = {}): string {
    const key = `${date}|${title}`;
    const session: Session = {
      key, date, title, expected: extra.expected ?? { kind: 'all' }, hours: extra.hours ?? null,
      source: src('签到表', this.data.sessions.length + 2),
    };
    this.data.sessions.push(session);
    return key;
  }

  attend(teacherKey: string, sessionKey: string, status: AttendanceStatus = 'present', hours: number | null = null): this {
    const record: AttendanceRecord = {
      teacherKey, sessionKey, status, hours, source: src('签到表', this.data.attendance.length + 2),
    };
    this.data.attendance.push(record);
    return this;
  }

  /** `teacherKey` attends each of `sessionKeys` (present, row hours blank). */
  attendAll(teacherKey: string, sessionKeys: readonly string[]): this {
    for (const s of sessionKeys) this.attend(teacherKey, s);
    return this;
  }

  external(teacherKey: string, date: string | null, title: string, hours: number | null, status: AttendanceStatus = 'present'): this {
    const record: ExternalRecord = {
      teacherKey, date, title, status, hours, source: src('外出学习', this.data.external.length + 2),
    };
    this.data.external.push(record);
    return this;
  }

  observe(observerKey: string | null, teacherKey: string | null, extra: Partial<Observation> = {}): this {
    this.data.observations.push({
      date: '2023-10-10', observerKey, teacherKey, subject: '语文', topic: '课题', lessonType: '常态课',
      level: 'school', reviewed: null, source: src('听课记录', this.data.observations.length + 2),
      ...extra,
    });
    return this;
  }

  /** An open class taught by `teacherKey`, observed by `observerKey`. */
  openClass(teacherKey: string, level: Level, date = '2023-10-10', topic = '公开课题', observerKey: string | null = null): this {
    return this.observe(observerKey, teacherKey, { date, topic, level, lessonType: '公开课' });
  }

  award(teacherKey: string, category: AwardCategory, level: Level, step: number, extra: Partial<Award> = {}): this {
    this.data.awards.push({
      teacherKey, title: category === 'competition' ? '基本功大赛' : '教学论文评选', category, level, step, date: null,
      source: src('获奖登记', this.data.awards.length + 2), ...extra,
    });
    return this;
  }

  judged(teacherKey: string, extra: Partial<JudgedRecord> = {}): this {
    this.data.judged.push({
      teacherKey, notesGrade: null, readingMissed: 0, readingDeduction: 0, activityPoints: 0, retrainingBonus: 0,
      disciplineDeduction: 0, taskIncomplete: false, collectiveBonus: 0, source: src('考核登记', this.data.judged.length + 2),
      ...extra,
    });
    return this;
  }

  /** `count` sessions on consecutive days from 2023-09-04 (fixed 2 学时 unless told). */
  sessions(count: number, hours: number | null = 2, prefix = '研训'): string[] {
    const keys: string[] = [];
    for (let i = 0; i < count; i++) {
      const day = new Date(Date.UTC(2023, 8, 4 + i)).toISOString().slice(0, 10);
      keys.push(this.session(day, `${prefix}${i + 1}`, { hours }));
    }
    return keys;
  }

  build(): Dataset {
    return this.data;
  }
}
