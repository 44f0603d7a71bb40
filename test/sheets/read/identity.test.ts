import { describe, it, expect } from 'vitest';
import { Identity } from '../../../src/sheets/read/identity.js';
import type { Teacher } from '../../../src/engine/model.js';

function teacher(id: string | null, name: string): Teacher {
  return {
    key: id === null ? `name:${name}` : `id:${id}`, id, name, group: '语文组', prepGroup: null, subject: null, echelon: null,
    mustTeachLevel: null, source: { sheet: '教师名册', row: 2 },
  };
}

const roster = [teacher('T001', '张三'), teacher('T010', '张伟'), teacher('T011', '张伟'), teacher('007', '赵六')];
const identity = new Identity(roster);

describe('Identity (SPEC §3 "Identity")', () => {
  it('matches by 工号 first', () => {
    expect(identity.match('T001', '张三')).toMatchObject({ kind: 'teacher', teacher: { key: 'id:T001' }, mismatch: false });
  });
  it('counts by 工号 but flags a different name', () => {
    expect(identity.match('T001', '李四')).toMatchObject({ kind: 'teacher', teacher: { key: 'id:T001' }, mismatch: true });
  });
  it('reports an unknown 工号 even when the name is known', () => {
    expect(identity.match('T999', '张三')).toEqual({ kind: 'unknown', name: '张三', by: 'id' });
  });
  it('matches a number 工号 to the roster’s 007', () => {
    expect(identity.match('7', '')).toMatchObject({ kind: 'teacher', teacher: { key: 'id:007' } });
  });
  it('matches by name when there is no 工号', () => {
    expect(identity.match('', '张三')).toMatchObject({ kind: 'teacher', teacher: { key: 'id:T001' } });
  });
  it('never guesses a shared name (同名) without 工号', () => {
    expect(identity.match('', '张伟')).toEqual({ kind: 'ambiguous', name: '张伟' });
  });
  it('tells 同名 teachers apart by 工号', () => {
    expect(identity.match('T011', '张伟')).toMatchObject({ kind: 'teacher', teacher: { key: 'id:T011' } });
  });
  it.each([['张伟(T011)'], ['张伟(t011)']])('reads %s as name + 工号', (cell) => {
    expect(identity.match('', cell)).toMatchObject({ kind: 'teacher', teacher: { key: 'id:T011' }, mismatch: false });
  });
  it('reports names that are not in the roster', () => {
    expect(identity.match('', '孙七')).toEqual({ kind: 'unknown', name: '孙七', by: 'name' });
  });
  it('reports a row with neither', () => {
    expect(identity.match('', '')).toEqual({ kind: 'blank' });
  });
  it('treats names of dropped roster duplicates as ambiguous', () => {
    expect(new Identity([teacher(null, '王五')], ['王五']).match('', '王五')).toEqual({ kind: 'ambiguous', name: '王五' });
  });
  it('matches by name when the roster has no 工号 at all', () => {
    expect(new Identity([teacher(null, '王五')]).match('T123', '王五')).toMatchObject({ kind: 'teacher', teacher: { key: 'name:王五' } });
  });
});

describe('nearName: the roster name an unknown name is one character from (SPEC §3, issue 20)', () => {
  const near = new Identity([teacher('T1', '李小明'), teacher('T2', '王芳'), teacher('T3', '王方'), teacher('T4', '欧阳娜娜'), teacher('T5', '陈静')]);
  it.each([
    ['李晓明', '李小明'], //   one character changed
    ['李明', '李小明'], //     one dropped
    ['欧阳娜娜娜', '欧阳娜娜'], // one added
    ['陈晶', '陈静'],
    ['王房', null], //        one from 王芳 and from 王方: two names, no guess
    ['李大小明', '李小明'],
    ['赵小刚', null], //      two characters away
    ['李', null], //          too short to resemble anything
    ['李小明', null], //      is itself a roster name
  ])('%s → %s', (name, want) => {
    expect(near.nearName(name)).toBe(want);
  });
  it('never matches the near name: the row stays unknown', () => {
    expect(near.match('', '李晓明')).toEqual({ kind: 'unknown', name: '李晓明', by: 'name' });
  });
});
