import { article, type DemoArticle } from './article-kit.js';

/** Articles about strengthening homes: the advice, the plan, the works and what comes after. */
export const VERSTERKING_ARTICLES: DemoArticle[] = [
  article(
    'nl',
    'kb-versterkingsadvies',
    'Het versterkingsadvies',
    ['versterkingsadvies', 'versterking', 'constructeur'],
    `Staat uw huis op de lijst voor de versterkingsopgave? Dan onderzoeken wij eerst of uw huis veilig genoeg is bij een beving. De uitkomst van dat onderzoek is het versterkingsadvies.

    Hoe komt het versterkingsadvies tot stand?
    1. Een bouwkundige komt uw huis opmeten. Hij of zij kijkt naar de muren, de vloeren, het dak en de fundering.
    2. Een constructeur rekent uit hoe uw huis zich gedraagt bij een zware beving.
    3. De constructeur schrijft het versterkingsadvies. Daarin staat of uw huis aan de veiligheidsnorm voldoet, en zo niet, welke maatregelen nodig zijn.

    Wat kan er in het advies staan?
    - Uw huis voldoet aan de norm. Er is geen versterking nodig.
    - Uw huis heeft kleine maatregelen nodig, zoals schoorsteenafname of het vastzetten van een gevel.
    - Uw huis heeft bouwkundige versterking nodig.
    - Versterken kost meer dan opnieuw bouwen. Dan bespreken wij met u de mogelijkheid van nieuwbouw.

    Hoe lang duurt het?
    Van opmeten tot advies duurt het gemiddeld vijf maanden. Uw bewonersbegeleider bespreekt het advies met u aan de keukentafel, voordat het definitief is. U mag vragen stellen en een eigen deskundige laten meekijken.`,
  ),
  article(
    'nl',
    'kb-bouwkundige-versterking',
    'Bouwkundige versterking: wat houdt het in?',
    ['bouwkundige versterking', 'versterking', 'maatregelen'],
    `Als uit het versterkingsadvies blijkt dat uw huis niet veilig genoeg is, volgt bouwkundige versterking. Wij passen uw huis dan zo aan dat het een zware beving beter doorstaat.

    Voorbeelden van maatregelen
    - Muren verbinden met vloeren en dak, met stalen ankers.
    - Een extra binnenmuur of een stalen frame plaatsen.
    - Een lichtere dakbedekking, zodat er minder gewicht bovenin zit.
    - De fundering verbreden of versterken.

    Wat merkt u ervan?
    Kleine maatregelen gebeuren terwijl u thuis blijft wonen. Bij grote maatregelen is wonen in het huis tijdelijk niet mogelijk. U verhuist dan naar een wisselwoning. De aannemer vertelt u ruim van tevoren wat er gebeurt en hoe lang het duurt.

    Wie betaalt?
    De kosten van de bouwkundige versterking betaalt Herstelbureau Noord. Ook de kosten van verhuizen en inboedelopslag worden vergoed. Wilt u tegelijk iets extra's laten doen, zoals een nieuwe keuken? Dat kan, maar die kosten zijn voor u. Soms kunt u daarvoor het verduurzamingsbudget gebruiken.

    Na de versterking
    Na afloop volgt de oplevering. Samen met de aannemer loopt u door het huis. Pas als alles in orde is, wordt het werk afgerond.`,
  ),
  article(
    'nl',
    'kb-versterking-planning',
    'De planning van de versterking: de stappen',
    ['versterking', 'planning', 'bouwplan'],
    `Versterken is een traject van meerdere jaren. Wij werken in vaste stappen, zodat u steeds weet waar u staat.

    Stap 1: Opname van de bouwkundige staat. Een bouwkundige meet uw huis op.
    Stap 2: Versterkingsadvies. Een constructeur rekent uit wat er nodig is. Dit duurt ongeveer vijf maanden.
    Stap 3: Bouwplan. De aannemer maakt een plan met tekeningen en een planning. U bespreekt het plan met uw bewonersbegeleider en tekent voor akkoord.
    Stap 4: Voorbereiding. Wij regelen zo nodig een wisselwoning, de verhuizing en de vergunningen.
    Stap 5: Uitvoering. De aannemer voert het werk uit. Dit duurt van enkele weken tot een jaar.
    Stap 6: Oplevering. U controleert samen met de aannemer het werk.

    Waarom duurt het soms langer?
    Vertraging ontstaat vaak door drukte bij aannemers, het wachten op vergunningen of extra onderzoek naar de fundering. Is uw planning veranderd? Dan hoort u dat van uw bewonersbegeleider, met de reden erbij.

    Waar ziet u uw planning?
    In Mijn Dossier staat bij elke stap de verwachte datum. Wij werken die datums bij zodra er iets verandert. Staat er een datum die al voorbij is, zonder nieuws? Neem dan contact op met uw bewonersbegeleider.`,
  ),
  article(
    'nl',
    'kb-schoorsteenafname',
    'Schoorsteenafname',
    ['schoorsteenafname', 'schoorsteen', 'dak'],
    `Een gemetselde schoorsteen kan bij een beving naar beneden vallen. Dat is gevaarlijk voor u, voor voorbijgangers en voor de buren. Daarom bieden wij schoorsteenafname aan: wij nemen het deel van de schoorsteen boven het dak af en maken het dak weer dicht.

    Voor wie?
    Schoorsteenafname is er voor huizen met een gemetselde schoorsteen die niet meer wordt gebruikt voor een open haard of kachel. Gebruikt u de schoorsteen nog wel? Dan zoeken wij samen een andere oplossing, bijvoorbeeld een lichte stalen pijp.

    Wat kost het?
    Schoorsteenafname is gratis. Ook het herstel van het dak en de binnenafwerking betalen wij.

    Hoe gaat het?
    1. U meldt zich aan in Mijn Dossier of via uw bewonersbegeleider.
    2. Een dakdekker komt kijken en maakt een afspraak met u.
    3. Het werk duurt meestal één dag. Er staat een steiger of hoogwerker bij uw huis.
    4. De dakdekker ruimt het puin op.

    Moet het?
    Schoorsteenafname is niet verplicht. Wel adviseren wij het sterk, zeker als de schoorsteen aan de straatkant staat. Wilt u de schoorsteen om uiterlijke redenen houden, bijvoorbeeld bij een monument? Dan kan een constructeur kijken of de schoorsteen veilig kan worden vastgezet.`,
  ),
  article(
    'nl',
    'kb-funderingsherstel',
    'Funderingsherstel',
    ['funderingsherstel', 'fundering', 'wisselwoning'],
    `De fundering draagt uw hele huis. Is de fundering door bodembeweging beschadigd, dan is funderingsherstel nodig. Zonder een goede fundering heeft ander herstel weinig zin.

    Hoe weet u of uw fundering schade heeft?
    Signalen zijn bijvoorbeeld:
    - deuren en ramen die klemmen;
    - scheuren die schuin oplopen, vaak vanaf de hoeken van ramen;
    - een vloer die niet meer waterpas ligt.
    Ziet u dit? Doe dan een schademelding. De deskundige kijkt bij de opname ook naar de fundering. Zo nodig graaft een specialist een proefsleuf naast uw huis.

    Wat houdt funderingsherstel in?
    Afhankelijk van de schade wordt de fundering verbreed, opgevijzeld of vervangen door een fundering op palen. Dit is zwaar werk. U kunt meestal niet in uw huis blijven wonen en krijgt een wisselwoning.

    Vergoeding
    Komt de schade aan de fundering door bodembeweging? Dan betaalt Herstelbureau Noord het funderingsherstel. Ook schade aan uw tuin, oprit en leidingen door het werk wordt hersteld.

    Doorlooptijd
    Funderingsherstel vraagt veel voorbereiding: onderzoek, een ontwerp en een vergunning. Reken op een jaar tot anderhalf jaar van onderzoek tot oplevering.`,
  ),
  article(
    'nl',
    'kb-uitvoering-aannemer',
    'De aannemer aan het werk: wat kunt u verwachten?',
    ['uitvoering', 'aannemer', 'versterking'],
    `Als de uitvoering begint, heeft u vooral contact met de aannemer. Op deze pagina leest u wat u van de aannemer mag verwachten, en wat de aannemer van u vraagt.

    Wat mag u verwachten?
    - Een vaste uitvoerder die u kent en die u kunt bellen.
    - Minstens twee weken van tevoren bericht over de startdatum.
    - Elke week een korte update: wat is er gedaan, wat gebeurt er de komende week.
    - Een opgeruimde werkplek aan het einde van elke werkdag.
    - Bescherming van vloeren, trappen en meubels die in het huis blijven.

    Wat vraagt de aannemer van u?
    - Toegang tot het huis op de afgesproken dagen.
    - Een lege werkruimte. Wij helpen met inboedelopslag als dat nodig is.
    - Een plek voor materiaal en een container voor afval.

    Gaat er iets mis?
    Ontstaat er schade door het werk, bijvoorbeeld aan uw tuin of aan meubels? Meld het eerst bij de uitvoerder. Wordt het niet opgelost? Neem dan contact op met uw bewonersbegeleider. Herstelbureau Noord blijft eindverantwoordelijk voor het werk aan uw huis.

    Na afloop vragen wij u in een korte enquête hoe het ging. Uw antwoorden helpen ons om aannemers beter te begeleiden.`,
  ),
  article(
    'nl',
    'kb-hinder-uitvoering',
    'Hinder tijdens de uitvoering',
    ['hinder tijdens de uitvoering', 'hindervergoeding', 'aannemer'],
    `Versterken en herstellen gaat niet zonder geluid, stof en drukte. Wij doen ons best om de hinder tijdens de uitvoering zo klein mogelijk te houden. Op deze pagina leest u welke afspraken er gelden.

    Werktijden
    Aannemers werken op werkdagen van 7.30 tot 17.00 uur. Zwaar werk met veel geluid, zoals slopen en boren in beton, begint niet voor 8.00 uur. In het weekend wordt niet gewerkt, behalve als het echt niet anders kan.

    Bereikbaarheid
    Uw huis moet altijd bereikbaar blijven, ook voor de hulpdiensten. Staat er een steiger of een container voor afval voor uw deur? Dan zorgt de aannemer voor een veilige doorgang.

    Vergoeding bij veel hinder
    Blijft u thuis wonen terwijl er zwaar werk in uw huis gebeurt? Dan krijgt u een hindervergoeding van 25 euro per dag. Dat geldt ook als u een kamer een tijd niet kunt gebruiken, zoals de keuken of badkamer.

    Hinder voor de buren
    Werken wij aan het huis van uw buren en heeft u daar last van? Meld dit bij de uitvoerder van de aannemer. Zijn telefoonnummer staat op het bord bij de bouwplaats.

    Klachten
    Blijft de hinder groter dan nodig, of houdt de aannemer zich niet aan de afspraken? Dien dan een klacht in. Wij nemen binnen vijf werkdagen contact met u op.`,
  ),
  article(
    'nl',
    'kb-verduurzamen',
    'Verduurzamen tijdens de versterking',
    ['verduurzamingsbudget', 'verduurzaming', 'energie', 'versterking'],
    `Wordt uw huis versterkt? Dan is dat een goed moment om uw huis ook energiezuiniger te maken. Daarom is er het verduurzamingsbudget.

    Wat is het verduurzamingsbudget?
    Bij bouwkundige versterking krijgt elk huis een budget van maximaal 15.000 euro voor energiebesparende maatregelen. De aannemer voert die maatregelen uit tegelijk met de versterking. Zo hoeft u niet twee keer een verbouwing mee te maken.

    Welke maatregelen?
    - Het isoleren van dak, vloer of gevel.
    - Isolerend glas in de ramen.
    - Een duurzame verwarming in plaats van een cv-ketel op gas.
    - Het opwekken van eigen stroom op het dak.
    Een energieadviseur bespreekt met u welke maatregelen het meeste opleveren voor uw huis.

    Hoe vraagt u het aan?
    U geeft uw wensen door aan uw bewonersbegeleider, het liefst voordat het bouwplan klaar is. Is het bouwplan al getekend? Dan kan het soms nog, maar dan duurt de voorbereiding langer.

    Voor wie?
    Het verduurzamingsbudget is er voor eigenaar-bewoners bij bouwkundige versterking. Huurders bespreken verduurzaming met hun verhuurder. Bij schoorsteenafname of klein herstel is er geen verduurzamingsbudget.

    Let op: het budget is per huis en kan maar één keer worden gebruikt.`,
  ),
  article(
    'nl',
    'kb-oplevering',
    'De oplevering van uw woning',
    ['oplevering', 'versterking', 'garantie'],
    `Als de aannemer klaar is, volgt de oplevering. U loopt dan samen met de uitvoerder en een opzichter van Herstelbureau Noord door het hele huis. Samen kijkt u of al het werk goed is gedaan.

    Voorbereiding
    Neem het bouwplan erbij en loop het huis een dag van tevoren zelf door. Schrijf op wat u opvalt: kieren, beschadigingen, dingen die nog niet af zijn.

    Tijdens de oplevering
    Alles wat nog niet goed is, komt op een opleverlijst. Voor elk punt staat erop wie het oplost en wanneer. U tekent de lijst en krijgt een kopie.

    Na de oplevering
    De aannemer lost de punten op de lijst binnen zes weken op. Daarna geldt er een onderhoudstermijn van zes maanden. Ontdekt u in die tijd nog gebreken? Meld die dan bij de aannemer, met een kopie naar uw bewonersbegeleider.

    Garantie
    Op de versterking zit tien jaar garantie. Op afwerking, zoals schilderwerk, zit twee jaar garantie.

    Terug naar huis
    Woonde u tijdens het werk in een wisselwoning? Na de oplevering heeft u twee weken om terug te verhuizen. Wij regelen en betalen het verhuisbedrijf. Spullen uit de inboedelopslag worden op een afgesproken dag teruggebracht.`,
  ),
  article(
    'nl',
    'kb-monument',
    'Versterking van een monument',
    ['monument', 'versterking', 'vergunning'],
    `Is uw huis een monument? Dan gelden er bij versterking en herstel extra regels. Het uiterlijk van een monument moet zo veel mogelijk blijven zoals het is.

    Wat is anders?
    - Bij het versterkingsadvies kijkt een specialist in monumenten mee.
    - Voor veel maatregelen is een vergunning van de gemeente nodig. Wij vragen die voor u aan.
    - Wij gebruiken materialen die passen bij het oorspronkelijke huis, zoals oude stenen of dakpannen.
    - Schoorsteenafname is bij een monument vaak niet mogelijk. In plaats daarvan zetten wij de schoorsteen van binnen vast.

    Duurt het langer?
    Ja, meestal wel. Het overleg met de gemeente en de monumentencommissie kost tijd. Reken op drie tot zes maanden extra voorbereiding.

    Kosten
    De kosten die nodig zijn om het monument te beschermen, betaalt Herstelbureau Noord. U hoeft daarvoor geen aparte aanvraag te doen. Ook de kosten van extra onderzoek, zoals naar oude muurankers of houten balken, zijn voor ons.

    Wilt u meer weten?
    Uw bewonersbegeleider kan een gesprek regelen met onze adviseur erfgoed. Die kent de regels voor monumenten en denkt met u mee over wat wel en niet kan.`,
  ),
];
