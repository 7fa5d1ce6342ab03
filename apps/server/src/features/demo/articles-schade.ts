import { article, type DemoArticle } from './article-kit.js';

/** Articles about reporting damage, the opname and what follows it, in the organisation's own terms. */
export const SCHADE_ARTICLES: DemoArticle[] = [
  article(
    'nl',
    'kb-schade-melden',
    'Schade melden: zo doet u een schademelding',
    ['schademelding', 'schade', 'melden'],
    `Ziet u nieuwe scheuren in uw muren, of is er andere schade aan uw huis die door bodembeweging kan komen? Doe dan een schademelding bij Herstelbureau Noord. Een schademelding is gratis en verplicht u tot niets.

    U doet een schademelding het snelst via Mijn Dossier. U kunt ook bellen met ons algemene nummer of het papieren formulier opsturen. Wij vragen u om:
    - uw naam, adres en telefoonnummer;
    - een korte omschrijving van de schade en waar in het huis die zit;
    - foto's van de schade, als dat kan;
    - de datum waarop u de schade zag.

    Na uw schademelding krijgt u binnen vijf werkdagen een bevestiging met een dossiernummer. Bewaar dit nummer goed. U heeft het nodig als u contact met ons opneemt.

    Daarna plannen wij een opname. Een deskundige komt dan bij u thuis om de schade te bekijken. U hoort binnen zes weken wanneer de opname is.

    Is de situatie gevaarlijk, bijvoorbeeld omdat een muur los lijkt te staan? Wacht dan niet. Meld een acuut onveilige situatie (AOS) via ons spoednummer. Dat kan dag en nacht.

    Woont u in een huurhuis? Dan mag u zelf de schademelding doen. Laat het ook weten aan uw verhuurder.`,
  ),
  article(
    'nl',
    'kb-opname',
    'Wat gebeurt er bij de opname van uw schade?',
    ['opname', 'schade', 'deskundige'],
    `Na uw schademelding komt er een deskundige van Herstelbureau Noord bij u thuis. Dat noemen wij de opname. Tijdens de opname bekijkt de deskundige alle schade die u heeft gemeld. Ook kijkt hij of zij naar schade die u misschien zelf nog niet heeft gezien.

    De opname duurt meestal een tot drie uur. Dat hangt af van de grootte van uw huis en de hoeveelheid schade. De deskundige maakt foto's, meet scheuren op en stelt u vragen. Bijvoorbeeld: wanneer zag u de schade voor het eerst? Is er eerder iets aan hersteld?

    Het is fijn als u er zelf bij bent. U mag ook iemand meenemen die u helpt, zoals een familielid of buurman. Zorg dat alle ruimtes bereikbaar zijn, ook de zolder, de kruipruimte en de schuur.

    Binnen acht weken na de opname krijgt u het opnamerapport. Daarin staat welke schade er is, wat de oorzaak volgens de deskundige is en wat het herstel kost. Daarna neemt Herstelbureau Noord een besluit over de vergoeding.

    Bent u het niet eens met het opnamerapport? Dan kunt u contra-expertise aanvragen. Een eigen deskundige kijkt dan nog een keer naar uw schade.`,
  ),
  article(
    'nl',
    'kb-opname-voorbereiden',
    'De opname voorbereiden: een checklist',
    ['opname', 'voorbereiden', 'checklist'],
    `Een goede voorbereiding maakt de opname korter en vollediger. Met deze checklist weet u wat u kunt doen voordat de deskundige komt.

    Een week van tevoren:
    - Zoek uw dossiernummer op. U vindt het in de bevestiging van uw schademelding en in Mijn Dossier.
    - Schrijf op waar u schade ziet, per kamer. Noteer ook wanneer u het zag.
    - Verzamel foto's van de schade, zeker van schade die u al heeft laten herstellen.
    - Zoek oude rekeningen van herstel en een bouwtekening van uw huis op, als u die heeft.

    Op de dag zelf:
    - Maak de muren bij de schade vrij. Schuif kasten en bedden een stukje naar voren.
    - Zorg dat de zolder, de kruipruimte en de meterkast open zijn.
    - Houd huisdieren apart.

    Heeft u vragen tijdens de opname? Stel ze gerust. De deskundige legt uit wat hij of zij doet. U mag om een kopie van de aantekeningen vragen.

    Kan de afspraak niet doorgaan? Verzet de opname dan minstens twee werkdagen van tevoren. Dat kan in Mijn Dossier of telefonisch. Zo kunnen wij de tijd aan een andere bewoner geven.`,
  ),
  article(
    'nl',
    'kb-opnamerapport',
    'Het opnamerapport lezen en begrijpen',
    ['opnamerapport', 'opname', 'zienswijze'],
    `Na de opname krijgt u een opnamerapport. Hierin beschrijft de deskundige de schade aan uw huis. Het rapport kan lang en technisch zijn. Op deze pagina leggen wij uit wat erin staat.

    Het rapport heeft vier delen:
    1. Uw gegevens en de datum van de opname.
    2. Een lijst van alle schades. Elke schade heeft een nummer, een foto en een plek in het huis.
    3. De oorzaak. Per schade staat er of de deskundige denkt dat die door bodembeweging komt, of door iets anders, zoals krimp of ouderdom.
    4. De herstelkosten. Per schade staat wat het herstel kost volgens de deskundige.

    Lees het rapport rustig door. Controleer of alle schade die u heeft gemeld erin staat. Staat er iets niet goed in, zoals een verkeerde kamer of een ontbrekende scheur? Laat het ons binnen zes weken weten. Dat heet een zienswijze. Wij passen het rapport dan aan of leggen uit waarom niet.

    Bent u het met de conclusie niet eens? Dan kunt u contra-expertise aanvragen, of later bezwaar maken tegen het besluit.

    Uw bewonersbegeleider kan het rapport met u doorlopen. Maak daarvoor een afspraak.`,
  ),
  article(
    'nl',
    'kb-contra-expertise',
    'Contra-expertise: een eigen deskundige inschakelen',
    ['contra-expertise', 'opnamerapport', 'deskundige'],
    `Bent u het niet eens met het opnamerapport? Dan mag u een eigen deskundige vragen om uw schade ook te beoordelen. Dat heet contra-expertise.

    Hoe werkt het?
    U kiest zelf een deskundige. Dat moet iemand zijn met kennis van schade door bodembeweging. Op onze website staat een lijst van bureaus die dit werk vaak doen, maar u mag ook een ander kiezen.

    Uw deskundige bekijkt uw huis en het opnamerapport. Daarna schrijft hij of zij een eigen rapport. Dat stuurt u binnen drie maanden na het opnamerapport naar ons. Wij leggen beide rapporten naast elkaar. Is er een verschil? Dan overleggen de twee deskundigen. Komen zij er samen niet uit, dan beslist een onafhankelijke derde deskundige.

    Wat kost het?
    Herstelbureau Noord vergoedt de kosten van contra-expertise tot een redelijk bedrag. Vraag vooraf een offerte en stuur die naar ons. Dan weet u zeker welke kosten wij betalen. De vergoeding valt onder de vergoeding bijkomende kosten.

    Let op: contra-expertise is iets anders dan bezwaar. Bij contra-expertise gaat het om het rapport. Bij bezwaar gaat het om ons besluit.`,
  ),
  article(
    'nl',
    'kb-acuut-onveilig',
    'Acuut onveilige situatie (AOS) melden',
    ['acuut onveilige situatie', 'AOS', 'spoed', 'veiligheid'],
    `Een acuut onveilige situatie (AOS) is een situatie waarin u of anderen direct gevaar lopen door schade aan uw huis. Bijvoorbeeld:
    - een muur, schoorsteen of gevel die los lijkt te zitten of scheef hangt;
    - een plafond dat doorbuigt of waar stukken uit vallen;
    - een gaslucht na een beving;
    - een deur of raam dat niet meer open kan, zodat u het huis niet uit kunt.

    Meld een AOS direct via ons spoednummer 0800 000 1234. Dit nummer is dag en nacht bereikbaar, ook in het weekend. Ruikt u gas? Bel dan eerst 112 en daarna ons.

    Wat gebeurt er na uw melding?
    Binnen vier uur komt er een deskundige bij u. Die kijkt of uw huis veilig is. Zo nodig zorgen wij meteen voor stutten of een afzetting. Kunt u niet in uw huis blijven? Dan regelen wij dezelfde dag een overnachting elders, en daarna zo snel mogelijk een wisselwoning.

    Na de AOS-melding maken wij ook een gewone schademelding voor u aan. U hoeft dat niet zelf te doen.

    Twijfelt u of uw situatie acuut onveilig is? Bel ons dan toch. Wij denken liever één keer te veel mee dan één keer te weinig.`,
  ),
  article(
    'nl',
    'kb-vaste-schadevergoeding',
    'De vaste schadevergoeding',
    ['vaste schadevergoeding', 'schade', 'vergoeding'],
    `Heeft u weinig schade en wilt u snel duidelijkheid? Dan kunt u kiezen voor de vaste schadevergoeding. U krijgt dan één keer 5.000 euro, zonder uitgebreide opname.

    Voor wie?
    De vaste schadevergoeding is er voor eigenaren en huurders van een woning in ons werkgebied. U kunt er één keer per adres gebruik van maken. Heeft u eerder een vaste schadevergoeding gekregen voor hetzelfde adres? Dan kan het niet nog een keer.

    Hoe werkt het?
    U vraagt de vaste schadevergoeding aan in Mijn Dossier. U stuurt foto's van de schade mee. Een deskundige beoordeelt de foto's op afstand. Binnen vier weken hoort u of u de vergoeding krijgt. Het geld staat daarna binnen twee weken op uw rekening.

    Goed om te weten
    - Kiest u voor de vaste schadevergoeding? Dan kunt u voor dezelfde schade geen opname meer aanvragen.
    - Krijgt u later nieuwe schade? Dan mag u die wel gewoon melden.
    - Twijfelt u of dit de beste keuze is? Uw bewonersbegeleider rekent samen met u uit wat u met een volledige opname zou kunnen krijgen.

    De vaste schadevergoeding verving in 2023 een oudere regeling. Heeft u die regeling al gebruikt? Dan telt die mee als eerdere vaste schadevergoeding.`,
  ),
  article(
    'nl',
    'kb-stuwmeerregeling',
    'De stuwmeerregeling voor oudere schademeldingen',
    ['stuwmeerregeling', 'schademelding', 'regeling'],
    `Sommige bewoners wachten al lang op een besluit over hun schade. Voor schademeldingen van vóór 1 januari 2023 die nog niet zijn afgehandeld, is er de stuwmeerregeling.

    Wat houdt de stuwmeerregeling in?
    Met de stuwmeerregeling handelen wij uw schademelding sneller af. U kiest uit twee mogelijkheden:
    1. Een vergoeding op basis van het opnamerapport dat er al ligt, ook als dat rapport ouder is.
    2. Een nieuwe opname, waarna wij binnen zes maanden een besluit nemen.

    Voor wie?
    - U deed uw schademelding vóór 1 januari 2023.
    - Er is nog geen besluit over uw schade.
    - U heeft zich vóór 1 juli 2026 aangemeld voor de regeling. Na die datum blijft uw melding gewoon in behandeling, maar via de normale route.

    Hoe meldt u zich aan?
    Heeft u recht op de stuwmeerregeling? Dan heeft u van ons een brief gekregen met een aanmeldcode. Gebruik die code in Mijn Dossier. Kwijt? Bel ons dan, wij sturen een nieuwe code.

    Wat als u al bezwaar heeft gemaakt?
    Dan kunt u toch meedoen. Uw bezwaar wordt dan stilgezet zolang de regeling loopt.`,
  ),
  article(
    'nl',
    'kb-schade-herstellen',
    'Schade laten herstellen of zelf herstellen',
    ['herstel', 'uitbetaling', 'aannemer'],
    `Na ons besluit over uw schade kiest u hoe de schade wordt hersteld. Er zijn twee mogelijkheden.

    Herstel door een aannemer van Herstelbureau Noord
    Wij sturen een aannemer die de schade herstelt. U betaalt niets. De aannemer neemt contact met u op om een datum te plannen. Na het herstel controleert een deskundige of het werk goed is gedaan. Pas als u tevreden bent, tekent u voor de afronding.

    Uitbetaling en zelf herstellen
    U kunt ook kiezen voor uitbetaling van de herstelkosten. U regelt het herstel dan zelf, met een eigen aannemer of zelf. U bent vrij om het geld anders te besteden, maar dan is de schade niet hersteld. Meldt u later schade op dezelfde plek? Dan kunnen wij die niet opnieuw vergoeden.

    Welke keuze past bij u?
    - Wilt u zo min mogelijk zelf regelen? Kies dan herstel door onze aannemer.
    - Heeft u een vaste aannemer die u vertrouwt? Dan past uitbetaling misschien beter.

    Laat uw keuze binnen vier weken na het besluit weten in Mijn Dossier. Twijfelt u? Bel uw bewonersbegeleider. Hij of zij helpt u de keuze te maken.`,
  ),
  article(
    'nl',
    'kb-herbeoordeling',
    'Herbeoordeling van uw schade',
    ['herbeoordeling', 'schade', 'besluit'],
    `Soms verandert de schade aan uw huis nadat wij een besluit hebben genomen. Een scheur wordt groter, of er komen nieuwe scheuren bij op dezelfde plek. Dan kunt u een herbeoordeling aanvragen.

    Bij een herbeoordeling komt er opnieuw een deskundige bij u langs. Die kijkt of de schade erger is geworden sinds de vorige opname. Is dat zo? Dan past Herstelbureau Noord het besluit aan, en krijgt u een aanvulling op de vergoeding.

    Wanneer vraagt u een herbeoordeling aan?
    - De schade is duidelijk erger dan in het opnamerapport staat.
    - Het herstel is nog niet gedaan, of het herstel is binnen twee jaar opnieuw kapot gegaan.
    - Het besluit is niet ouder dan vijf jaar.

    Is de schade nieuw en op een andere plek? Doe dan een nieuwe schademelding.

    Wat is het verschil met bezwaar?
    Bij bezwaar vindt u dat ons besluit destijds niet klopte. Bij een herbeoordeling klopte het besluit wel, maar is de situatie veranderd.

    Een herbeoordeling vraagt u aan in Mijn Dossier, onder het tabblad 'Mijn schade'. Voeg nieuwe foto's toe en vermeld de datum van de vorige opname. Een herbeoordeling kost u niets.`,
  ),
  article(
    'nl',
    'kb-nieuwe-schade',
    'Nieuwe schade na een eerdere schademelding',
    ['schademelding', 'herbeoordeling', 'nieuwe schade'],
    `Heeft u al eerder schade gemeld en ziet u nu nieuwe schade? Dan hangt het van de situatie af wat u doet.

    Is uw eerdere schademelding nog in behandeling?
    Dan voegen wij de nieuwe schade toe aan uw lopende dossier. Geef de nieuwe schade door in Mijn Dossier onder 'Schade aanvullen'. Is de opname al gepland? Dan neemt de deskundige de nieuwe schade meteen mee.

    Is er al een besluit over uw eerdere schade?
    - Zit de nieuwe schade op een andere plek? Doe dan een nieuwe schademelding.
    - Is dezelfde schade erger geworden? Vraag dan een herbeoordeling aan.

    Na een beving
    Na een zware beving krijgen wij veel meldingen tegelijk. Wij behandelen eerst de acuut onveilige situaties. Daarna plannen wij de opnames op volgorde van melding. U hoeft niet te bellen om uw plek te houden: uw melding staat vast.

    Maak altijd foto's
    Maak foto's van nieuwe schade zodra u die ziet, met iets erbij dat de grootte laat zien, zoals een muntstuk of een duimstok. Zet de datum erbij. Zo kan de deskundige later goed zien hoe de schade zich heeft ontwikkeld.`,
  ),
  article(
    'nl',
    'kb-beving-middelwier',
    'Beving bij Middelwier op 14 augustus 2026: wat nu?',
    ['beving', 'schademelding', 'acuut onveilige situatie', 'nieuws'],
    `Op 14 augustus 2026 was er een beving bij Middelwier met een kracht van 3,1. Veel bewoners in de omgeving hebben de beving gevoeld. Op deze pagina leest u wat u nu kunt doen.

    Is uw huis nog veilig?
    Ziet u grote nieuwe scheuren, hangt er iets scheef of valt er pleister naar beneden? Meld dan een acuut onveilige situatie (AOS) via het spoednummer 0800 000 1234. Wij komen binnen vier uur.

    Kleinere schade
    Doe een schademelding via Mijn Dossier. Door de drukte na de beving duurt het plannen van de opname langer dan normaal. Wij verwachten dat alle opnames vóór 1 maart 2027 zijn gedaan. U krijgt van ons bericht wanneer uw opname is gepland.

    Extra openingstijden
    Tot het einde van het jaar is ons informatiepunt in Middelwier ook op zaterdag open, van 10.00 tot 14.00 uur. U kunt daar zonder afspraak binnenlopen met vragen.

    Zorgen en onrust
    Een beving kan veel onrust geven, zeker als u al eerder schade had. Wilt u erover praten? Neem dan contact op met onze bewonersondersteuning. Dat is gratis.

    Wij houden deze pagina bij met het laatste nieuws.`,
  ),
];
