/**
 * 学习笔记 (SPEC §4 `notes`, seed 003 §五.2(2)①): grade points 优秀 20 / 良好 18 / 合格 16 / 不合格 10,
 * scaled to the item max (× 10/20). A missing grade or a missing 考核登记 row scores 0.
 */
import type { JudgedRecord } from '../model.js';
import type { Rules } from '../rules.js';
import { NO_GRADE_REASON, NO_JUDGED_REASON, explainNotes, explainZero } from '../explain.js';
import { finishItem, type ItemScore } from './itemScore.js';

/**
 * Score the study-notes item.
 * @example notesItem(judgedWithGrade('良好'), rules).points // 9
 */
export function notesItem(
  judged: JudgedRecord | undefined,
  rules: Pick<Rules, 'notesGradePoints' | 'notesGradeScale' | 'itemMax'>,
): ItemScore {
  if (judged === undefined) return { points: 0, explain: explainZero('notes', NO_JUDGED_REASON) };
  const grade = judged.notesGrade;
  if (grade === null) return { points: 0, explain: explainZero('notes', NO_GRADE_REASON) };
  const max = rules.itemMax.notes;
  const gradePoints = rules.notesGradePoints[grade];
  const scale = rules.notesGradeScale;
  const raw = scale > 0 ? (gradePoints * max) / scale : 0;
  const points = finishItem(raw, max);
  return { points, explain: explainNotes(points, raw, max, grade, gradePoints, scale) };
}
