// Public services named by what they do ("Fire officials in Carraway"), organisation names that
// end in a role-like word ("The Health and Safety Executive"), ranks that imply a body ("Station
// Commander X"), rumour sources described by what they did ("Posts sharing it") and "the firm".
import { describe, expect, it } from 'vitest';
import { claim } from './claim-holding';

describe("a public service named by what it does: 'Fire officials in Carraway'", () => {
  it('speaks for the place named after it, never for the capitalised modifier', () => {
    const text = 'Fire officials in Carraway said the blaze had been started deliberately. Health authorities in Dunmore said the water was safe to drink.';
    expect(claim(text, 'started deliberately').asserter.side).toBe('Carraway');
    expect(claim(text, 'safe to drink').asserter.side).toBe('Dunmore');
  });

  it('speaks for the country when the place is a capital', () => {
    const text = 'Police officials in Kyiv said two men had been detained near the station.';
    expect(claim(text, 'two men had been detained').asserter.side).toBe('Ukraine');
  });

  it('takes the body of that kind the article named before', () => {
    const text = 'The Carraway Fire and Rescue Service said crews had reached the depot by 6 a.m. Fire officials said the blaze began in a storeroom.';
    expect(claim(text, 'began in a storeroom').asserter.side).toBe('Carraway Fire and Rescue Service');
  });

  it('does not take a body doing other work', () => {
    const text = 'Health officials said the outbreak at the school had been contained. Election officials said no ballots had gone missing in the county.';
    const side = claim(text, 'no ballots had gone missing').asserter.side;
    expect(side).not.toMatch(/health/i);
    expect(side).not.toBe('Election');
  });

  it("a lone service without a place speaks for itself: 'the fire service'", () => {
    const text = 'The fire service said the roof of the warehouse had collapsed overnight.';
    expect(claim(text, 'roof of the warehouse').asserter.side).toBe('fire service');
  });

  it('speaks for the dateline place when no place is named', () => {
    const text = 'DUNMORE — Health officials said the outbreak at the school had been contained.';
    expect(claim(text, 'outbreak at the school').asserter.side).toBe('Dunmore');
  });
});

describe("an organisation whose name ends in a role-like word: 'The Health and Safety Executive'", () => {
  it('keeps the whole name as its side', () => {
    const text = 'The Health and Safety Executive said it would investigate the collapse of the scaffolding.';
    expect(claim(text, 'investigate the collapse').asserter.side).toBe('Health and Safety Executive');
  });

  it("still stops a name before a person's title", () => {
    const text = 'Skyvale Executive Director Mara Voss said the airline would resume flights on Monday.';
    expect(claim(text, 'resume flights').asserter.side).not.toBe('Skyvale Executive');
  });
});

describe("a rank that implies a body: 'Station Commander X', 'Detective Inspector X'", () => {
  it('speaks for the fire body that spoke just before', () => {
    const text = 'The Carraway Fire and Rescue Service said the fire had been put out by morning. Station Commander Ruth Okafor said crews had arrived within six minutes.';
    expect(claim(text, 'within six minutes').asserter.side).toBe('Carraway Fire and Rescue Service');
  });

  it('speaks for the police that spoke just before, not for a fire body', () => {
    const text = 'The Carraway Fire and Rescue Service said the fire had been put out by morning. Wellsford Police said a man had been arrested at the scene. Detective Inspector Sam Hale said the man had been released on bail.';
    expect(claim(text, 'released on bail').asserter.side).toBe('Wellsford Police');
  });

  it('speaks for themselves when no such body is named', () => {
    const alone = 'Station Commander Ruth Okafor said crews had arrived within six minutes.';
    expect(claim(alone, 'within six minutes').asserter.side).toBe('Ruth Okafor');
  });

  it('speaks for the body of that kind the article named, however far back, not for those who spoke since', () => {
    const longAgo =
      'Wellsford Police said a man had been arrested at the scene. The council said the road would reopen on Monday. Residents said the noise had lasted all night. A local shop owner, Ann Hurst, said her windows had been broken. The council said it would pay for repairs. Detective Inspector Sam Hale said the man had been released on bail.';
    expect(claim(longAgo, 'released on bail').asserter.side).toBe('Wellsford Police');
  });

  it("speaks for the dateline's town when a fire chief's department is not named, as a mayor does", () => {
    const text = 'RIVERTON, Ohio — A bridge fell into the river on Tuesday. Fire Chief Angela Rusk said three people had been confirmed dead.';
    expect(claim(text, 'confirmed dead').asserter.side).toBe('Riverton');
  });

  it('takes a superintendent for the school the article names when it names no police force', () => {
    const text = 'MILLBROOK — Millbrook High School was locked down on Wednesday. Superintendent Martin Greer said the first alert went out at 10:14 a.m.';
    expect(claim(text, 'first alert went out').asserter.side).toBe('Millbrook High School');
  });
});

