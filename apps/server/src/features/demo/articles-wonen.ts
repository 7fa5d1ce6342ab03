import { article, type DemoArticle } from './article-kit.js';

/** Articles about living elsewhere during the works: the wisselwoning, moving, storage, the garden. */
export const WONEN_ARTICLES: DemoArticle[] = [
  article(
    'nl',
    'kb-wisselwoning',
    'De wisselwoning: tijdelijk ergens anders wonen',
    ['wisselwoning', 'verhuizen', 'versterking'],
    `Soms kunt u tijdens de versterking of een groot herstel niet in uw eigen huis blijven. Dan biedt Herstelbureau Noord u een wisselwoning aan. Dat is een volledig ingerichte woning waar u woont zolang het werk duurt.

    Wat voor woning is het?
    Een wisselwoning kan een geschikte bestaande woning in uw dorp zijn, of een nieuw gebouwde woning in een van onze wisselwoningparken. Wij zoeken een woning die past bij de grootte van uw gezin en, als het kan, in uw eigen dorp of wijk.

    Wat zit erin?
    Een wisselwoning heeft een keuken met apparatuur, bedden, een bank, een tafel met stoelen en gordijnen. U neemt zelf uw kleding, beddengoed en persoonlijke spullen mee.

    Wat kost het?
    U betaalt geen huur voor de wisselwoning. De kosten voor energie en water betaalt u zelf, net als thuis. Uw vaste lasten thuis, zoals de hypotheek, lopen gewoon door.

    Hoe lang?
    De gemiddelde verblijfsduur is negen maanden. Uw bewonersbegeleider houdt u op de hoogte van de planning.

    Wanneer hoort u het?
    Is een wisselwoning nodig, dan hoort u dat bij het bouwplan. Ongeveer drie maanden voor de start van het werk krijgt u een adres en kunt u de woning bekijken.`,
  ),
  article(
    'nl',
    'kb-wisselwoning-regels',
    'Wonen in een wisselwoning: afspraken en onderhoud',
    ['wisselwoning', 'onderhoud', 'storing'],
    `Woont u in een wisselwoning? Dan gelden er een paar afspraken. Zo blijft de woning goed voor u en voor de bewoners na u.

    Onderhoud en storingen
    Heeft u een storing, zoals een lekkage of een kapotte verwarming? Meld het bij de beheerder van het wisselwoningpark. Het nummer staat op de kaart in de meterkast. Bij een storing buiten kantoortijd belt u ons spoednummer.

    Vocht en ventilatie
    Wisselwoningen zijn goed geïsoleerd. Zet de ventilatie daarom altijd aan en laat de roosters boven de ramen open. Dat voorkomt vocht en schimmel, vooral in de winter. Ziet u toch schimmel? Meld het dan meteen.

    Huisdieren
    Huisdieren zijn welkom in de meeste wisselwoningen. Geef wel vooraf door welke dieren u meeneemt.

    Post en adres
    Laat uw post doorsturen naar de wisselwoning. U blijft ingeschreven op uw eigen adres bij de gemeente.

    Terug naar huis
    Na de oplevering van uw eigen huis heeft u twee weken om de wisselwoning leeg en schoon achter te laten. Samen met de beheerder loopt u de woning door.

    Niet tevreden met uw wisselwoning?
    Bespreek het met uw bewonersbegeleider. Soms is een andere woning mogelijk, bijvoorbeeld als u slecht ter been bent en de woning trappen heeft.`,
  ),
  article(
    'nl',
    'kb-verhuiskostenvergoeding',
    'Verhuiskostenvergoeding',
    ['verhuiskostenvergoeding', 'verhuizen', 'wisselwoning'],
    `Moet u voor de versterking of een groot herstel tijdelijk verhuizen? Dan krijgt u een verhuiskostenvergoeding. Zo hoeft u zelf niet op te draaien voor de kosten van het verhuizen.

    Hoeveel is de vergoeding?
    U krijgt twee keer een verhuiskostenvergoeding van 1.500 euro: één keer voor de verhuizing naar de wisselwoning en één keer voor de verhuizing terug naar huis. Daarnaast betalen wij een verhuisbedrijf als u dat wilt.

    Wat valt eronder?
    - Inpakmateriaal zoals dozen en tape.
    - Het los- en vastmaken van lampen, gordijnen en apparaten.
    - Het omzetten van internet en tv.
    - Kleine spullen die u voor de wisselwoning moet kopen.

    Hoe krijgt u de vergoeding?
    U hoeft niets aan te vragen. De eerste vergoeding staat ongeveer vier weken voor de verhuizing op uw rekening. De tweede vergoeding volgt na de oplevering. Controleer wel of uw rekeningnummer in Mijn Dossier klopt.

    Heeft u meer kosten?
    Zijn uw kosten hoger, bijvoorbeeld omdat u een piano of een grote verzameling heeft? Dan kunt u die kosten opgeven via de vergoeding bijkomende kosten. Bewaar daarvoor uw bonnen en facturen.`,
  ),
  article(
    'nl',
    'kb-inboedelopslag',
    'Opslag van uw inboedel',
    ['inboedelopslag', 'verhuizen', 'wisselwoning'],
    `Past niet al uw meubilair in de wisselwoning? Of moet een kamer leeg voor het werk terwijl u thuis blijft wonen? Dan regelen wij inboedelopslag.

    Hoe werkt de inboedelopslag?
    Een verhuisbedrijf haalt de meubels en dozen op die u wilt laten bewaren. Alles gaat naar een droge en beveiligde opslaghal in de regio. U krijgt een lijst van wat er is opgehaald. Na het werk brengt het verhuisbedrijf alles terug.

    Wat kost het?
    Inboedelopslag is gratis zolang het werk aan uw huis duurt, plus vier weken daarna.

    Verzekering
    Uw inboedel is tijdens de opslag en het vervoer verzekerd door het verhuisbedrijf. Controleer de lijst goed bij het ophalen en bij het terugbrengen. Mist er iets of is iets beschadigd? Meld het binnen twee weken.

    Tussendoor iets ophalen
    Heeft u iets nodig uit de opslag, zoals winterkleding? Dat kan twee keer per jaar zonder kosten. Maak een afspraak met het verhuisbedrijf.

    Wat mag niet in de opslag?
    Geen etenswaren, planten, gasflessen, verf of andere brandbare middelen. Geld en waardevolle papieren bewaart u liever zelf.`,
  ),
  article(
    'nl',
    'kb-container-afval',
    'Een container voor afval en puin',
    ['container voor afval', 'puin', 'opruimen'],
    `Gaat u zelf opruimen na herstel, of ruimt u uw zolder of schuur leeg voor de versterking? Dan kunt u bij ons een container voor afval aanvragen.

    Wanneer krijgt u een container?
    - Als u voor de versterking ruimtes leeg moet maken.
    - Als u na een beving puin of kapotte spullen moet opruimen.
    - Als u kiest voor zelf herstellen en er bouwafval overblijft.

    Hoe groot is de container?
    Wij plaatsen een container van 6 kubieke meter. Dat is genoeg voor het afval van een kleine verbouwing. Heeft u meer nodig? Geef het aan bij uw aanvraag.

    Wat mag erin?
    Hout, steen, gips, metaal en grof huisvuil. Geen asbest, verf, chemisch afval of elektrische apparaten. Vermoedt u asbest, bijvoorbeeld in oude golfplaten? Meld het ons. Wij laten het veilig afvoeren door een gespecialiseerd bedrijf.

    Waar komt de container?
    Op uw eigen terrein als dat kan. Moet de container op de openbare weg staan? Dan vragen wij de toestemming bij de gemeente voor u aan.

    Kosten
    Het plaatsen, ophalen en het storten van het afval zijn gratis. U vraagt de container aan in Mijn Dossier of via uw bewonersbegeleider. Binnen tien werkdagen staat hij bij u.`,
  ),
  article(
    'nl',
    'kb-boom-kappen',
    'Vergoeding voor het kappen van een boom',
    ['kappen van een boom', 'tuin', 'vergunning'],
    `Soms moet er een boom weg voordat het werk aan uw huis kan beginnen. Bijvoorbeeld omdat de wortels bij de fundering zitten, of omdat er geen ruimte is voor de steiger. Herstelbureau Noord vergoedt dan het kappen van een boom.

    Wat vergoeden wij?
    - Het kappen en afvoeren van de boom.
    - Het verwijderen van de stronk en de wortels.
    - Een nieuwe boom of struik na afloop van het werk, tot 250 euro.

    Vergunning van de gemeente
    Voor het kappen van grotere bomen is vaak een vergunning nodig. Dat hangt af van de regels in uw gemeente. Is er een vergunning nodig? Dan vraagt de aannemer die aan. De kosten van de vergunning betalen wij.

    Kiest u zelf voor kappen?
    Wilt u een boom laten kappen die niet in de weg staat voor het werk? Dan is dat uw eigen keuze en betaalt u het zelf.

    Bomen van de buren of de gemeente
    Staat de boom niet op uw eigen grond? Dan overleggen wij met de eigenaar. U hoeft dat niet zelf te regelen.

    Hoe vraagt u het aan?
    Het kappen van een boom staat in het bouwplan als het nodig is. Staat het er niet in, maar denkt u dat het wel moet? Bespreek het dan met uw bewonersbegeleider.`,
  ),
  article(
    'nl',
    'kb-huurders',
    'Huurt u uw woning? Herstel en versterking voor huurders',
    ['huurders', 'verhuurder', 'woningcorporatie'],
    `Ook als u uw woning huurt, kunt u met ons te maken krijgen. Op deze pagina leest u wat er voor huurders anders is.

    Schade melden
    U mag zelf een schademelding doen, ook als u huurt. Laat het wel aan uw verhuurder weten. De vergoeding voor schade aan het huis gaat naar de eigenaar. Schade aan uw eigen spullen, zoals meubels of een vloer die u zelf heeft gelegd, kunt u zelf vergoed krijgen.

    Versterking
    Bij versterking maken wij afspraken met uw verhuurder. U krijgt wel een eigen bewonersbegeleider. Moet u tijdelijk verhuizen? Dan krijgt u net als eigenaren een wisselwoning en een verhuiskostenvergoeding.

    Huur tijdens het werk
    Zolang u in een wisselwoning woont, betaalt u uw gewone huur aan uw verhuurder. U betaalt geen extra huur voor de wisselwoning.

    Hinder
    Blijft u in uw huis wonen tijdens zwaar werk? Dan heeft u recht op de hindervergoeding, net als eigenaren.

    Wat geldt niet voor huurders?
    De vergoeding voor waardedaling en het verduurzamingsbudget zijn voor eigenaren. Heeft u vragen over verduurzaming? Bespreek die met uw verhuurder.

    Woningcorporatie
    Huurt u van een woningcorporatie? Dan is er vaak een bewonerscommissie die met ons meepraat. Vraag uw corporatie naar de contactgegevens.`,
  ),
];
