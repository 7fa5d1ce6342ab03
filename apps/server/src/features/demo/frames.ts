/**
 * The parts of a message around its core: greetings, a bit of life story, earlier promises,
 * frustration, sign-offs. Mixed and matched, they make the same question read like different people.
 */
export const EMAIL_GREETINGS_NL = [
  'Geachte heer/mevrouw,',
  'Beste mensen,',
  'Goedemiddag,',
  'Goedemorgen,',
  'Hallo,',
  'Beste Herstelbureau,',
  'Geachte medewerker,',
  'Beste {staff},',
  'Hoi,',
  '',
];
export const CHAT_GREETINGS_NL = [
  'Hoi',
  'Hallo',
  'Goedemiddag',
  'hallo?',
  'Hey',
  'Goeiedag',
  'Goedemorgen',
  '',
];

export const CONTEXT_NL = [
  'Wij wonen al [30|42|17|25] jaar in dit huis in {town}.',
  'Ik ben [78|83|74] en woon alleen.',
  'Ik heb drie jonge kinderen en werk fulltime.',
  'Dossiernummer {dossier}.',
  'Ons huis is van [1928|1954|1936|1910|1965].',
  'Ik schrijf namens mijn moeder.',
  'Ik heb hier eerder over gebeld.',
  'Mijn man is ziek en alles komt op mij neer.',
  'Wij zitten al sinds {year} in dit traject.',
  'Ik woon in {town}.',
];

export const PROMISES_NL = [
  'Jullie zouden {weekday} terugbellen, maar ik heb niks gehoord.',
  'Jullie zouden donderdag terugbellen.',
  '{staff} had beloofd dat het binnen [twee weken|een week|een maand] geregeld zou zijn.',
  'In {month} is mij toegezegd dat er een brief zou komen.',
  'Vorige keer werd gezegd dat ik voor [het einde van de maand|de zomer|de kerst] bericht zou krijgen.',
  'Volgens de brief van {month} zou de aannemer al begonnen zijn.',
  'Mij is beloofd dat ik een vaste contactpersoon zou krijgen.',
  'Er werd gezegd dat ik binnen twee werkdagen teruggebeld zou worden. Dat is nu [een week|twee weken] geleden.',
];

export const EMOTIONS_NL = [
  'Ik ben het echt zat.',
  'Dit is de [derde|vierde|vijfde] keer dat ik hierover contact opneem!',
  'Ik slaap er slecht van.',
  'Wij worden hier echt moedeloos van.',
  'Schandalig.',
  'Waarom duurt alles zo lang?',
  'Ik voel me niet serieus genomen.',
  'Ik wil nu eindelijk duidelijkheid.',
  'Wat een toestand weer.',
];

export const POLITE_NL = [
  'Alvast bedankt.',
  'Graag een reactie.',
  'Kunt u mij terugbellen op {phone}?',
  'Ik hoor graag van u.',
  'Bedankt voor de moeite.',
  'Ik ben het best bereikbaar [na 17.00 uur|’s ochtends|op mijn mobiel].',
];

export const EMAIL_CLOSINGS_NL = [
  'Met vriendelijke groet,\n{fullname}',
  'Groet,\n{first}',
  'Mvg,\n{fullname}',
  'Vriendelijke groeten,\n{first} {last}',
  'Groetjes, {first}',
  '{fullname}',
  'Met vriendelijke groet,\n{first} {last}\n{dossier}',
];

export const EMAIL_GREETINGS_EN = ['Hello,', 'Dear Sir/Madam,', 'Hi,', 'Good afternoon,', ''];
export const EMAIL_CLOSINGS_EN = [
  'Kind regards,\n{fullname}',
  'Thanks, {first}',
  'Best,\n{first}',
  '{fullname}',
];
export const PROMISES_EN = [
  'You said you would call me back on {weekday_en}, but nobody did.',
  'I was promised an answer within two weeks.',
  'Your colleague {staff} said this would be sorted by now.',
];
export const EMOTIONS_EN = [
  'This is really frustrating.',
  "I'm at my wits' end.",
  'Please, we need clarity.',
];

/** What staff add below a call note. */
export const NOTE_OUTCOMES = [
  'Terugbelverzoek aangemaakt.',
  'Klant wil graag een vaste contactpersoon.',
  'Klant gaf aan al vaker gebeld te hebben.',
  'Klant was boos over de lange wachttijd.',
  'Toegezegd: terugbellen voor {weekday}.',
  'Mail met uitleg nagestuurd.',
  'Doorgezet naar bewonersbegeleider.',
  '',
  '',
];

/** Survey moments and free-text answers to "what could we do better?". */
export const SURVEYS = [
  'Enquête na opname',
  'Enquête na oplevering',
  'Enquête na contact',
  'Enquête wisselwoning',
  'Enquête na besluit',
];

