import { DAY_MS, QUAKE_AT } from './calendar.js';
import type { IntentTexts } from './texts-kit.js';

/** Team Schade: reporting damage, waiting for the opname, disputing the report, unsafe homes. */
export const SCHADE_TEXTS: Record<string, IntentTexts> = {
  schade_melden: {
    nl: [
      'Hoe werkt {v:schademelding}? Ik zie {crack} in de {room}, {where}.',
      'Sinds [vorige week|een paar dagen|het weekend|gisteren] zie ik {crack} {where} in de {room}. Is dat {v:schademelding}, of hoe heet dat bij jullie?',
      'Wij hebben nieuwe schade. {crack} in de {room} en ook {where}. [Hoe geef ik dit door|Wat moet ik doen|Bij wie moet ik zijn]?',
      'Vraag over {v:schademelding}: moet ik eerst [foto’s maken|zelf iets opmeten] of komen jullie kijken?',
      'Ik probeer online {v:schademelding} te regelen maar ik kom er niet uit. Welk formulier [is het|moet ik hebben]?',
      'Onze buren hebben al [schade gemeld|een claim ingediend], kunnen wij dat ook? Wij zien {crack} in de {room}.',
      'Na de laatste beving [is|zijn] {crack} in onze {room} [flink|veel|echt] groter geworden. Ik wil dit [graag |]melden.',
      'Mijn [moeder van [82|79|88] heeft {crack} in de {room}. Kan ik dat namens haar melden|vader van [84|91] heeft {crack} in de {room}. Kan ik dat namens hem melden]?',
      '[hoe lang|hoelang] duurt het na {v:schademelding} voordat er iemand komt kijken',
      'Ik heb {crack} ontdekt {where}. Telt dat als bevingsschade? Ik wil het [in ieder geval |]doorgeven.',
      'Is er een papieren formulier voor {v:schademelding}? Ik ben niet zo handig met de computer.',
      'In de {room} laat het stucwerk los en ik zie {crack} {where}. Wie moet ik hiervoor bellen?',
      'ik wil {v:schademelding}. [adres|wij wonen aan de] {town}, [{crack} in de {room}|de tegels in de {room} zijn gebarsten]',
      'Wij huren ons huis. Mogen wij zelf {v:schademelding} doen of moet de verhuurder dat doen?',
      'Ik heb al [jaren|een tijd] {crack} {where}, maar het wordt steeds erger. Kan ik dat nog melden of is het te laat?',
    ],
    timed: [
      {
        when: (at) => at >= QUAKE_AT,
        nl: [
          'Sinds de beving van 14 augustus heb ik {crack} in de {room}. Ik wil dit [zo snel mogelijk |]melden.',
          'Door de beving bij Middelwier zijn de scheuren {where} veel groter. Hoe werkt {v:schademelding}?',
          'Na de klap van [vorige week|afgelopen nacht|vannacht] zie ik {crack} in de {room}. Moet ik dit opnieuw melden als ik al een dossier heb?',
          'Wij schrokken wakker van de beving en nu zie ik {crack} {where}. Waar kan ik dit kwijt?',
        ],
      },
    ],
    note: [
      '{caller} belt, ziet {crack} in de {room}. Uitgelegd hoe de schademelding via Mijn Dossier werkt.',
      '{caller} wil schade doorgeven ({crack} {where}). Schademelding telefonisch aangenomen, bevestiging volgt per post.',
      '{caller} vraagt of nieuwe schade bij bestaand dossier kan. Uitgelegd: aanvullen in Mijn Dossier onder Schade aanvullen.',
      '{caller} heeft geen computer, schademelding samen doorgenomen en aangemaakt. Foto’s volgen per post.',
    ],
    en: [
      "Hi, I'd like to report new cracks in our {room_en}. How do I do that?",
      'We noticed a crack {where_en} after the last quake. Where can I {v:en_report_damage}?',
      "How do I report damage? The website is only in Dutch and I don't understand the form.",
      'Is this {v:en_report_damage} thing free? We have cracks in the {room_en} and {where_en}.',
    ],
    subject: [
      'Schade melden',
      'Nieuwe scheuren',
      '{v:schademelding}',
      'Vraag over scheuren in huis',
      'schade',
    ],
  },

  status_opname: {
    nl: [
      'Ik heb {weeks} weken geleden schade gemeld en nog steeds geen datum voor de {v:opname}.',
      'Hoe lang duurt het nog voor de {v:opname} komt? We wachten al {months} maanden.',
      'Wat is de stand van zaken met de {v:opname}? Dossiernummer {dossier}.',
      'De {v:opname} is al [twee|drie|vier] keer verzet. Wanneer komt er eindelijk iemand?',
      'Er staat een afspraak voor de {v:opname} op {weekday}, maar ik heb geen bevestiging gekregen. Klopt dat nog?',
      'Wij hebben een brief gekregen over de {v:opname}, maar er staat geen datum in. Wanneer kunnen we iets verwachten?',
      'De {v:opname} is in {month} geweest, wanneer krijg ik het {v:opnamerapport}?',
      'Het {v:opnamerapport} zou binnen acht weken komen, het is nu {weeks} weken later. Waar blijft het?',
      'Ik snap het {v:opnamerapport} niet. Er staat dat de schade niet door de beving komt, maar wat betekent dat nou?',
      'Kan de {v:opname} [eerder|naar voren]? [Mijn vrouw is ziek|Wij gaan verhuizen|Wij willen het huis verkopen] en het moet snel.',
      'ik heb nog steeds geen {v:opnamerapport}. hoe lang nog',
      'In het {v:opnamerapport} staat de verkeerde kamer en de {crack} {where} ontbreekt. Hoe krijg ik dat aangepast?',
      'Wie komt er eigenlijk bij de {v:opname}? En hoe lang duurt het, moet ik een hele dag vrij nemen?',
      'Mijn buurvrouw heeft later gemeld dan ik en heeft de {v:opname} al gehad. Hoe kan dat?',
    ],
    timed: [
      {
        when: (at) => at >= QUAKE_AT + 10 * DAY_MS,
        nl: [
          'Na de beving van augustus hebben we schade gemeld. Wanneer komt de {v:opname}? Het is nu {weeks} weken.',
          'Jullie zeiden dat alle {v:opname}s na de beving voor maart klaar zijn. Kan het bij ons eerder, de scheuren worden groter.',
        ],
      },
    ],
    note: [
      '{caller} vraagt naar datum opname, wacht {months} mnd. Nog niet ingepland. Terugbelverzoek voor planning aangemaakt.',
      '{caller} belt over opnamerapport, nog niet ontvangen. Navraag bij expertisebureau, rapport verwacht binnen {weeks} weken.',
      '{caller} wil weten wanneer de {v:opname} is. Afspraak staat op {weekday}, nogmaals bevestigd.',
      '{caller} begrijpt opnamerapport niet. Uitgelegd wat oorzaak en herstelkosten betekenen; bewonersbegeleider belt terug.',
    ],
    en: [
      'When will the damage assessment take place? We reported damage {weeks} weeks ago.',
      'We had the {v:en_assessment} in {month_en} and still no report. Any update?',
      'Can you tell me the status of my case {dossier}? Nobody has called me about the {v:en_assessment}.',
      "I received the report but it's in Dutch and very technical. Could someone explain it to me?",
    ],
    subject: [
      'Wanneer komt de {v:opname}?',
      'Stand van zaken dossier {dossier}',
      'Rapport',
      'Nog steeds niks gehoord',
    ],
  },

  contra_expertise: {
    nl: [
      'Ik ben het niet eens met het {v:opnamerapport}. Kan ik een {v:contra_expertise} aanvragen?',
      'Wie betaalt een {v:contra_expertise}? Ik wil wel, maar ik kan het niet voorschieten.',
      'Mag ik zelf iemand kiezen voor de {v:contra_expertise} of moet het iemand van jullie lijst zijn?',
      'Wij willen een {v:contra_expertise}, want volgens jullie deskundige komt alles door krimp. Dat geloof ik niet.',
      'Onze {v:contra_expertise} is klaar en het rapport is heel anders dan dat van jullie. Waar moet ik het naartoe sturen?',
      'Hoe lang heb ik de tijd om een {v:contra_expertise} te regelen?',
      'Ik heb de factuur van de {v:contra_expertise} ({amount}). Hoe krijg ik dat terug?',
      'Het rapport zegt dat de {crack} in de {room} niet door de beving komt. Ik wil [graag |]een {v:contra_expertise}.',
      'Klopt het dat jullie een {v:contra_expertise} vergoeden? Tot welk bedrag?',
      'Mijn {v:contra_expertise} en jullie deskundige komen er samen niet uit. Wat gebeurt er nu?',
      'Vraagje over {v:contra_expertise}: moet ik eerst een offerte sturen?',
    ],
    note: [
      '{caller} niet eens met opnamerapport, vraagt naar contra-expertise. Uitgelegd: eigen deskundige, offerte vooraf insturen.',
      '{caller} heeft rapport eigen deskundige, wil weten hoe het verder gaat. Uitgelegd dat de deskundigen overleggen.',
      '{caller} vraagt of kosten {v:contra_expertise} vergoed worden. Verwezen naar vergoeding bijkomende kosten.',
    ],
    en: [
      'I do not agree with the report. Can I get a second opinion from my own expert? Who pays for it?',
      'Our own expert came to a very different conclusion than your report. What now?',
      'Is there a list of independent experts I can hire to check the report?',
    ],
    subject: [
      '{v:contra_expertise}',
      'Niet eens met rapport',
      'Rapport eigen deskundige',
      'Factuur deskundige',
    ],
  },

  acuut_onveilig: {
    nl: [
      '{v:acuut_onveilig}!! De muur [boven de voordeur|aan de achterkant|van de bijkeuken] staat [los|scheef] en er vallen stukken steen naar beneden.',
      'Het plafond in de {room} hangt door en er valt gruis uit. Is dit {v:acuut_onveilig}? Wij durven er niet meer te slapen.',
      'De voordeur [klemt|sluit niet meer] en de schoorsteen [wiebelt|staat scheef]. [Kan er vandaag iemand komen|Wie kan er nu komen]?',
      'Ik wil {v:acuut_onveilig} melden. De gevel aan de straatkant [bolt uit|hangt naar voren], er lopen kinderen langs.',
      'Is dit {v:acuut_onveilig}? [Grote|Diepe] scheur {where}, je kunt er je vinger in steken.',
      'Er ligt puin op de stoep van onze schoorsteen. Wie komt er [nu|vanavond] kijken?',
      'Ik bel al een uur jullie spoednummer maar er wordt niet opgenomen. Het dak lekt en de balk {where} is gescheurd!',
      'Moeten wij het huis uit? {crack} in de draagmuur en de deuren klemmen. {family} is bang.',
      'Jullie zouden binnen vier uur komen voor de {v:acuut_onveilig}, het is nu [de volgende ochtend|zes uur later].',
      'spoed!! {crack} {where} en de vloer [kraakt|zakt]. wat moet ik doen',
      'Ik twijfel of het {v:acuut_onveilig} is, maar de schoorsteen hangt echt scheef. Kunnen jullie even kijken?',
    ],
    timed: [
      {
        when: (at) => at >= QUAKE_AT && at < QUAKE_AT + 45 * DAY_MS,
        nl: [
          'Sinds de beving van vannacht staat de schoorsteen scheef. Is dit {v:acuut_onveilig}?',
          'Na de beving bij Middelwier is er een stuk van de gevel naar beneden gekomen. Graag vandaag nog iemand!',
          'Door de beving is er {crack} in de draagmuur gekomen. Wij slapen nu bij mijn zus. Wie komt er kijken?',
        ],
      },
    ],
    note: [
      '{caller} meldt AOS: schoorsteen scheef. Spoedopname ingepland binnen 4 uur, bewoner geadviseerd afstand te houden.',
      '{caller} belt spoedlijn: plafond {room} hangt door. AOS-melding aangemaakt, deskundige onderweg.',
      '{caller} twijfelt of het een acuut onveilige situatie is ({crack} {where}). Op verzoek toch AOS-beoordeling ingepland.',
      '{caller} na AOS-melding: deskundige kwam pas na 9 uur. Excuses gemaakt, klacht genoteerd.',
    ],
    en: [
      'URGENT: part of our chimney fell in the garden after the quake. Is it safe to stay in the house?',
      'The ceiling in the {room_en} is sagging and plaster is falling. Who do we call?',
      "Our front door doesn't close anymore and there's a big crack {where_en}. Please send someone today.",
    ],
    subject: ['SPOED', '{v:acuut_onveilig}', 'Schoorsteen scheef', 'Dringend!! muur', 'Gevaar'],
  },
};
