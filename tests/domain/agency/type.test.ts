import { describe, expect, it } from 'vitest';
import { agencyTypeOf, isLocal } from '../../../src/domain/agency/type';

describe('agencyTypeOf', () => {
  it.each([
    ['องค์การบริหารส่วนตำบลตุน', 'sao'],
    ['อบต.ตุน', 'sao'],
    ['องค์การบริหารส่วน ตำบลโนนสูง', 'sao'],
    ['เทศบาลตำบลกันทรารมย์', 'subdistrict-municipality'],
    ['ทต.เมืองหงาว', 'subdistrict-municipality'],
    ['เทศบาลเมืองศรีสะเกษ', 'town-municipality'],
    ['ทม.ศรีสะเกษ', 'town-municipality'],
    ['เทศบาลนครขอนแก่น', 'city-municipality'],
    ['องค์การบริหารส่วนจังหวัดศรีสะเกษ', 'pao'],
    ['อบจ.ศรีสะเกษ', 'pao'],
    ['กรุงเทพมหานคร', 'bangkok'],
    ['เมืองพัทยา', 'pattaya'],
    ['Tun Subdistrict Administrative Organization', 'sao'],
    ['สำนักงาน ป.ป.ช.', 'other'],
    ['มหาวิทยาลัยราชภัฏศรีสะเกษ', 'other'],
    ['', 'other'],
  ])('%s → %s', (name, type) => {
    expect(agencyTypeOf(name)).toBe(type);
  });

  it('does not read a municipality inside a district name as the agency kind', () => {
    // "อำเภอเมืองศรีสะเกษ" is a district; the agency is an อบต.
    expect(agencyTypeOf('องค์การบริหารส่วนตำบลหญ้าปล้อง อำเภอเมืองศรีสะเกษ')).toBe('sao');
  });

  it('tells local organisations from others', () => {
    expect(isLocal('sao')).toBe(true);
    expect(isLocal('other')).toBe(false);
  });
});
