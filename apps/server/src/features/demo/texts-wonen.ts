import { isWinter } from './calendar.js';
import type { IntentTexts } from './texts-kit.js';

/** Team Tijdelijk Wonen: the wisselwoning, moving and storage, nuisance from the works. */
export const WONEN_TEXTS: Record<string, IntentTexts> = {
  wisselwoning: {
    nl: [
      'Wanneer krijgen wij een {v:wisselwoning}? De aannemer begint over {weeks} weken.',
      'De {v:wisselwoning} die we aangeboden kregen is [veel te klein|te ver weg|niet geschikt voor mijn rolstoel]. Kunnen we een andere krijgen?',
      'Mogen huisdieren mee naar een {v:wisselwoning}? Het gaat om {pet}.',
      'Wat kost een {v:wisselwoning}? Moeten we huur betalen naast de hypotheek?',
      'Hoe lang moeten we nog in de {v:wisselwoning} blijven? Er werd gezegd negen maanden, we zitten er nu {months}.',
      'De verwarming in de {v:wisselwoning} doet het niet. Ik heb de beheerder [drie keer|al twee keer] gebeld.',
      'Is er een {v:wisselwoning} in {town}? Wij willen graag in het dorp blijven vanwege [school|de kinderen|mijn werk|mijn moeder].',
      'Wij hebben de sleutel van de {v:wisselwoning} nog niet, en we moeten {weekday} verhuizen!',
      'Hoeveel tijd hebben we om de {v:wisselwoning} leeg op te leveren als ons huis klaar is?',
      'Krijgen wij eigenlijk een {v:wisselwoning} als alleen de schoorsteen eraf gaat?',
      'Zit er een wasmachine in de {v:wisselwoning}, of moeten we die zelf meenemen?',
      'De {v:wisselwoning} heeft alleen een trap naar de slaapkamer en {family} kan geen trap lopen.',
    ],
    timed: [
      {
        when: isWinter, // damp and cold in the temporary homes
        nl: [
          'Het is ijskoud in de {v:wisselwoning}. De thermostaat staat op 22 en het wordt niet warmer dan 16 graden.',
          'Er staat condens op alle ramen van de {v:wisselwoning} en er komt schimmel {where_inside}.',
          'De energierekening van de {v:wisselwoning} is [twee keer|drie keer] zo hoog als thuis. Wie betaalt dat?',
        ],
      },
    ],
    note: [
      '{caller} vraagt wanneer wisselwoning beschikbaar is. Start uitvoering over {weeks} weken; adres volgt via bewonersbegeleider.',
      '{caller} meldt schimmel en vocht in wisselwoning. Beheerder wisselwoningpark ingeschakeld.',
      '{caller} wil wisselwoning in eigen dorp i.v.m. school kinderen. Wens genoteerd, doorgezet naar team Tijdelijk Wonen.',
    ],
    en: [
      'When will we get the {v:en_temporary_home}? The works start in {weeks} weeks.',
      'Can we bring our dog to the temporary home? Nobody could tell me.',
      'Our temporary home is damp and there is mould in the bedroom. Who is responsible?',
      'Do we need to pay rent for the {v:en_temporary_home} on top of our mortgage?',
    ],
    subject: ['{v:wisselwoning}', 'Vocht in {v:wisselwoning}', 'Sleutel?', 'Huisdieren'],
  },

  verhuizen_opslag: {
    nl: [
      'Krijgen wij {v:verhuiskostenvergoeding} als we naar de wisselwoning gaan?',
      'Hoe zit het met {v:inboedelopslag}? Niet al onze meubels passen in de wisselwoning.',
      'Wanneer komt het verhuisbedrijf? Wij moeten over {weeks} weken verhuizen en hebben nog niks gehoord.',
      'Het verhuisbedrijf heeft onze {item} beschadigd. Waar meld ik dat?',
      'Ik mis een doos met [foto’s|papieren|kerstspullen] sinds de verhuizing naar de opslag. Wie kan dat uitzoeken?',
      'Kan ik tussendoor iets uit de opslag halen? Ik heb [mijn winterjas|de kinderfietsen|mijn gereedschap] nodig.',
      'Ik heb {v:verhuiskostenvergoeding} nog niet ontvangen terwijl we [volgende week|{weekday}] verhuizen.',
      'Kunnen we een {v:container_afval} krijgen? Wij moeten de zolder leeg hebben voor de aannemer.',
      'Hoeveel is {v:verhuiskostenvergoeding} eigenlijk? En krijgen we dat twee keer?',
      'Mogen de vriezer en de planten ook in de opslag?',
      'Er moet een boom weg voor de steiger. Hoe zit het met {v:boom_kappen}?',
      'Vraag over {v:inboedelopslag}: is dat verzekerd als er iets kapot gaat?',
      'Wie betaalt de {v:container_afval}? Na het herstel ligt de tuin vol puin.',
      'De aannemer zegt dat onze walnotenboom weg moet. Moet ik zelf een {v:boom_kappen} regelen?',
    ],
    note: [
      '{caller} vraagt naar verhuiskostenvergoeding. Uitgelegd: 2x 1.500 euro, eerste 4 weken voor verhuizing.',
      '{caller} meldt schade door verhuisbedrijf ({item}). Schadeformulier verhuisbedrijf toegestuurd.',
      '{caller} vraagt container voor afval aan i.v.m. leegmaken zolder. Aanvraag gedaan, levering binnen 10 werkdagen.',
      '{caller} vraagt naar inboedelopslag, past niet in wisselwoning. Verhuisbedrijf neemt contact op.',
    ],
    en: [
      'Do we get a moving allowance when we move to the temporary home?',
      'Not all our furniture fits in the temporary home. Can you store it somewhere?',
      'The movers damaged our {item}. Where can I report this?',
      'Can we get a skip for the rubble? Our garden is full of it after the repairs.',
    ],
    subject: ['Verhuizing', '{v:inboedelopslag}', '{v:container_afval}', '{v:verhuiskostenvergoeding}'],
  },

  hinder_uitvoering: {
    nl: [
      'Klacht over {v:hinder_uitvoering}: ze beginnen om [zes|half zeven] uur ’s ochtends met [boren|slopen|zagen].',
      'De steiger van de buren blokkeert onze oprit al {weeks} weken. Ik kan mijn auto niet kwijt.',
      'Het stof van de werkzaamheden naast ons zit overal, ook binnen. Krijgen wij hier iets voor?',
      'Hoe zit het met {v:hinder_uitvoering}? We wonen al {weeks} weken zonder keuken terwijl de aannemer bezig is.',
      'De bouwvakkers parkeren elke dag voor onze deur en laten hun afval [in onze tuin|op de stoep] liggen.',
      'Ons huis trilt van het werk aan de fundering bij de buren. Nu hebben wij ook {crack} in de {room}!',
      'Er wordt [zaterdag|in het weekend|’s avonds] gewerkt, is dat wel toegestaan?',
      'Krijg ik een vergoeding voor {v:hinder_uitvoering}? Ik werk thuis en kan door de herrie niet bellen.',
      'De container van {contractor} staat al {weeks} weken voor ons raam en stinkt.',
      'Is er een vergoeding voor {v:hinder_uitvoering}? We kunnen de badkamer al {weeks} weken niet gebruiken.',
    ],
    note: [
      '{caller} klaagt over geluidsoverlast vanaf 6.30 uur door {contractor}. Uitvoerder aangesproken op werktijden.',
      '{caller} vraagt naar hindervergoeding, keuken {weeks} weken niet bruikbaar. Uitgelegd: 25 euro per dag, aanvraag gestart.',
      '{caller} meldt blokkade oprit door steiger buren. Aannemer gevraagd doorgang te maken.',
    ],
    en: [
      'The contractor next door starts drilling at 6:30 every morning. Is that allowed?',
      "We've been without a kitchen for {weeks} weeks because of the works. Is there any compensation?",
      'The scaffolding blocks our driveway. Who can we talk to?',
    ],
    subject: ['Overlast', '{v:hinder_uitvoering}', 'Klacht over aannemer', 'Herrie'],
  },
};
