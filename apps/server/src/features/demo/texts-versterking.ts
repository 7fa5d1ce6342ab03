import type { IntentTexts } from './texts-kit.js';

/** Team Versterking: the advice, the planning, chimneys and foundations. */
export const VERSTERKING_TEXTS: Record<string, IntentTexts> = {
  versterkingsadvies: {
    nl: [
      'Wanneer krijgen wij het {v:versterkingsadvies}? Het huis is in {month} opgemeten.',
      'Ik heb het {v:versterkingsadvies} gelezen maar ik snap er niks van. Moet ons huis nou versterkt worden of niet?',
      'In het {v:versterkingsadvies} staat dat ons huis voldoet. De buren moeten wel versterkt worden, terwijl het precies hetzelfde huis is. Hoe kan dat?',
      'Er staat in het {v:versterkingsadvies} dat nieuwbouw [mogelijk|een optie] is. Wat betekent dat voor ons?',
      'Vraag over het {v:versterkingsadvies}: mag ik er een eigen deskundige naar laten kijken?',
      'We wachten al {months} maanden op het {v:versterkingsadvies}. Jullie zeiden [vijf maanden|een half jaar].',
      'Is het {v:versterkingsadvies} al definitief? Er is nooit een keukentafelgesprek geweest.',
      'Ons {v:versterkingsadvies} is van {year}. Geldt dat nog of wordt er opnieuw gerekend?',
      'Hoe weet ik of ons huis op de lijst staat voor {v:bouwkundige_versterking}?',
      'Wat houdt {v:bouwkundige_versterking} eigenlijk in? Wordt ons huis dan helemaal gesloopt?',
      'In het {v:versterkingsadvies} staan allemaal termen die ik niet ken. Kan iemand het in gewone taal uitleggen?',
      'Volgens het {v:versterkingsadvies} [zijn alleen ankers|is alleen een stalen frame|is alleen een lichter dak] nodig. Is dat wel veilig genoeg?',
    ],
    note: [
      '{caller} vraagt naar versterkingsadvies, opname bouwkundige staat in {month}. Advies verwacht over {weeks} weken.',
      '{caller} begrijpt versterkingsadvies niet. Keukentafelgesprek met bewonersbegeleider ingepland.',
      '{caller} boos: buren wel versterkt, zij niet. Uitgelegd dat elk huis apart wordt berekend; overweegt bezwaar.',
    ],
    en: [
      "We received the strengthening advice but it's all in Dutch and very technical. Could someone explain it?",
      'When will we get the strengthening advice? The engineer measured the house in {month_en}.',
      'Does our house need to be strengthened or not? The letter is unclear.',
    ],
    subject: ['{v:versterkingsadvies}', 'Uitleg rapport', 'Wanneer advies?', 'Vraag over ons huis'],
  },

  versterking_planning: {
    nl: [
      'Wanneer beginnen jullie met {v:bouwkundige_versterking}? In Mijn Dossier staat al {months} maanden dezelfde datum.',
      'De aannemer zou in {month} beginnen maar we hebben niks meer gehoord. Wat is de planning?',
      'In {v:mijn_dossier} staat een datum die al voorbij is. Klopt de planning nog wel?',
      'We zitten al [drie|vier|vijf|zes] jaar in het traject voor {v:bouwkundige_versterking}. Wanneer gebeurt er eindelijk iets?',
      'Kan de start van de versterking [uitgesteld worden|een paar weken later]? {family} [moet geopereerd worden|krijgt in {month} een baby].',
      'Het bouwplan is getekend in {month}, daarna niks meer gehoord. Wanneer komt de aannemer?',
      'Waarom duurt het zo lang? De buren zijn al klaar met {v:bouwkundige_versterking} en wij hebben nog niet eens een datum.',
      '{contractor} zegt dat ze op jullie wachten, en jullie zeggen dat het bij de aannemer ligt. Wie weet er nou iets?',
      'Hoe lang gaat het werk aan ons huis duren? We moeten [onze vakantie|ons werk|de opvang van de kinderen] plannen.',
      'Er is een nieuwe planning gestuurd, weer een half jaar later. Wat is de reden?',
      'Wat is de volgende stap na het bouwplan? Niemand vertelt ons iets.',
      'Ik wil gewoon weten waar we staan met {v:bouwkundige_versterking}. [Ik word er gek van|Het houdt ons al jaren bezig].',
    ],
    note: [
      '{caller} vraagt naar startdatum versterking. Bouwplan in voorbereiding, start verwacht {month}. Klant ontevreden over vertraging.',
      '{caller} meldt dat {contractor} naar Herstelbureau verwijst. Navraag uitgezet bij projectleider, terugbellen {weekday}.',
      '{caller} wil start uitstellen i.v.m. ziekte. Doorgezet naar bewonersbegeleider.',
    ],
    en: [
      'When will the strengthening of our house start? The date in Mijn Dossier has passed.',
      "The contractor says they're waiting for you. Who is actually responsible for our planning?",
      "We've been waiting {months} months for a start date. This is really affecting our lives.",
    ],
    subject: ['Planning versterking', 'Startdatum?', 'Weer vertraging', 'Vraag over planning {contractor}'],
  },

  schoorsteenafname: {
    nl: [
      'Hoe zit het met {v:schoorsteenafname}? Onze schoorsteen gebruiken we al jaren niet meer.',
      'Moet ik betalen voor {v:schoorsteenafname} of doen jullie dat gratis?',
      'Is {v:schoorsteenafname} verplicht? Ik vind het zonde, hij hoort bij het huis.',
      'Ik heb me in {month} aangemeld voor {v:schoorsteenafname}, de dakdekker is nooit gekomen.',
      'De dakdekker heeft de schoorsteen eraf gehaald maar nu lekt het [bij de nok|in de slaapkamer|op zolder]. Wie lost dit op?',
      'Vraag over {v:schoorsteenafname}: wij hebben nog een houtkachel. Kan die dan nog?',
      'Bij de buren is de schoorsteen er al af. Wanneer zijn wij aan de beurt?',
      'Na {v:schoorsteenafname} is het plafond {where} gescheurd. Valt dat onder jullie?',
      'Onze schoorsteen [staat aan de straatkant|is heel oud] en ik ben bang dat hij bij de volgende beving valt. Hoe zit het met {v:schoorsteenafname}?',
      'De steiger voor {v:schoorsteenafname} staat er al {weeks} weken en er gebeurt niks.',
    ],
    note: [
      '{caller} vraagt naar schoorsteenafname, aangemeld in {month}. Dakdekker gebeld, afspraak volgt.',
      '{caller} meldt lekkage na schoorsteenafname. Dakdekker ingeschakeld voor herstel binnen 5 werkdagen.',
      '{caller} wil schoorsteen houden (houtkachel). Uitgelegd: alternatief met stalen pijp mogelijk.',
    ],
    en: [
      "Do we have to pay for removing the chimney? We don't use it anymore.",
      "The roofer removed our chimney and now there's a leak in the attic. Who fixes this?",
      'Is chimney removal mandatory? We have a wood stove.',
    ],
    subject: ['Schoorsteen', '{v:schoorsteenafname}', 'Lekkage na werk aan schoorsteen'],
  },

  funderingsherstel: {
    nl: [
      'Onze deuren klemmen en de vloer loopt af. Hoe zit het met {v:funderingsherstel}?',
      'Er is in {month} een proefsleuf gegraven, wat is de uitkomst? Moet er {v:funderingsherstel} komen?',
      'Vraag over {v:funderingsherstel}: moeten wij daarvoor echt het huis uit?',
      'Wie betaalt {v:funderingsherstel} als jullie zeggen dat het niet door de beving komt?',
      'De fundering is volgens de aannemer [slecht|verrot|aan het zakken]. Wanneer gaan jullie iets doen?',
      'Hoe lang duurt {v:funderingsherstel}? We zitten [met twee kleine kinderen|met een zieke moeder] in huis.',
      'Sinds [vorig jaar|de winter] zakt de {room} aan de achterkant. Ik denk dat het de fundering is.',
      'Na het werk aan de fundering is onze oprit [kapot|verzakt] en de tuin ligt overhoop. Wordt dat hersteld?',
      'Ik lees overal over {v:funderingsherstel} maar niemand kan me vertellen of het bij ons nodig is.',
      'Er loopt een scheur schuin vanaf het raam {where}. Kan dat aan de fundering liggen?',
    ],
    note: [
      '{caller} vraagt uitslag funderingsonderzoek. Rapport nog niet binnen, verwacht over {weeks} weken.',
      '{caller} meldt verzakking achtergevel, deuren klemmen. Schademelding aangemaakt met verzoek fundering mee te nemen.',
      '{caller} vraagt of wisselwoning nodig is bij funderingsherstel. Uitgelegd: meestal wel.',
    ],
    en: [
      'Our doors are sticking and the floor is sloping. Could it be the foundation? What should we do?',
      'How long does foundation repair take and do we need to move out?',
      'After the foundation work our driveway is broken. Will you repair it?',
    ],
    subject: ['Fundering', '{v:funderingsherstel}', 'Verzakking huis'],
  },
};
