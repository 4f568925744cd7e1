// Short news paragraphs written for the language tests (invented events), keyed by ISO 639-1 code.
// "ru-latn" is Russian typed in Latin letters, as in some forum posts: no detector knows it,
// but it must never pass as English.
export const samples: Record<string, string[]> = {
  en: [
    'The Defense Ministry said on Tuesday that its forces had pushed back an attack near the river crossing.',
    'Officials in Kyiv denied the report, calling it "pure fiction", and said the bridge remained open.',
    'Shares of Norvik Energy fell 4 percent after the company warned that profits would miss forecasts.',
    'Sen. Maria Ortega, a Democrat, accused the governor of hiding the cost of the stadium deal from voters.',
    'Police said three people were taken to hospital after the crash on the A7 motorway late on Friday.',
    'The World Health Organization confirmed 12 new cases in the region and urged travellers to get vaccinated.',
    'Putin and Zelensky traded accusations over the Zaporizhzhia plant, according to Reuters and Interfax.',
    'Residents of Kok-Jar said they had heard shelling all night; Tajik officials did not respond to questions.',
  ],
  es: [
    'El Ministerio de Defensa afirmó el martes que sus tropas habían rechazado un ataque cerca del puente.',
    'Las autoridades de Madrid negaron el informe y aseguraron que el suministro de agua no se cortará este verano.',
    'La empresa advirtió que sus beneficios caerán un diez por ciento, según fuentes cercanas a la dirección.',
    'El alcalde dijo que la obra estará terminada en marzo, aunque los vecinos dudan de esa promesa.',
  ],
  fr: [
    "Le ministère de la Défense a déclaré mardi que ses forces avaient repoussé une attaque près du pont.",
    "Les autorités ont démenti l'information et affirmé que l'usine resterait ouverte jusqu'à la fin de l'année.",
    "Selon le syndicat, plus de deux mille salariés ont participé à la grève de jeudi dans le port du Havre.",
    "Le porte-parole du gouvernement n'a pas souhaité commenter ces accusations lors de sa conférence de presse.",
  ],
  de: [
    'Das Verteidigungsministerium erklärte am Dienstag, seine Truppen hätten einen Angriff nahe der Brücke abgewehrt.',
    'Die Regierung wies den Bericht zurück und sagte, die Leitung werde bis zum Winter wieder in Betrieb gehen.',
    'Nach Angaben der Gewerkschaft beteiligten sich mehr als zweitausend Beschäftigte an dem Streik im Hafen.',
    'Der Sprecher des Konzerns wollte sich zu den Vorwürfen nicht äußern und verwies auf laufende Ermittlungen.',
  ],
  ru: [
    'Министерство обороны заявило во вторник, что его войска отразили атаку возле моста через реку.',
    'Власти опровергли это сообщение и заявили, что завод продолжит работу до конца года.',
    'По словам представителя профсоюза, в забастовке приняли участие более двух тысяч человек.',
  ],
  'ru-latn': [
    'Ministerstvo oborony zayavilo vo vtornik, chto ego voyska otrazili ataku vozle mosta cherez reku.',
    'Vlasti oprovergli eto soobshchenie i zayavili, chto zavod prodolzhit rabotu do kontsa goda.',
    'Po slovam predstavitelya profsoyuza, v zabastovke prinyali uchastie bolee dvukh tysyach chelovek.',
  ],
  it: [
    'Il ministero della Difesa ha dichiarato martedì che le sue truppe hanno respinto un attacco vicino al ponte.',
    "Secondo il sindacato, più di duemila lavoratori hanno partecipato allo sciopero di giovedì nel porto di Genova.",
  ],
  pt: [
    'O Ministério da Defesa afirmou na terça-feira que as suas tropas repeliram um ataque perto da ponte.',
    'Segundo o sindicato, mais de dois mil trabalhadores participaram da greve de quinta-feira no porto de Santos.',
  ],
  nl: [
    'Het ministerie van Defensie verklaarde dinsdag dat zijn troepen een aanval bij de brug hadden afgeslagen.',
    'Volgens de vakbond namen meer dan tweeduizend werknemers deel aan de staking in de haven van Rotterdam.',
  ],
  pl: [
    'Ministerstwo Obrony poinformowało we wtorek, że jego wojska odparły atak w pobliżu mostu na rzece.',
    'Według związku zawodowego w strajku w porcie wzięło udział ponad dwa tysiące pracowników.',
  ],
  uk: [
    'Міністерство оборони заявило у вівторок, що його війська відбили атаку біля мосту через річку.',
    'За словами представника профспілки, у страйку взяли участь понад дві тисячі людей.',
  ],
  tr: [
    'Savunma Bakanlığı salı günü yaptığı açıklamada, birliklerinin köprü yakınındaki bir saldırıyı püskürttüğünü söyledi.',
  ],
};
