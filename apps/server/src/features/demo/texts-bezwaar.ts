import type { IntentTexts } from './texts-kit.js';

/** Team Bezwaar en Klachten: objections, re-assessments and complaints about the service. */
export const BEZWAAR_TEXTS: Record<string, IntentTexts> = {
  bezwaar: {
    nl: [
      'Ik ben het niet eens met het besluit over mijn schade. Hoe zit het met {v:bezwaar}?',
      'Vraag over {v:bezwaar}: hoe lang heb ik daarvoor? De brief is van {date}.',
      'Ze hebben de {crack} in de {room} gewoon niet meegenomen in het besluit. Wat kan ik doen, {v:bezwaar}?',
      'Mijn {v:bezwaar} loopt al {months} maanden. Wanneer krijg ik een beslissing?',
      'Ik heb in {month} bezwaar gemaakt en niks meer gehoord, zelfs geen bevestiging.',
      'Het bedrag van {amount} is veel te laag, de aannemer rekent het dubbele. Ik denk aan {v:bezwaar}.',
      'Kan {v:bezwaar} ook per mail, of moet het per brief?',
      'Helpt iemand mij gratis met {v:bezwaar}? Ik kan geen advocaat betalen.',
      'Het besluit zegt dat mijn schade door krimp komt. Onzin! Hoe zit het met {v:bezwaar}?',
      'Krijg ik een gesprek over mijn {v:bezwaar} of gaat alles op papier?',
      'De termijn voor {v:bezwaar} is net verlopen, ik lag in het ziekenhuis. Kan het nog?',
      'Ik ben het niet eens met de {v:waardedaling} die jullie hebben berekend. Hoe zit het dan met {v:bezwaar}?',
    ],
    note: [
      '{caller} niet eens met besluit, wil bezwaar maken. Termijn 6 weken uitgelegd; bezwaar kan via Mijn Dossier.',
      '{caller} vraagt stand bezwaar (ingediend {month}). Beslistermijn loopt nog; hoorzitting wordt gepland.',
      '{caller} wil hulp bij bezwaar. Gegevens onafhankelijk bewonersadviseur gegeven.',
    ],
    en: [
      'I disagree with the decision on my damage claim. Can I object, and how?',
      'My objection has been pending for {months} months. When will I hear something?',
      "Is there free help for making an objection? I can't afford a lawyer.",
    ],
    subject: ['{v:bezwaar}', 'Niet eens met besluit', 'Bezwaar dossier {dossier}'],
  },

  herbeoordeling: {
    nl: [
      'De schade is na het besluit veel erger geworden. Hoe zit het met {v:herbeoordeling}?',
      'Kan ik {v:herbeoordeling} aanvragen? De {crack} in de {room} is twee keer zo groot als bij de {v:opname}.',
      'Het herstel van {year} is alweer kapot, de scheuren zijn terug. Wat nu, {v:herbeoordeling}?',
      'Wat is het verschil tussen bezwaar en {v:herbeoordeling}?',
      'Ik heb in {month} {v:herbeoordeling} aangevraagd, wanneer komt er iemand?',
      'Moet ik betalen voor {v:herbeoordeling}?',
      'Mijn besluit is van {year}. Is dat te oud voor {v:herbeoordeling}?',
      'Sinds het besluit zijn er {crack} bijgekomen op dezelfde plek. Kan er iemand opnieuw komen kijken?',
      'De scheur {where} die in het rapport stond is nu [twee|drie] centimeter breed. Vraag over {v:herbeoordeling}.',
    ],
    note: [
      '{caller} meldt verergerde schade na besluit. Herbeoordeling uitgelegd en aanvraag gestart.',
      '{caller} vraagt verschil bezwaar/herbeoordeling. Uitgelegd.',
      '{caller} vraagt stand herbeoordeling (aangevraagd {month}). Deskundige wordt ingepland.',
    ],
    en: [
      'The damage has become much worse since your decision. Can someone come and look again?',
      'The repairs from {year} have failed and the cracks are back. What should I do?',
      'What is the difference between an objection and a reassessment?',
    ],
    subject: ['{v:herbeoordeling}', 'Schade erger geworden', 'Scheuren terug'],
  },

  klacht: {
    nl: [
      'Ik wil een klacht indienen. Jullie zouden {weekday} terugbellen en er heeft niemand gebeld. Dit is de [derde|vierde] keer!',
      'Elke keer als ik bel krijg ik iemand anders aan de lijn en moet ik mijn hele verhaal opnieuw vertellen.',
      'De [man|vrouw|deskundige] van de {v:opname} was [onbeschoft|heel kortaf|twee uur te laat]. Dat wil ik melden.',
      'Ik heb al {months} maanden geen contact met mijn {v:bewonersbegeleider}. Er wordt nooit teruggebeld.',
      'Al {weeks} weken geen antwoord op mijn mail. Is er iemand die dit leest??',
      'Ik heb een klacht over {contractor}: [ze laten alles slingeren|de afspraken worden niet nagekomen|er is schade aan mijn tuin].',
      'Ik ben het zat. [Tien|Acht|Twaalf] jaar gedoe met dit huis en niemand die verantwoordelijkheid neemt.',
      'Uw collega {staff} had beloofd dat de brief [deze week|voor het weekend|maandag] zou komen. Niks ontvangen.',
      'Waarom staan jullie brieven vol moeilijke woorden? Niemand hier snapt wat {off:versterkingsadvies} of {off:contra_expertise} betekent.',
      'Ik heb [45 minuten|een uur|drie kwartier] in de wacht gestaan en toen werd de verbinding verbroken.',
      'De chat zegt steeds ‘dat begrijp ik niet’. Ik wil gewoon een mens spreken.',
      'Ik krijg tegenstrijdige informatie: de ene medewerker zegt dit, de andere dat. Wie heeft er gelijk?',
      'Eerst heette het {old:opname}, toen {off:opname}, en nu weet niemand meer waar mijn dossier is. Schandalig.',
      'Ik wil een vaste {v:bewonersbegeleider}. Ik heb er in een jaar [vier|vijf] gehad.',
    ],
    note: [
      '{caller} wil klacht indienen: terugbelafspraak niet nagekomen. Klacht geregistreerd, klachtbehandelaar belt binnen 5 werkdagen.',
      '{caller} zeer ontevreden, moest verhaal opnieuw vertellen. Excuses aangeboden, vaste contactpersoon gevraagd.',
      '{caller} klaagt over gedrag medewerker aannemer. Doorgezet naar klachtbehandeling.',
      '{caller} boos, {weeks} weken geen reactie op e-mail. Klacht geregistreerd.',
    ],
    en: [
      'I want to file a complaint. You promised to call me back on {weekday_en} and nobody called.',
      'Every time I call I speak to someone new and have to explain everything again.',
      "I've been waiting {weeks} weeks for an answer to my e-mail. This is unacceptable.",
      'All your letters are in Dutch even though I asked for English three times.',
    ],
    subject: ['KLACHT', 'Klacht', 'Niet teruggebeld', 'Nog steeds geen antwoord!!', 'Zeer ontevreden'],
  },
};
