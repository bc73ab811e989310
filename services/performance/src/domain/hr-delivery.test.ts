import { describe, expect, it } from 'vitest';
import {
  acknowledged,
  addressProblem,
  hostListOf,
  hrResultOf,
  signatureMatches,
  signatureOf,
  statusAfter,
} from './hr-delivery.ts';

describe('signatureOf', () => {
  it('is HMAC-SHA256 in hex (RFC 4231, test case 2)', () => {
    expect(signatureOf('Jefe', 'what do ya want for nothing?')).toBe(
      'sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it.each([
    ['the same body and secret', 'secret-of-hangzhou', '{"a":1}', true],
    ['a body changed by one byte', 'secret-of-hangzhou', '{"a":2}', false],
    ['another secret', 'secret-of-ningbo!!', '{"a":1}', false],
  ])('matches %s: %s', (_case, secret, body, matches) => {
    expect(signatureMatches(secret, body, signatureOf('secret-of-hangzhou', '{"a":1}'))).toBe(matches);
  });

  it('refuses a missing header', () => {
    expect(signatureMatches('secret-of-hangzhou', '{}', undefined)).toBe(false);
  });
});

describe('addressProblem', () => {
  const hosts = ['hr.example.cn', '10.1.2.3:8443', '127.0.0.1'];
  it.each([
    ['https://hr.example.cn/perf', null],
    ['http://hr.example.cn:8080/perf', null],
    ['https://10.1.2.3:8443/in', null],
    ['http://127.0.0.1:5050/hook', null],
    ['https://10.1.2.3/in', { code: 'hostNotAllowed', host: '10.1.2.3' }],
    ['http://169.254.169.254/latest/meta-data', { code: 'hostNotAllowed', host: '169.254.169.254' }],
    ['https://hr.example.cn.evil.io/', { code: 'hostNotAllowed', host: 'hr.example.cn.evil.io' }],
    ['ftp://hr.example.cn/', { code: 'urlScheme' }],
    ['file:///etc/passwd', { code: 'urlScheme' }],
    ['https://user:pw@hr.example.cn/', { code: 'urlScheme' }],
    ['hr.example.cn/perf', { code: 'urlScheme' }],
  ])('%s → %j', (address, problem) => {
    expect(addressProblem(address, hosts)).toEqual(problem);
  });

  it('allows nothing when operations listed no host', () => {
    expect(addressProblem('https://hr.example.cn/', [])).toEqual({
      code: 'hostNotAllowed',
      host: 'hr.example.cn',
    });
  });
});

describe('hostListOf', () => {
  it.each([
    [undefined, []],
    ['', []],
    ['hr.example.cn', ['hr.example.cn']],
    [' hr.example.cn, 10.1.2.3:8443  127.0.0.1 ', ['hr.example.cn', '10.1.2.3:8443', '127.0.0.1']],
  ])('%j → %j', (value, hosts) => {
    expect(hostListOf(value)).toEqual(hosts);
  });
});

describe('an attempt’s answer', () => {
  it.each([
    [200, true],
    [204, true],
    [299, true],
    [301, false],
    [404, false],
    [503, false],
    [null, false],
  ])('%s acknowledges: %s', (status, ok) => {
    expect(acknowledged(status)).toBe(ok);
  });

  // Five retries: six attempts in all.
  it.each([
    [1, 503, 'PENDING'],
    [5, null, 'PENDING'],
    [6, 503, 'GAVE_UP'],
    [6, 200, 'ACKNOWLEDGED'],
    [2, 202, 'ACKNOWLEDGED'],
  ] as const)('attempt %i answered %s: %s', (attempt, status, next) => {
    expect(statusAfter(attempt, 5, status)).toBe(next);
  });
});

describe('hrResultOf', () => {
  const card = {
    staffNo: 'HZ10103',
    personName: '林小雨',
    districtName: '上城区分公司',
    hallName: '湖滨营业厅',
    role: 'clerk',
    computed: 83.5,
    adjustmentTotal: -2,
    final: 81.5,
    grade: 'GOOD',
    calibratedGrade: null,
    lines: [
      { kpiName: '营业厅检查得分', unit: '分', weight: 30, value: 88, points: 21 },
      { kpiName: '满意率', unit: '%', weight: 20, value: 99, points: 20 },
      { kpiName: '工作态度', unit: '分', weight: 20, value: null, points: 12.5 },
    ],
    adjustments: [{ points: -2, reason: '迟到两次' }],
  };

  it('names every lost point with its figure or reason, and keeps whole lines out', () => {
    expect(hrResultOf(card)).toEqual({
      staffNo: 'HZ10103',
      personName: '林小雨',
      districtName: '上城区分公司',
      hallName: '湖滨营业厅',
      role: 'clerk',
      computed: 83.5,
      adjustmentTotal: -2,
      score: 81.5,
      grade: 'GOOD',
      deductions: [
        // 30 − 21 = 9 points lost at 88 分
        { kind: 'KPI', item: '营业厅检查得分', points: -9, reason: '88分' },
        { kind: 'KPI', item: '工作态度', points: -7.5, reason: '无数据' },
        { kind: 'ADJUSTMENT', item: '加减分', points: -2, reason: '迟到两次' },
      ],
    });
  });

  it('gives the calibrated grade when the district moved the person', () => {
    expect(hrResultOf({ ...card, calibratedGrade: 'PASS' }).grade).toBe('PASS');
  });
});