export const SURVEY_ANSWERS_NL = [
  'De deskundige was [vriendelijk|heel aardig] en nam de tijd. Maar het wachten daarvoor duurde veel te lang.',
  '[7|8|6]. Prima geholpen, maar ik moest wel [drie|vier] keer bellen.',
  'Het rapport is onleesbaar voor een gewoon mens. Schrijf in normaal Nederlands.',
  'Eindelijk iemand die luistert. Dank aan {staff}!',
  'Fijne {v:wisselwoning}, maar het is er ’s winters koud.',
  'Niemand had verteld dat we na de {v:vaste_schadevergoeding} geen {v:opname} meer konden krijgen.',
  'De aannemer werkte netjes en ruimde elke dag op.',
  'Slecht. Beloftes worden niet nagekomen.',
  'Ik wil één vaste persoon die mijn dossier kent.',
  'Het ging snel en goed. Geen klachten.',
  'Eerst heette het {old:opname}, nu heet het ineens {off:opname}. Waarom verandert alles steeds van naam?',
  'Doe iets aan de wachttijd aan de telefoon.',
  'Duidelijke uitleg over de planning. Nu nog nakomen.',
  'Tevreden over de {v:bewonersbegeleider}, ontevreden over de aannemer.',
  'Ik weet nog steeds niet waar ik sta.',
  'Ze kwamen binnen vier uur na mijn melding. Top.',
  'Ik zocht op de website naar {v:wisselwoning} en vond niks. Pas later hoorde ik dat het {off:wisselwoning} heet.',
  'Ik zocht op {v:contra_expertise} en kreeg geen resultaten. Gebruik gewone woorden!',
  'Laat de mensen aan de telefoon dezelfde informatie geven als de brieven.',
  '[5|4]. Te veel verschillende mensen, iedereen zegt iets anders.',
  'Heel blij met de nieuwe keuken na het herstel, dank jullie wel.',
  'De {v:opname} duurde maar twintig minuten. Hoe kan je dan alles zien?',
  'Ik had graag vooraf geweten hoe lang we in de {v:wisselwoning} moesten.',
  'Bel gewoon terug als je dat belooft.',
];

export const SURVEY_ANSWERS_EN = [
  'Friendly staff, but everything is in Dutch.',
  'Please send letters in English as well.',
  'The assessment was quick and clear. Thank you.',
  'Nobody told us how long we would be in the temporary home.',
];

/**
 * An emerging need that has no intent or team yet: making the home sustainable during
 * strengthening. It grows in the last months of the year, so theme detection has something to find.
 */
export const SUSTAINABILITY_NL = [
  'Als ons huis toch versterkt wordt, kunnen jullie dan meteen {v:verduurzamingsbudget} meenemen?',
  'Krijgen we nog subsidie voor {v:verduurzamingsbudget}? De buren hadden het wel bij hun versterking.',
  'Mijn energierekening is veel te hoog. Kan bij de versterking ook isolatie? Niemand vertelt ons iets over {v:verduurzamingsbudget}.',
  'Kan er een warmtepomp in als de cv-ketel toch weg moet voor de verbouwing?',
  'Waarom wordt het dak wel vernieuwd maar kunnen er geen zonnepanelen op? Dat is toch een gemiste kans.',
  'Ik wil het huis duurzamer maken tijdens de versterking. Bij wie moet ik zijn?',
  'Vraag over {v:verduurzamingsbudget}: geldt dat ook als je alleen {v:funderingsherstel} krijgt?',
  'De aannemer zegt dat isoleren niet in het bouwplan staat. Kan dat alsnog?',
  'Kunnen jullie de spouwmuur meteen laten isoleren nu de muren toch open liggen?',
  'Ik las iets over {v:verduurzamingsbudget}. Hoe kom ik daarvoor in aanmerking?',
  'Zorg dat je bij versterking ook zonnepanelen of een warmtepomp kunt krijgen, dat scheelt iedereen een tweede verbouwing.',
];

export const SUSTAINABILITY_EN = [
  'Can you install solar panels while the roof is being redone anyway?',
  'Is there any subsidy for insulation as part of the strengthening?',
  'Could we get a heat pump installed during the works?',
];

export const SUSTAINABILITY_NOTES = [
  '{caller} vraagt of bij de versterking ook [isolatie|zonnepanelen|een warmtepomp] kan. Geen antwoord paraat, doorgezet.',
  '{caller} wil verduurzamen tijdens versterking, aannemer zegt dat het niet in het bouwplan staat. Navraag gedaan.',
  '{caller} vraagt naar subsidie voor [isoleren|zonnepanelen] bij versterking. Verwezen naar bewonersbegeleider.',
];