describe("an office or force named by role: 'the sheriff's office', 'Police in Bulukumba'", () => {
  it("takes the sheriff's office the article named, not the dateline's town", () => {
    const text =
      "MILLBROOK — No gun was found, according to the Carver County Sheriff's Office. Parents questioned the alerts. Students were released at 12:30 p.m. The sheriff's office said it was trying to identify the person who created the first post.";
    expect(claim(text, 'trying to identify').asserter.side).toBe("Carver County Sheriff's Office");
  });

  it("names the town's force, and its chief speaks for it", () => {
    const text =
      'Police in Bulukumba said the captain had been rescued from the water. "There is no evidence that he left the ship early," said the district police chief, Adjunct Senior Commissioner Wahyu Pratama.';
    expect(claim(text, 'rescued from the water').asserter.side).toBe('Bulukumba Police');
    expect(claim(text, 'left the ship early').asserter.side).toBe('Bulukumba Police');
  });
});

describe("a state official by portfolio: 'The state transportation director, X'", () => {
  it("speaks for the state's department of that portfolio the article named", () => {
    const text =
      'An engineer said the Ohio Department of Transportation had been warned in 2021. The department rejected that account. The state transportation director, Ellen Novak, said the department would cooperate fully with federal investigators.';
    expect(claim(text, 'cooperate fully').asserter.side).toBe('Ohio Department of Transportation');
  });
});

describe("a spokesperson by the kind of body: 'Hospital spokeswoman X'", () => {
  it('speaks for the hospital named before, not for the police that spoke', () => {
    const text =
      'Police Chief Raymond Osei said officers found no evidence that any shots were fired. Fairmont General Hospital says it has not received any patients with gunshot wounds. Hospital spokeswoman Carla Dunphy said four people were brought in with cuts.';
    expect(claim(text, 'brought in with cuts').asserter.side).toBe('Fairmont General Hospital');
  });
});

describe("rumour sources described by what they did: 'Posts sharing it'", () => {
  it('are their own side, as bare posts or messages', () => {
    const text = 'A video of the depot was shared widely on Tuesday. Posts sharing it claimed that the owner had fled the country. Messages circulating online said two workers were still missing.';
    expect(claim(text, 'owner had fled').asserter.side).toBe('posts');
    expect(claim(text, 'still missing').asserter.side).toBe('messages');
  });
});

describe("'the firm' after two companies", () => {
  it('takes the most recently named firm, known by its ampersand', () => {
    const text =
      'Aquameter Ltd said it had followed every rule of the tender. The borough hired the auditors Grant & Welby in March. Grant & Welby warned that the records were incomplete. The firm reported that 14 of 60 contracts it sampled lacked a signature.';
    expect(claim(text, '14 of 60 contracts').asserter.side).toBe('Grant & Welby');
  });

  it('takes a consultancy named after a limited company', () => {
    const text =
      'Brightwater Ltd said the depot had passed every inspection. Hollis Consulting, which reviewed the depot, said the alarms had been switched off. The firm said it had raised the problem in May.';
    expect(claim(text, 'raised the problem in May').asserter.side).toBe('Hollis Consulting');
  });
});
