/** The answers each demo team gives often, in plain Dutch, as staff pick them in a conversation. */
export const CANNED_REPLIES: { teamId: string; title: string; body: string }[] = [
  {
    teamId: 'schade',
    title: 'Opname wordt gepland',
    body: 'Dank u voor uw melding. Een schade-expert komt bij u thuis kijken. U krijgt binnen twee weken een brief met de datum. Past die datum niet? Laat het ons dan weten.',
  },
  {
    teamId: 'schade',
    title: 'Foto’s van de schade',
    body: 'Wilt u foto’s van de schade sturen? Maak een foto van dichtbij en een van verder weg, zodat we zien waar de schade zit.',
  },
  {
    teamId: 'versterking',
    title: 'Stand van het versterkingsadvies',
    body: 'Het advies voor uw huis is nog niet klaar. We laten het u weten zodra het klaar is. Daarna bespreken we samen wat er gaat gebeuren.',
  },
  {
    teamId: 'versterking',
    title: 'Planning van de aannemer',
    body: 'De aannemer maakt de planning voor uw straat. U hoort minstens zes weken van tevoren wanneer de werkzaamheden beginnen.',
  },
  {
    teamId: 'tijdelijk-wonen',
    title: 'Wisselwoning aangevraagd',
    body: 'We zoeken een wisselwoning voor u, zo dicht mogelijk bij uw eigen huis. De verhuizing en de opslag van uw spullen regelen en betalen wij.',
  },
  {
    teamId: 'vergoedingen',
    title: 'Betaling binnen tien werkdagen',
    body: 'Uw vergoeding is goedgekeurd. U ziet het bedrag binnen tien werkdagen op uw rekening.',
  },
  {
    teamId: 'vergoedingen',
    title: 'Bon of factuur nodig',
    body: 'Om de kosten te vergoeden hebben we een bon of factuur nodig. U kunt een foto of scan sturen als antwoord op dit bericht.',
  },
  {
    teamId: 'bezwaar-klachten',
    title: 'Bezwaar ontvangen',
    body: 'We hebben uw bezwaar ontvangen. Binnen zes weken hoort u van ons. Heeft u vragen in de tussentijd? Dan kunt u mij bereiken via dit gesprek.',
  },
  {
    teamId: 'klantcontact',
    title: 'Gegevens aangepast',
    body: 'Ik heb uw gegevens aangepast. U krijgt er nog een bevestiging van per e-mail.',
  },
  {
    teamId: 'klantcontact',
    title: 'Inloggen op Mijn Dossier',
    body: 'U logt in op Mijn Dossier met DigiD. Lukt het niet? Bel ons, dan zetten we uw account voor u klaar.',
  },
];
