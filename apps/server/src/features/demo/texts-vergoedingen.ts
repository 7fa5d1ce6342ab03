import { STUWMEER_DEADLINE } from './calendar.js';
import type { IntentTexts } from './texts-kit.js';

/** Team Vergoedingen: payments, extra costs, loss of value, non-material damage, the stuwmeerregeling. */
export const VERGOEDINGEN_TEXTS: Record<string, IntentTexts> = {
  betaling_vergoeding: {
    nl: [
      'Wanneer krijg ik het geld? Het besluit over mijn vergoeding is al van {month}.',
      'Jullie zouden binnen zes weken betalen, het is nu {weeks} weken later en er staat nog niks op mijn rekening.',
      'Ik heb {amount} ontvangen maar ik weet niet waarvoor. Kan iemand dat uitleggen?',
      'Er is {amount} overgemaakt maar in de brief stond een hoger bedrag. Klopt dat?',
      'Vraag over {v:uitbetaling}: moet het geld op de rekening van mij of van mijn ex? Het huis staat op ons allebei.',
      'In Mijn Dossier staat ‘betaling klaargezet’ al {weeks} weken. Wat betekent dat?',
      'Ik wil mijn {v:rekeningnummer} wijzigen voordat jullie gaan betalen.',
      'Wij hebben de {v:vaste_schadevergoeding} gekregen, maar nu zeggen jullie dat we geen {v:opname} meer kunnen krijgen. Dat is nooit verteld!',
      'Hoe vraag ik de {v:vaste_schadevergoeding} aan? Ik heb maar een paar kleine scheurtjes.',
      'Ik heb het formulier voor de {v:vaste_schadevergoeding} in {month} ingestuurd. Wanneer wordt er betaald?',
      'Hoe lang duurt {v:uitbetaling} normaal?',
      'Mijn vergoeding is vertraagd. Krijg ik daar rente over?',
      'Waar blijft mijn {v:uitbetaling}? Ik heb de aannemer al moeten betalen.',
      'Kunnen jullie het geld rechtstreeks aan de aannemer betalen in plaats van aan mij?',
    ],
    note: [
      '{caller} vraagt naar uitbetaling, besluit {month}. Betaling staat klaar, verwacht binnen {weeks} weken.',
      '{caller} mist betaling: rekeningnummer ontbrak. Gevraagd het via Mijn Dossier door te geven.',
      '{caller} begrijpt bedrag niet ({amount}). Specificatie toegelicht; wil schriftelijke uitleg.',
    ],
    en: [
      'When will the compensation be paid? The decision was in {month_en}.',
      "I received {amount} but I don't know what it's for. Could you explain?",
      'How do I change my bank account number before you pay?',
    ],
    subject: ['Betaling', 'Geld nog niet ontvangen', '{v:uitbetaling}', '{v:rekeningnummer} wijzigen'],
  },

  bijkomende_kosten: {
    nl: [
      'Hoe zit het met {v:bijkomende_kosten}? Ik heb [twee dagen vrij moeten nemen|veel reiskosten gemaakt] voor jullie afspraken.',
      'Ik heb [bonnen|facturen] van {amount}. Kan ik die ergens indienen?',
      'Vraag over {v:bijkomende_kosten}: vallen de hogere stookkosten in de wisselwoning daar ook onder?',
      'Mijn aanvraag voor {v:bijkomende_kosten} is afgewezen. Waarom? Het ging om {amount} aan [reiskosten|opvang voor de hond|het drogen van de muren].',
      'Welk formulier heb ik nodig voor {v:bijkomende_kosten}?',
      'Krijg ik de kosten van de advocaat terug? Dat is {amount}.',
      'De kosten van onze {v:contra_expertise} ({amount}) zijn nog steeds niet vergoed. Ik heb alles in {month} opgestuurd.',
      'Ik moest voor de {v:opname} een vrije dag nemen, en het werd op het laatste moment afgezegd. Krijg ik die dag vergoed?',
      'Kan ik {v:bijkomende_kosten} ook op papier doen? Ik kan niet inloggen.',
      'Ik heb {amount} aan extra stroom betaald door de bouwdrogers. Hoe krijg ik dat terug?',
    ],
    note: [
      '{caller} vraagt naar vergoeding bijkomende kosten (reiskosten). Formulier in Mijn Dossier uitgelegd.',
      '{caller} ontevreden over afwijzing bijkomende kosten ({amount}). Bezwaarprocedure uitgelegd.',
      '{caller} heeft bonnen, kan niet inloggen. Papieren formulier toegestuurd.',
    ],
    en: [
      'Can I claim the extra heating costs in the temporary home?',
      'I took two days off work for your appointments. Can I get compensation for that?',
      'Where do I send receipts for additional costs?',
    ],
    subject: ['{v:bijkomende_kosten}', 'Bonnen', 'Kosten terug?'],
  },

  waardedaling: {
    nl: [
      'Hoe vraag ik {v:waardedaling} aan? We willen het huis verkopen.',
      'Mijn buurman heeft wel {v:waardedaling} gekregen en wij niet. We wonen in dezelfde straat!',
      'Vraag over {v:waardedaling}: ik heb het huis in {year} gekocht. Heb ik dan nog recht?',
      'Waarom is het percentage voor onze postcode maar [twee|drie|vier] procent? Ons huis is onverkoopbaar.',
      'We zijn gescheiden en het huis staat op ons allebei. Moet mijn ex ook tekenen voor {v:waardedaling}?',
      'Ik heb {v:waardedaling} aangevraagd in {month} en nog geen besluit. Het zou acht weken duren.',
      'Volgens jullie is ons huis {amount} minder waard. De makelaar zegt veel meer. Hoe zit dat met {v:waardedaling}?',
      'Telt {v:waardedaling} mee voor de belasting of de toeslagen?',
      'Wij verhuren het huis. Kunnen we dan ook {v:waardedaling} krijgen?',
      'De vorige eigenaar heeft {v:waardedaling} al gehad, zegt de brief. Daar wisten wij niks van!',
    ],
    timed: [
      {
        when: (at) => at >= Date.UTC(2026, 8, 1),
        nl: [
          'Ik las dat er een nieuwe kaart is voor {v:waardedaling}. Valt onze straat er nu wel onder?',
          'De buren zeggen dat het percentage voor {v:waardedaling} omhoog is gegaan. Geldt dat ook voor ons?',
        ],
      },
    ],
    note: [
      '{caller} vraagt naar waardedaling, huis te koop. Uitgelegd: aanvraag via Mijn Dossier, alle eigenaren tekenen.',
      '{caller} ontevreden over percentage postcode. Berekening uitgelegd; wil bezwaar maken.',
      '{caller} vraagt of waardedaling meetelt voor toeslagen. Verwezen naar artikel belasting en toeslagen.',
    ],
    en: [
      'Are we entitled to compensation for the loss of value? We bought the house in {year}.',
      'How is the percentage for loss of value calculated? Ours seems very low.',
      'We want to sell the house. Can we still apply for the compensation for loss in value?',
    ],
    subject: ['{v:waardedaling}', 'Verkoop huis', 'Percentage klopt niet'],
  },

  immateriele_schade: {
    nl: [
      'Kan ik {v:immateriele_schadevergoeding} aanvragen? Ik slaap al jaren slecht door alle ellende met het huis.',
      'Mijn kinderen zijn bang bij elke beving. Krijgen zij ook {v:immateriele_schadevergoeding}?',
      'Ik heb {amount} aan {v:immateriele_schadevergoeding} gekregen. Dat voelt als een fooi na [acht|tien|twaalf] jaar ellende.',
      'Hoe werkt de persoonlijke beoordeling voor {v:immateriele_schadevergoeding}? Wij hebben [twee keer in een wisselwoning gezeten|een AOS gehad].',
      'Moet ik voor elk gezinslid apart {v:immateriele_schadevergoeding} aanvragen?',
      'Vraag over {v:immateriele_schadevergoeding}: mijn man is vorig jaar overleden. Kan ik het nog voor hem aanvragen?',
      'Ik heb in {month} het formulier voor {v:immateriele_schadevergoeding} ingestuurd. Wanneer hoor ik iets?',
      'Het gaat niet goed met me door alles rond het huis. Is er iemand met wie ik kan praten? Bestaat er {v:bewonersondersteuning}?',
      'Mijn huisarts zegt dat mijn klachten door de stress over het huis komen. Telt dat voor {v:immateriele_schadevergoeding}?',
      'Wij zijn het afgelopen jaar [twee|drie] keer verhuisd voor de versterking. Krijgen we daar {v:immateriele_schadevergoeding} voor?',
    ],
    note: [
      '{caller} vraagt naar immateriële schadevergoeding voor gezin. Uitgelegd: per persoon aanvragen, voor kinderen tekent ouder.',
      '{caller} emotioneel, slaapt slecht door situatie. Bewonersondersteuning aangeboden en nummer gegeven.',
      '{caller} vindt bedrag immateriële schadevergoeding te laag. Persoonlijke beoordeling uitgelegd.',
    ],
    en: [
      'Is there compensation for the stress this has caused? My children are scared every time the house shakes.',
      'How do I apply for the compensation for emotional harm for my whole family?',
      'We lived in a temporary home twice. Are we entitled to a higher amount?',
    ],
    subject: ['{v:immateriele_schadevergoeding}', 'Vergoeding gezin', 'Aanvraag'],
  },

  stuwmeerregeling: {
    nl: [
      'Valt mijn schade onder de {v:stuwmeerregeling}? Ik heb in {year} gemeld en nog steeds geen besluit.',
      'Ik heb een brief gekregen over de {v:stuwmeerregeling} maar ik ben de aanmeldcode kwijt.',
      'Wat is beter: de {v:stuwmeerregeling} of wachten op een nieuwe {v:opname}?',
      'Ik heb bezwaar lopen. Kan ik dan nog meedoen met de {v:stuwmeerregeling}?',
      'Mijn aanmelding voor de {v:stuwmeerregeling} is van {month}. Jullie zouden binnen zes maanden beslissen.',
      'Tot wanneer kan ik me aanmelden voor de {v:stuwmeerregeling}?',
      'De {v:stuwmeerregeling} gaat uit van een {v:opname} uit {year}. Sindsdien is alles veel erger geworden.',
      'Mijn melding is van {year}. Is er een speciale regeling voor zulke oude dossiers?',
    ],
    timed: [
      {
        when: (at) => at < STUWMEER_DEADLINE && at >= STUWMEER_DEADLINE - 90 * 86_400_000,
        nl: [
          'Ik moet me voor 1 juli aanmelden voor de {v:stuwmeerregeling}, maar de code werkt niet in Mijn Dossier!',
          'Haal ik de aanmelding voor de {v:stuwmeerregeling} nog als ik het formulier per post stuur?',
        ],
      },
      {
        when: (at) => at >= STUWMEER_DEADLINE,
        nl: ['Ik heb de aanmelding voor de {v:stuwmeerregeling} net gemist. Is er echt niks meer mogelijk?'],
      },
    ],
    note: [
      '{caller} vraagt of schade onder stuwmeerregeling valt (melding {year}). Voorwaarden uitgelegd, valt er onder.',
      '{caller} aanmeldcode kwijt. Nieuwe code per post verstuurd.',
      '{caller} twijfelt tussen stuwmeerregeling en nieuwe opname. Bewonersbegeleider belt terug.',
    ],
    en: [
      'I reported damage in {year} and still have no decision. Does the scheme for older reports apply to me?',
      'I lost the registration code for the old claims scheme. Can you send a new one?',
      'Should I choose the old-reports scheme or wait for a new assessment?',
    ],
    subject: ['{v:stuwmeerregeling}', 'Aanmeldcode', 'Oude melding {year}'],
  },
};
