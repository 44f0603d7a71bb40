import { describe, it, expect } from 'vitest';
import { readStatus } from '../../../src/sheets/words/status.js';
import { readLevel } from '../../../src/sheets/words/level.js';
import { readPrize } from '../../../src/sheets/words/prize.js';
import { readAwardCategory } from '../../../src/sheets/words/awardCategory.js';
import { readGrade } from '../../../src/sheets/words/grade.js';
import { readYesNo } from '../../../src/sheets/words/yesNo.js';
import { readSessionType } from '../../../src/sheets/words/sessionType.js';

describe('readStatus (SPEC §3.2 status words)', () => {
  it.each([
    ...['出勤', '到', '签到', '已签到', '正常', '参加', '✓', '√', '☑', '1', '是', 'Y', 'y'].map((w) => [w, 'present']),
    ...['迟到', '迟'].map((w) => [w, 'late']),
    [['早退'], 'early'].flat(),
    ...['请假', '假', '事假', '病假', '公假', '公出', '出差', '婚假', '产假', '丧假', '调休'].map((w) => [w, 'excused']),
    ...['缺勤', '缺', '旷', '旷会', '未到', '未签到', '×', '✗', '0', '否', 'N'].map((w) => [w, 'absent']),
    ...['补课', '补', '补学', '已补'].map((w) => [w, 'madeUp']),
  ])('%s → %s', (word, status) => {
    expect(readStatus(word)).toBe(status);
  });
  it('reads the numbers 1 and 0 and checkbox booleans', () => {
    expect(readStatus(1)).toBe('present');
    expect(readStatus(0)).toBe('absent');
    expect(readStatus(true)).toBe('present');
    expect(readStatus(false)).toBe('absent');
  });
  it('reads full-width and spaced words', () => {
    expect(readStatus(' 请 假 ')).toBe('excused');
    expect(readStatus('Ｙ')).toBe('present');
  });
  it('tells blank from unknown', () => {
    expect(readStatus('')).toBe('blank');
    expect(readStatus('开会了')).toBe('unknown');
  });
});

describe('readLevel (SPEC §3.3)', () => {
  it.each([
    ['', 'school'], ['校级', 'school'],
    ['县区级', 'district'], ['县级', 'district'], ['区级', 'district'], ['县', 'district'], ['区', 'district'],
    ['市级', 'city'], ['市', 'city'], ['地市', 'city'],
    ['省级', 'province'], ['省', 'province'],
    ['国家级', 'national'], ['国家', 'national'], ['全国', 'national'],
  ])('%s → %s', (text, level) => {
    expect(readLevel(text)).toBe(level);
  });
  it('does not know 乡级', () => {
    expect(readLevel('乡级')).toBeNull();
  });
});

describe('readPrize (SPEC §3.4 steps below first prize)', () => {
  it.each([
    ['一等奖', 0], ['特等奖', 0], ['金奖', 0], ['1等奖', 0], ['一等', 0], ['１等奖', 0],
    ['二等奖', 1], ['银奖', 1], ['2等奖', 1], ['二等', 1],
    ['三等奖', 2], ['铜奖', 2], ['3等奖', 2],
    ['优秀奖', 3], ['优胜奖', 3], ['鼓励奖', 3],
  ])('%s → %i', (text, step) => {
    expect(readPrize(text)).toBe(step);
  });
  it.each([[''], ['第五名'], ['四等奖']])('does not know %s', (text) => {
    expect(readPrize(text)).toBeNull();
  });
});

describe('readAwardCategory (SPEC §3.4)', () => {
  it.each([
    ['比赛', '随便', 'competition'], ['评选', '随便', 'appraisal'],
    ['', '能力素质提升大赛', 'competition'], ['', '青年教师基本功大赛', 'competition'], ['', '县优质课评比', 'competition'],
    ['', '赛课活动', 'competition'], ['', '教学论文评选', 'appraisal'], ['', '教学案例', 'appraisal'],
    ['', '教学设计', 'appraisal'], ['', '读书心得', 'appraisal'], ['', '课件制作', 'appraisal'],
  ])('类别 %s, 奖项 %s → %s', (category, title, expected) => {
    expect(readAwardCategory(category, title)).toBe(expected);
  });
  it('gives null when nothing tells', () => {
    expect(readAwardCategory('', '优秀班主任')).toBeNull();
  });
});

describe('readGrade (SPEC §3.5)', () => {
  it.each([['优秀', '优秀'], ['优', '优秀'], ['良好', '良好'], ['良', '良好'], ['合格', '合格'], ['不合格', '不合格'], ['A', '优秀'], ['d', '不合格']])(
    '%s → %s',
    (text, grade) => {
      expect(readGrade(text)).toBe(grade);
    },
  );
  it('does not know 很好', () => {
    expect(readGrade('很好')).toBeNull();
  });
});

describe('readYesNo', () => {
  it.each([['是', true], ['Y', true], ['√', true], ['1', true], [true, true], ['否', false], ['N', false], ['×', false], [0, false], [false, false]])(
    '%s → %s',
    (value, expected) => {
      expect(readYesNo(value)).toBe(expected);
    },
  );
  it('gives null for blank and unknown for others', () => {
    expect(readYesNo(null)).toBeNull();
    expect(readYesNo('也许')).toBe('unknown');
  });
});

describe('readSessionType (SPEC §3.2 类型)', () => {
  it.each([['', 'internal'], ['校本研训', 'internal'], ['外出学习', 'external'], ['外出培训', 'external'], ['旅游', 'unknown']])(
    '%s → %s',
    (text, type) => {
      expect(readSessionType(text)).toBe(type);
    },
  );
});
