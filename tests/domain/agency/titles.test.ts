import { describe, expect, it } from 'vitest';
import titles from '../../../src/domain/agency/titles.json';
import { AGENCY_TYPES } from '../../../src/domain/agency/type';
import { agencyTitles, OFFICE_ROLES, splitAgencyName } from '../../../src/domain/agency/titles';

describe('agency titles by type', () => {
  it.each([
    ['องค์การบริหารส่วนตำบลตุน', 'นายกองค์การบริหารส่วนตำบลตุน', 'ปลัดองค์การบริหารส่วนตำบลตุน', 'สำนักปลัด'],
    ['อบต.ตุน', 'นายกองค์การบริหารส่วนตำบลตุน', 'ปลัดองค์การบริหารส่วนตำบลตุน', 'สำนักปลัด'],
    ['เทศบาลตำบลกันทรารมย์', 'นายกเทศมนตรีตำบลกันทรารมย์', 'ปลัดเทศบาลตำบลกันทรารมย์', 'สำนักปลัดเทศบาล'],
    ['ทต.เมืองหงาว', 'นายกเทศมนตรีตำบลเมืองหงาว', 'ปลัดเทศบาลตำบลเมืองหงาว', 'สำนักปลัดเทศบาล'],
    ['เทศบาลเมืองศรีสะเกษ', 'นายกเทศมนตรีเมืองศรีสะเกษ', 'ปลัดเทศบาลเมืองศรีสะเกษ', 'สำนักปลัดเทศบาล'],
    ['เทศบาลนครขอนแก่น', 'นายกเทศมนตรีนครขอนแก่น', 'ปลัดเทศบาลนครขอนแก่น', 'สำนักปลัดเทศบาล'],
    [
      'องค์การบริหารส่วนจังหวัดศรีสะเกษ',
      'นายกองค์การบริหารส่วนจังหวัดศรีสะเกษ',
      'ปลัดองค์การบริหารส่วนจังหวัดศรีสะเกษ',
      'สำนักปลัดองค์การบริหารส่วนจังหวัด',
    ],
    ['กรุงเทพมหานคร', 'ผู้ว่าราชการกรุงเทพมหานคร', 'ปลัดกรุงเทพมหานคร', 'สำนักงานปลัดกรุงเทพมหานคร'],
    ['เมืองพัทยา', 'นายกเมืองพัทยา', 'ปลัดเมืองพัทยา', 'สำนักปลัดเมืองพัทยา'],
  ])('%s: approved by %s, reviewed by %s', (name, head, clerk, secretary) => {
    const t = agencyTitles(name);
    expect(t.head.th).toBe(head);
    expect(t.clerk?.th).toBe(clerk);
    expect(t.office('secretary').th).toBe(secretary);
  });

  it('a เทศบาล is never headed by a นายก อบต., nor its offices named after one', () => {
    for (const name of ['เทศบาลตำบลกันทรารมย์', 'เทศบาลเมืองศรีสะเกษ', 'เทศบาลนครขอนแก่น']) {
      const t = agencyTitles(name);
      const all = [t.head.th, t.clerk?.th ?? '', ...OFFICE_ROLES.map((r) => t.office(r).th)].join(' ');
      expect(all).not.toMatch(/องค์การบริหารส่วนตำบล|อบต/);
      expect(t.head.th).toMatch(/^นายกเทศมนตรี/);
    }
  });

  it('writes abbreviations out and keeps the place name', () => {
    expect(splitAgencyName('อบต. ตุน')).toEqual({ full: 'องค์การบริหารส่วนตำบลตุน', place: 'ตุน' });
    expect(splitAgencyName('องค์การบริหารส่วน ตำบลโนนสูง')).toEqual({ full: 'องค์การบริหารส่วนตำบลโนนสูง', place: 'โนนสูง' });
    expect(agencyTitles('อบต.ตุน').name).toBe('องค์การบริหารส่วนตำบลตุน');
  });

  it('an agency of no local type or not named gets generic titles, no ปลัด of a local kind', () => {
    expect(agencyTitles('สำนักงานสาธารณสุขจังหวัดศรีสะเกษ').head.th).toBe('หัวหน้าส่วนราชการ');
    expect(agencyTitles(null).clerk).toBeNull();
    expect(agencyTitles('Tun Subdistrict Administrative Organization').head.en).toBe(
      'Chief Executive of Tun Subdistrict Administrative Organization',
    );
  });

  it('the data covers every type and every role in both languages', () => {
    const types = (titles as { types: Record<string, { offices: Record<string, { th: string; en: string }> }> }).types;
    expect(Object.keys(types).sort()).toEqual([...AGENCY_TYPES].sort());
    for (const t of AGENCY_TYPES)
      for (const r of OFFICE_ROLES) {
        expect(types[t]!.offices[r]?.th, `${t} ${r}`).toBeTruthy();
        expect(types[t]!.offices[r]?.en, `${t} ${r}`).toBeTruthy();
      }
  });
});
