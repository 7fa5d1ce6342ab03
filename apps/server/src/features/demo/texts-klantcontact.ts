import type { IntentTexts } from './texts-kit.js';

/** Team Klantcontact: personal details, appointments, Mijn Dossier and acting for someone else. */
export const KLANTCONTACT_TEXTS: Record<string, IntentTexts> = {
  gegevens_wijzigen: {
    nl: [
      'Ik heb een nieuw telefoonnummer: {phone}. Kunnen jullie dat aanpassen?',
      'Mijn e-mailadres is veranderd. Waar kan ik dat wijzigen?',
      'Hoe wijzig ik mijn {v:rekeningnummer}? Ik ben overgestapt naar een andere bank.',
      'Mijn man is overleden. Het dossier staat nog op zijn naam. Wat moet ik doen?',
      'Wij [zijn verhuisd|gaan scheiden], kunnen de brieven naar een ander adres?',
      'Graag voortaan alles per post, ik lees mijn mail niet.',
      'Kan de communicatie in het Engels? Mijn partner spreekt geen Nederlands.',
      'Mijn naam is verkeerd geschreven in alle brieven. Het is {last}, niet zoals jullie het schrijven.',
      'Ik krijg de sms-code niet om mijn {v:rekeningnummer} te wijzigen.',
      'Het huis is verkocht per {date}. Wie moet ik dat laten weten?',
      'Kunnen jullie mij voortaan op mijn mobiel bellen in plaats van vast? Nummer {phone}.',
    ],
    note: [
      '{caller} geeft nieuw telefoonnummer door. Aangepast.',
      '{caller} wil rekeningnummer wijzigen, krijgt sms-code niet. Uitgelegd: bankafschrift per post insturen.',
      '{caller} meldt overlijden partner. Gecondoleerd; uitgelegd welke stappen nodig zijn.',
    ],
    en: [
      'I have a new phone number. Could you update it?',
      'Please send all letters in English from now on, my Dutch is not good enough.',
      'How do I change my bank account? The SMS code never arrives.',
    ],
    subject: ['Wijziging gegevens', 'Nieuw {v:rekeningnummer}', 'Adreswijziging'],
  },

  afspraak_verzetten: {
    nl: [
      'Ik kan niet op de afspraak van {weekday}. Kan de {v:opname} verzet worden?',
      'Kan de afspraak met de aannemer [een week later|naar de middag|naar {weekday}]? Ik moet werken.',
      'Ik ben ziek, de afspraak van morgen moet helaas verzet worden.',
      'Jullie hebben de afspraak [voor de tweede keer|alweer] verzet. Ik had er een vrije dag voor genomen!',
      'Hoe verzet ik een afspraak in {v:mijn_dossier}? Ik zie de knop niet.',
      'Er staat een afspraak in {v:mijn_dossier} waar ik niks van weet. Klopt dat?',
      'Kan de {v:opname} op een zaterdag? Door de week zijn we allebei aan het werk.',
      'Wij zijn op vakantie vanaf {date}, drie weken. Kan de afspraak daarna?',
      'Niemand is komen opdagen vandaag. Ik heb de hele ochtend thuis gezeten.',
      'Kan de afspraak van {weekday} een uur later? Ik moet de kinderen van school halen.',
    ],
    note: [
      '{caller} verzet opname van {weekday} i.v.m. werk. Nieuwe afspraak ingepland.',
      '{caller} boos: afspraak door ons verzet zonder bericht. Excuses, nieuwe afspraak en terugbelverzoek bewonersbegeleider.',
      '{caller} kan knop verzetten niet vinden in Mijn Dossier. Telefonisch verzet.',
    ],
    en: [
      "I can't make the appointment on {weekday_en}. Can we reschedule?",
      'Nobody showed up for the appointment today. I stayed home all morning.',
      'Is it possible to have the visit on a Saturday?',
    ],
    subject: ['Afspraak verzetten', 'Afspraak {weekday}', 'Niemand gekomen'],
  },

  mijn_dossier: {
    nl: [
      'Ik kan niet inloggen op {v:mijn_dossier}. Ik krijg steeds ‘geen dossier gevonden’.',
      'Waar vind ik mijn rapport in {v:mijn_dossier}? Ik zie alleen oude brieven.',
      'Ik heb geen DigiD. Hoe kom ik dan in {v:mijn_dossier}?',
      '{v:mijn_dossier} werkt niet op mijn telefoon, hij blijft laden.',
      'Vroeger kon ik gewoon inloggen, nu niet meer. Wat is er veranderd?',
      'In {v:mijn_dossier} staat nog steeds de oude planning. Wordt dat nog bijgewerkt?',
      'Ik wil een bericht sturen aan mijn {v:bewonersbegeleider} maar ik zie nergens een knop.',
      'Is er nog een app? Ik kan hem niet meer vinden.',
      'Mijn dochter wil voor mij inloggen op {v:mijn_dossier}. Kan dat met haar eigen DigiD?',
      'Het uploaden van foto’s in {v:mijn_dossier} lukt niet, [het bestand is te groot|ik krijg een foutmelding].',
      'Waar zie ik in {v:mijn_dossier} wie mijn {v:bewonersbegeleider} is?',
    ],
    note: [
      '{caller} kan niet inloggen op Mijn Dossier: dossier niet gekoppeld aan DigiD. Koppeling gemaakt.',
      '{caller} zoekt de app. Uitgelegd dat Mijn Dossier via de browser werkt.',
      '{caller} heeft geen DigiD, inlogcode per post aangevraagd.',
    ],
    en: [
      "I can't log in to Mijn Dossier. It says no case found.",
      "I don't have DigiD. How can I access my file online?",
      "Uploading photos doesn't work, I get an error message.",
    ],
    subject: ['Inloggen lukt niet', '{v:mijn_dossier}', 'Foutmelding'],
  },

  machtiging: {
    nl: [
      'Ik wil {v:machtiging} regelen voor mijn [moeder, zij|vader, hij] kan het zelf niet meer.',
      'Mijn [vader van [84|89] woont [in een verpleeghuis|bij ons]. Mag ik voor hem bellen|moeder van [86|91] woont [in een verpleeghuis|bij ons]. Mag ik voor haar bellen]?',
      'Ik ben de [zoon|dochter] van mevrouw {last}. Waarom mag ik geen informatie krijgen over het dossier?',
      'Waar vind ik het formulier voor {v:machtiging}?',
      'Ik heb het formulier voor {v:machtiging} in {month} gestuurd, maar als ik bel zeggen ze dat er niks is.',
      'Mijn moeder heeft een bewindvoerder. Heeft die ook {v:machtiging} nodig?',
      'Kan mijn buurman de afspraken regelen? Ik spreek niet zo goed Nederlands.',
      'Hoe trek ik {v:machtiging} in? Mijn broer regelt het niet meer.',
      'Vraag over {v:machtiging}: moet mijn vader ook zelf tekenen? Hij is dement.',
    ],
    note: [
      '{caller} (dochter) wil dossier moeder inzien, geen machtiging bekend. Formulier machtiging toegestuurd.',
      '{caller} machtiging ingestuurd in {month}, niet verwerkt. Navraag gedaan, binnen 5 werkdagen actief.',
      '{caller} vraagt of bewindvoerder machtiging nodig heeft. Uitgelegd: besluit rechter insturen.',
    ],
    en: [
      'I want my son to handle everything with you. How do I arrange that?',
      "I'm calling on behalf of my father. Why won't you give me any information?",
      'Where can I find the authorisation form?',
    ],
    subject: ['{v:machtiging}', 'Namens mijn moeder', 'Formulier'],
  },
};
