import { article, type DemoArticle } from './article-kit.js';

/** Articles about objections, complaints and how to reach and deal with the organisation. */
export const SERVICE_ARTICLES: DemoArticle[] = [
  article(
    'nl',
    'kb-bezwaar',
    'Bezwaar maken tegen een besluit',
    ['bezwaar', 'besluit', 'termijn'],
    `Bent u het niet eens met een besluit van Herstelbureau Noord? Dan kunt u bezwaar maken. Wij kijken dan opnieuw naar uw zaak, met mensen die niet bij het eerste besluit betrokken waren.

    Binnen zes weken
    U maakt bezwaar binnen zes weken na de datum van het besluit. Die datum staat bovenaan de brief. Bent u te laat? Leg dan uit waarom. Soms nemen wij het bezwaar toch in behandeling.

    Wat zet u erin?
    - Uw naam, adres en dossiernummer.
    - Welk besluit het gaat om.
    - Waarom u het er niet mee eens bent.
    - Uw handtekening.
    U mag het kort houden. Stukken die uw verhaal ondersteunen, zoals foto's of het rapport van een eigen deskundige, kunt u later nasturen.

    Hoe dient u het in?
    Via Mijn Dossier, onder 'Bezwaar maken', of per brief. Binnen een week krijgt u een bevestiging.

    Het gesprek
    Meestal nodigen wij u uit voor een gesprek, thuis of op kantoor. U vertelt dan in uw eigen woorden waarom u het niet eens bent. U mag iemand meenemen.

    Hulp
    Wilt u hulp bij uw bezwaar? Een onafhankelijk bewonersadviseur kan u gratis helpen. Ook de kosten van een eigen advocaat kunnen vergoed worden.`,
  ),
  article(
    'nl',
    'kb-bezwaar-termijn',
    'Hoe lang duurt een bezwaar?',
    ['bezwaar', 'termijn', 'beslissing op bezwaar'],
    `Nadat u bezwaar heeft gemaakt, wilt u weten wanneer u een uitkomst krijgt. Op deze pagina leest u de termijnen.

    De stappen
    1. Bevestiging: binnen een week na uw bezwaar.
    2. Gesprek: meestal binnen acht weken. Soms vragen wij eerst een deskundige om advies.
    3. Beslissing op bezwaar: binnen twaalf weken na het einde van de termijn om bezwaar te maken. Wij mogen dit één keer met zes weken verlengen. Dan laten wij u dat weten, met de reden.

    Wat als het langer duurt?
    Heeft u na de termijn nog geen beslissing? Stuur ons dan een brief of bericht waarin u ons in gebreke stelt. Beslissen wij daarna niet binnen twee weken, dan kunt u een dwangsom krijgen.

    Wat gebeurt er met betalingen?
    Het deel van de vergoeding waarover geen discussie is, betalen wij alvast uit. U hoeft niet te wachten tot het bezwaar klaar is.

    Na de beslissing
    Bent u het ook met de beslissing op bezwaar niet eens? Dan kunt u naar de rechter. Dit staat in de brief met de beslissing, met de termijn die daarvoor geldt. Een onafhankelijk bewonersadviseur kan u ook daarbij gratis helpen.

    U ziet de stand van uw bezwaar in Mijn Dossier onder 'Mijn bezwaren'.`,
  ),
  article(
    'nl',
    'kb-klacht',
    'Een klacht indienen',
    ['klacht', 'ontevreden', 'dienstverlening'],
    `Bent u niet tevreden over hoe wij u hebben behandeld? Bijvoorbeeld omdat een medewerker onvriendelijk was, wij een afspraak niet nakwamen of u te lang op een antwoord wachtte? Dan kunt u een klacht indienen.

    Een klacht gaat over hoe wij met u omgaan. Gaat het om de inhoud van een besluit, zoals de hoogte van een vergoeding? Dan maakt u bezwaar.

    Hoe dient u een klacht in?
    - Via het klachtenformulier in Mijn Dossier.
    - Per telefoon: wij schrijven uw klacht dan voor u op.
    - Per brief.
    Vertel wat er is gebeurd, wanneer, en met wie u contact had als u dat weet. Schrijf ook op wat u van ons verwacht.

    Wat gebeurt er daarna?
    Binnen vijf werkdagen belt een klachtbehandelaar u. Die was niet betrokken bij wat er misging. Vaak lossen wij het in dat gesprek al op. Lukt dat niet, dan krijgt u binnen zes weken een schriftelijk antwoord.

    Wij leren van klachten
    Elke maand bespreken wij de klachten met de directie. Wat wij veranderen naar aanleiding van klachten, leest u op onze pagina 'Wat wij met uw klachten doen'.

    Niet tevreden over de afhandeling?
    Dan kunt u terecht bij de ombudsman. Die is onafhankelijk en gratis.`,
  ),
  article(
    'nl',
    'kb-bewonersbegeleider',
    'Uw bewonersbegeleider: één vast aanspreekpunt',
    ['bewonersbegeleider', 'contact', 'aanspreekpunt'],
    `Iedere bewoner met een lopend dossier bij Herstelbureau Noord krijgt een bewonersbegeleider. Dat is uw vaste aanspreekpunt, van de eerste melding tot het einde.

    Wat doet uw bewonersbegeleider?
    - Legt uit wat er gaat gebeuren en wanneer.
    - Bespreekt rapporten en besluiten met u aan de keukentafel.
    - Regelt dingen met collega's, zodat u uw verhaal niet steeds opnieuw hoeft te vertellen.
    - Laat het u weten als de planning verandert, ook als het nieuws niet goed is.
    - Belt u terug binnen twee werkdagen als u een bericht achterlaat.

    Hoe bereikt u uw bewonersbegeleider?
    De naam en het directe telefoonnummer staan in Mijn Dossier, op de eerste pagina. U kunt ook een bericht sturen via Mijn Dossier. Is uw bewonersbegeleider afwezig? Dan neemt een vaste collega het over. U hoort wie dat is.

    Klikt het niet?
    Het is belangrijk dat u zich prettig voelt bij uw bewonersbegeleider. Gaat het niet goed? Dan kunt u om een andere bewonersbegeleider vragen. U hoeft daar geen reden voor te geven.

    Sinds 2024 werken wij met bewonersbegeleiders. Zij hebben meer tijd per bewoner en minder dossiers dan voorheen.`,
  ),
  article(
    'nl',
    'kb-mijn-dossier',
    'Inloggen op Mijn Dossier',
    ['Mijn Dossier', 'inloggen', 'DigiD'],
    `Mijn Dossier is uw persoonlijke pagina bij Herstelbureau Noord. Hier ziet u alles over uw schade, versterking en vergoedingen op één plek.

    Wat kunt u in Mijn Dossier?
    - De stand van uw dossier en de volgende stap bekijken.
    - Een schademelding doen of schade aanvullen.
    - Rapporten en brieven lezen en downloaden.
    - Afspraken bekijken en verzetten.
    - Uw gegevens en rekeningnummer wijzigen.
    - Een bericht sturen aan uw bewonersbegeleider.

    Inloggen
    U logt in met DigiD. Heeft u geen DigiD? Vraag dan een inlogcode per post aan via ons telefoonnummer. U krijgt die binnen vijf werkdagen.

    Lukt inloggen niet?
    - Controleer of u de laatste versie van uw browser gebruikt.
    - Werkt DigiD bij andere websites wel? Dan ligt het mogelijk aan ons. Kijk op onze storingspagina.
    - Ziet u de melding 'Geen dossier gevonden'? Dan is uw dossier nog niet aan uw DigiD gekoppeld. Bel ons, wij regelen het.

    Regelt iemand anders uw zaken?
    Dan kan die persoon met een machtiging met de eigen DigiD inloggen en namens u handelen.

    Mijn Dossier werkt ook op uw telefoon. Sinds maart 2025 heeft u daar niets extra's voor nodig; u gebruikt gewoon de browser.`,
  ),
  article(
    'nl',
    'kb-machtiging',
    'Iemand machtigen om uw zaken te regelen',
    ['machtiging', 'familie', 'formulier'],
    `Wilt u dat iemand anders uw zaken met Herstelbureau Noord regelt? Bijvoorbeeld uw zoon, dochter, buurman of een adviseur? Dan geeft u die persoon een machtiging.

    Wat mag iemand met een machtiging?
    Met een machtiging mag de ander namens u:
    - met ons bellen en mailen over uw dossier;
    - inloggen op Mijn Dossier met de eigen DigiD;
    - formulieren invullen en afspraken maken.
    U kunt ook kiezen voor een beperkte machtiging, bijvoorbeeld alleen om mee te lezen.

    Hoe regelt u een machtiging?
    Vul het machtigingsformulier in. U vindt het in Mijn Dossier en op onze website. U tekent het formulier allebei. Stuur een kopie van het legitimatiebewijs van u allebei mee; het burgerservicenummer mag u afdekken. Binnen vijf werkdagen is de machtiging actief.

    Kan de bewoner zelf niet meer tekenen?
    Is er een bewindvoerder, mentor of curator? Stuur dan het besluit van de rechter mee. Dan is geen handtekening van de bewoner nodig.

    Stoppen
    U kunt een machtiging altijd intrekken, via Mijn Dossier of door ons te bellen.

    Let op: tot de machtiging actief is, mogen wij geen informatie over uw dossier geven aan iemand anders. Dat is voor uw eigen bescherming.`,
  ),
  article(
    'nl',
    'kb-gegevens-wijzigen',
    'Uw gegevens wijzigen',
    ['gegevens', 'wijzigen', 'telefoonnummer', 'e-mailadres'],
    `Kloppen uw gegevens niet meer, bijvoorbeeld omdat u een nieuw telefoonnummer of e-mailadres heeft? Geef het ons door. Zo kunnen wij u altijd bereiken over uw dossier.

    Wat kunt u zelf wijzigen?
    In Mijn Dossier, onder 'Mijn gegevens', wijzigt u:
    - uw telefoonnummer;
    - uw e-mailadres;
    - hoe u het liefst bericht krijgt: per e-mail, sms, brief of telefoon;
    - uw taal: Nederlands of Engels.

    Wat kunt u niet zelf wijzigen?
    - Uw naam en adres. Die halen wij uit de gegevens van de gemeente. Zijn die niet goed? Neem contact op met uw gemeente.
    - De eigenaren van het huis. Is het huis verkocht of is er een eigenaar overleden? Bel ons dan. Wij helpen u met de stappen.
    - Uw rekeningnummer. Daarvoor geldt een extra controle.

    Verhuist u?
    Verhuist u voorgoed naar een ander adres terwijl uw dossier nog loopt? Laat het ons weten. Het dossier blijft bij het huis, maar de vergoedingen die al aan u zijn toegekend, blijven van u.

    Ouder worden of ziek?
    Wordt het moeilijk om zelf uw zaken te regelen? Geef dan iemand een machtiging. Die persoon kan dan met ons bellen, formulieren invullen en afspraken maken.`,
  ),
  article(
    'nl',
    'kb-afspraak-verzetten',
    'Een afspraak verzetten of afzeggen',
    ['afspraak verzetten', 'afspraak', 'planning'],
    `Kunt u niet op een afspraak met ons of met de aannemer? Laat het ons zo snel mogelijk weten. Dan kunnen wij de tijd aan een andere bewoner geven.

    Verzetten in Mijn Dossier
    Onder 'Mijn afspraken' ziet u al uw afspraken. Klik op 'Verzetten' en kies een nieuwe datum uit de vrije tijden. U krijgt direct een bevestiging per e-mail of sms.

    Verzetten per telefoon
    Bel ons tijdens kantoortijd. Houd uw dossiernummer bij de hand.

    Hoe laat?
    Verzet een afspraak minstens twee werkdagen van tevoren. Lukt dat niet, bijvoorbeeld omdat u ziek bent? Bel ons dan zo snel mogelijk, ook op de dag zelf.

    Afspraken met de aannemer
    Afspraken over de uitvoering maakt u met de uitvoerder van de aannemer. Verzet die ook bij de uitvoerder. Het nummer staat in de brief over de start van het werk.

    Afzeggen zonder nieuwe datum
    Wilt u een opname of ander bezoek voorlopig niet? Dan zetten wij uw dossier in overleg stil. Uw bewonersbegeleider bespreekt met u wat dat betekent voor de planning.

    Wat als wij een afspraak verzetten?
    Moeten wij een afspraak verzetten, dan bellen wij u minstens drie werkdagen van tevoren, en bieden wij meteen een nieuwe datum aan.`,
  ),
  article(
    'nl',
    'kb-contact',
    'Contact en openingstijden',
    ['contact', 'openingstijden', 'telefoon', 'informatiepunt'],
    `Heeft u een vraag? Kijk eerst in het helpcentrum; veel antwoorden staan hier. Vindt u het antwoord niet? Neem dan contact met ons op.

    Telefoon
    Ons algemene nummer is 0800 000 4321 (gratis). Wij zijn bereikbaar op werkdagen van 8.00 tot 20.00 uur en op zaterdag van 10.00 tot 14.00 uur.

    Spoed
    Bij een acuut onveilige situatie belt u 0800 000 1234. Dit nummer is dag en nacht bereikbaar.

    Chat en berichten
    Via de chat op onze website krijgt u op werkdagen van 8.00 tot 17.00 uur antwoord van een medewerker. In Mijn Dossier kunt u altijd een bericht sturen aan uw bewonersbegeleider.

    Informatiepunten
    U kunt zonder afspraak langskomen bij onze informatiepunten in Middelwier, Harkezijl en Tjaarsum. Zij zijn open op dinsdag en donderdag van 9.00 tot 16.00 uur. Daar kunt u ook hulp krijgen bij formulieren.

    Post
    Herstelbureau Noord, Postbus 4100, 9899 ZZ Middelwier. Zet altijd uw dossiernummer in uw brief.

    Andere talen
    Wij helpen u ook in het Engels. Wilt u in een andere taal geholpen worden? Neem dan iemand mee die voor u kan vertalen, of vraag ons om een tolk.`,
  ),
  article(
    'nl',
    'kb-bewonersondersteuning',
    'Bewonersondersteuning: hulp als het u te veel wordt',
    ['bewonersondersteuning', 'zorgen', 'hulp'],
    `Schade, onzekerheid en lang wachten kunnen zwaar zijn. Veel bewoners slapen slecht, maken zich zorgen over hun huis of hebben thuis vaker ruzie dan vroeger. Dat is begrijpelijk. U hoeft er niet alleen mee te blijven zitten.

    Wat is bewonersondersteuning?
    Bewonersondersteuning is gratis hulp van onafhankelijke begeleiders. Zij werken niet voor Herstelbureau Noord en vertellen ons niets zonder uw toestemming. U kunt bij hen terecht voor:
    - een gesprek over uw zorgen en spanning;
    - hulp bij het ordenen van brieven en het maken van keuzes;
    - een verwijzing naar een huisarts of andere hulp als dat nodig is.

    Hoe werkt het?
    U belt of mailt de bewonersondersteuning. Binnen een week komt er iemand bij u thuis, of u spreekt af op een andere plek. Het aantal gesprekken is niet beperkt.

    Voor wie?
    Voor iedereen in het gebied, ook voor kinderen en jongeren. Er zijn begeleiders die speciaal met kinderen werken.

    Zorgen over iemand anders?
    Maakt u zich zorgen over een buurman of familielid? U kunt ook voor een ander contact opnemen.

    Meteen hulp nodig?
    Gaat het nu echt niet meer? Wacht dan niet tot er een afspraak is, maar bel uw huisarts of, buiten kantoortijd, de huisartsenpost.`,
  ),
];
