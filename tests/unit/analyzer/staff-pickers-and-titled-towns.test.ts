// Sides that are never a generic word, a title or a cut name: a candidate's own staff named by a
// pronoun, "one, <name>", a union's branch named with its union, a country before its ministry, a
// bare "Police" after an officer of a named force, a person without their title or namesake, a town's
// fire chief, a person with their home town.
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

const sideOf = (text: string, key: string): string => claim(text, key).asserter.side;

describe('whom a speaker picked out by a pronoun or "one" speaks for', () => {
  it('gives a candidate\u2019s own staff ("his campaign manager, X") the candidate\u2019s side', () => {
    const text =
      'Mayoral candidate Oswin Tarrant, a Democrat, skipped the forum on Tuesday. Tarrant said the schedule had been set without him. ' +
      'Later that evening his campaign manager, Ilse Brumby, told reporters that the forum organisers had never sent an invitation.';
    expect(sideOf(text, 'never sent an invitation')).toBe('Democratic Party');
  });

  it('leaves the staff of a body the person has ("his team doctor") to other rules', () => {
    const text =
      'The rider Anselm Vick crashed on the final descent. His team doctor, Rufina Castaldo, said the rider had bruised his hip and would start the next stage.';
    expect(sideOf(text, 'bruised his hip')).not.toBe('Anselm Vick');
  });

  it('gives "one, <description> <name>" the named person\u2019s side, never "one"', () => {
    const text =
      'Dozens of tenants spoke at the hearing, and one, retired bus driver Hollis Pennock, said the boiler had been broken since October.';
    expect(sideOf(text, 'broken since October')).toBe('Hollis Pennock');
  });
});

describe('bodies named whole or by their owner', () => {
  it('gives a union branch the union it belongs to ("Local 118 of the United Glass Workers")', () => {
    const text =
      'Marguerite Ostby, president of Local 118 of the United Glass Workers, which represents the furnace crews, said the plant had cut two safety inspections this year.';
    expect(sideOf(text, 'cut two safety inspections')).toBe('United Glass Workers');
  });

  it('gives a ministry named after its country ("The Jamaica Ministry of Health") that country', () => {
    const text = 'The Jamaica Ministry of Health said in a statement that the vessel had not asked to dock at any of its ports.';
    expect(sideOf(text, 'had not asked to dock')).toBe('Jamaica');
  });

  it('gives a bare "Police" the force an officer who spoke before was named with, where no dateline names a town', () => {
    const text =
      '"The arena is safe," Brackley Police Lt. Odile Fenwick told reporters on Sunday. She said the crowd had left calmly. ' +
      'Police said the noise fans heard came from a burst water main near the north gate.';
    expect(sideOf(text, 'a burst water main')).toBe('Brackley Police');
  });

  it('gives a town\u2019s fire chief ("Wexcombe Fire Chief X") the town\u2019s fire department', () => {
    const text = 'Wexcombe Fire Chief Delphine Arkwright said at a briefing that two workers had been taken to hospital with burns.';
    expect(sideOf(text, 'taken to hospital with burns')).toBe('Wexcombe Fire Department');
  });

  it('gives "State Fire Marshal X" no made-up department', () => {
    const text = 'State Fire Marshal Casimir Dunleavy said the blaze had started in a storage room.';
    expect(sideOf(text, 'started in a storage room')).not.toBe('State Fire Department');
  });
});

describe('a person by their name alone', () => {
  it('gives a person\u2019s aide the person without their title ("Gov. X")', () => {
    const text =
      'The sheriff complained on Monday that Gov. Rosamund Etheridge\u2019s office had ignored his warning. ' +
      '"Nobody in this office saw that letter," Tobin Vail, Etheridge\u2019s press secretary, said in a statement.';
    expect(sideOf(text, 'Nobody in this office saw that letter')).toBe('Rosamund Etheridge');
  });

  it('gives a client\u2019s counsel the client, not a namesake who spoke before', () => {
    const text =
      'The developer Bertram Quayle said his son had been treated unfairly. ' +
      'Hester Dunmore, an attorney for Leopold Quayle, said her client had paid every fine the court set.';
    expect(sideOf(text, 'paid every fine')).toBe('Leopold Quayle');
  });

  it('gives a person with their home town ("X of Town, State") their name', () => {
    const text = '"We were left at sea for three days," one passenger, Ignatius Marlowe of Fresno, California, told reporters.';
    expect(sideOf(text, 'left at sea for three days')).toBe('Ignatius Marlowe');
  });
});
