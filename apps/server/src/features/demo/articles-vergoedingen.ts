import { article, type DemoArticle } from './article-kit.js';

/** Articles about money: payments, extra costs, loss of value, non-material damage, tax. */
export const VERGOEDINGEN_ARTICLES: DemoArticle[] = [
  article(
    'nl',
    'kb-uitbetaling',
    'Wanneer wordt uw vergoeding uitbetaald?',
    ['uitbetaling', 'vergoeding', 'betaling'],
    `Heeft u een besluit van ons gekregen over een vergoeding? Dan wilt u natuurlijk weten wanneer het geld op uw rekening staat.

    Termijnen
    - Schadevergoeding na een opname: binnen zes weken na het besluit.
    - Vaste schadevergoeding: binnen twee weken na het besluit.
    - Vergoeding bijkomende kosten: binnen vier weken na goedkeuring.
    - Waardedaling: binnen acht weken na het besluit.

    Wat kan de uitbetaling vertragen?
    - Uw rekeningnummer ontbreekt of klopt niet. Controleer dit in Mijn Dossier.
    - Het huis heeft meer eigenaren, en niet iedereen heeft getekend.
    - U heeft bezwaar gemaakt en het bezwaar loopt nog. Het deel waarover geen discussie is, betalen wij wel alvast.
    - Er ligt beslag op het geld of op het huis.

    Hoe ziet u de status?
    In Mijn Dossier ziet u onder 'Mijn betalingen' of een betaling is klaargezet en op welke datum. De omschrijving op uw bankafschrift begint met HBN en uw dossiernummer.

    Is de termijn voorbij?
    Staat het geld er na de genoemde termijn nog niet? Neem dan contact met ons op. Houd uw dossiernummer bij de hand. Wij zoeken het meteen voor u uit en bellen u binnen twee werkdagen terug.`,
  ),
  article(
    'nl',
    'kb-bijkomende-kosten',
    'Vergoeding bijkomende kosten',
    ['vergoeding bijkomende kosten', 'kosten', 'formulier'],
    `Schade, herstel en versterking kosten u soms ook geld dat niet direct met de schade zelf te maken heeft. Daarvoor is de vergoeding bijkomende kosten.

    Welke kosten vallen eronder?
    - Reiskosten voor afspraken die wij met u maken, buiten uw woonplaats.
    - Kosten van een eigen deskundige bij contra-expertise, tot een redelijk bedrag.
    - Hogere energiekosten, bijvoorbeeld door drogen na herstel.
    - Opvang van kinderen of huisdieren op de dag van een verhuizing.
    - Vrije dagen die u moest opnemen voor afspraken met ons, als u geen loon kreeg.

    Hoe vraagt u het aan?
    Vul het formulier vergoeding bijkomende kosten in via Mijn Dossier. Voeg de bonnen, facturen of een verklaring van uw werkgever toe. U kunt het formulier indienen tot een jaar nadat de kosten zijn gemaakt.

    Hoe lang duurt het?
    Wij beoordelen uw aanvraag binnen zes weken. Na goedkeuring staat het geld binnen vier weken op uw rekening.

    Twijfelt u of een kostenpost meetelt?
    Vraag het uw bewonersbegeleider voordat u de kosten maakt. Dan weet u vooraf waar u aan toe bent.

    Let op: kosten die al onder een andere vergoeding vallen, zoals de verhuiskostenvergoeding, vergoeden wij niet twee keer.`,
  ),
  article(
    'nl',
    'kb-waardedaling',
    'Vergoeding voor waardedaling',
    ['waardedaling', 'vergoeding', 'eigenaar'],
    `Huizen in het bevingsgebied brengen bij verkoop vaak minder op dan vergelijkbare huizen elders. Als eigenaar kunt u daarom een vergoeding voor waardedaling krijgen.

    Voor wie?
    - U bent eigenaar van het huis en u woont er zelf, of u verhuurt het.
    - Het huis ligt in het gebied op de kaart op onze website.
    - U was op 1 januari 2019 al eigenaar.

    Hoeveel?
    De vergoeding is een percentage van de WOZ-waarde van uw huis. Het percentage hangt af van uw postcode en ligt tussen 2 en 13 procent. Op onze website kunt u met uw postcode uitrekenen wat de vergoeding voor u is.

    Hoe vraagt u het aan?
    U vraagt de vergoeding aan in Mijn Dossier. Heeft u meer eigenaren, zoals uw partner? Dan moeten alle eigenaren de aanvraag ondertekenen. Binnen acht weken krijgt u een besluit.

    Verkoopt u uw huis?
    U kunt de vergoeding ook aanvragen als u het huis na 1 januari 2019 heeft verkocht. Dan heeft u de koopakte nodig.

    Kan ik het twee keer krijgen?
    Nee. De vergoeding voor waardedaling is eenmalig per huis. Kreeg een vorige eigenaar de vergoeding al? Dan kunt u die niet opnieuw krijgen.`,
  ),
  article(
    'nl',
    'kb-immateriele-schadevergoeding',
    'Immateriële schadevergoeding',
    ['immateriële schadevergoeding', 'vergoeding', 'zorgen'],
    `Schade aan uw huis is meer dan scheuren en herstel. Veel bewoners hebben last van zorgen, slecht slapen of spanning in het gezin. Daarvoor is de immateriële schadevergoeding. Het is een erkenning van wat de bodembeweging u heeft aangedaan.

    Voor wie?
    Iedereen die in het gebied woonde en daar schade of versterking heeft meegemaakt. Ook kinderen kunnen een vergoeding krijgen.

    Hoeveel?
    De vergoeding hangt af van wat u heeft meegemaakt. Er zijn vaste bedragen, bijvoorbeeld:
    - 1.000 euro als uw huis schade had;
    - 2.500 euro als u meerdere keren schade had, of als u in een wisselwoning moest wonen;
    - 5.000 euro of meer bij een zware situatie, zoals een acuut onveilige situatie of lang wachten.
    Vindt u dat uw situatie zwaarder was? Dan kunt u een persoonlijke beoordeling vragen. Een gesprek met een onafhankelijke deskundige is daar een onderdeel van.

    Hoe vraagt u het aan?
    Via het formulier immateriële schadevergoeding in Mijn Dossier, voor elk lid van uw huishouden. Voor kinderen tekent een ouder.

    Hulp
    Gaat het niet goed met u? Wacht dan niet op de vergoeding. Neem contact op met onze bewonersondersteuning.`,
  ),
  article(
    'nl',
    'kb-rekeningnummer',
    'Uw rekeningnummer doorgeven of wijzigen',
    ['rekeningnummer', 'gegevens', 'betaling'],
    `Wij betalen vergoedingen alleen uit op een rekeningnummer dat op uw naam staat, of op naam van een van de eigenaren. Zo weten wij zeker dat het geld bij de juiste persoon komt.

    Rekeningnummer doorgeven
    Log in op Mijn Dossier en ga naar 'Mijn gegevens'. Vul uw rekeningnummer in en bevestig met een code die u per sms krijgt.

    Rekeningnummer wijzigen
    Heeft u een nieuwe bank? Wijzig uw rekeningnummer dan op dezelfde plek. Om fraude te voorkomen, vragen wij na een wijziging een kopie van een recent bankafschrift met uw naam en het nieuwe nummer. Pas daarna gebruiken wij het nieuwe nummer. Dit duurt ongeveer vijf werkdagen.

    Kunt u niet inloggen?
    Stuur dan een brief met uw naam, adres, dossiernummer, het nieuwe rekeningnummer, een kopie van een bankafschrift en uw handtekening naar ons postadres.

    Betaling naar iemand anders?
    Wilt u dat wij betalen aan iemand anders, bijvoorbeeld aan een kind dat uw zaken regelt? Dan is een machtiging nodig.

    Let op
    Herstelbureau Noord vraagt nooit per e-mail of telefoon om uw pincode of de inlogcodes van uw bank. Krijgt u zo'n verzoek? Reageer dan niet en meld het bij ons.`,
  ),
  article(
    'nl',
    'kb-belasting-toeslagen',
    'Telt een vergoeding mee voor belasting en toeslagen?',
    ['belasting', 'toeslagen', 'vergoeding'],
    `Veel bewoners vragen zich af of een vergoeding van ons gevolgen heeft voor hun belasting of toeslagen. In de meeste gevallen is het antwoord: nee.

    Schadevergoeding en herstel
    Een vergoeding voor schade aan uw huis is geen inkomen. U hoeft er geen inkomstenbelasting over te betalen. Het telt niet mee voor toeslagen, zoals huurtoeslag of zorgtoeslag.

    Vermogen
    Zet u het geld op uw spaarrekening? Dan telt het op 1 januari van het volgende jaar mee als vermogen. Gebruikt u het geld voor herstel voordat het jaar om is, dan speelt dat niet.

    Waardedaling en immateriële schadevergoeding
    Ook deze vergoedingen zijn geen inkomen. Ook hier geldt dat het geld meetelt voor uw vermogen zolang u het niet heeft uitgegeven.

    Bijstand en andere regelingen van de gemeente
    Ontvangt u bijstand? Dan telt een vergoeding van ons in de regel niet mee. Meld de vergoeding wel bij uw gemeente. Zij kunnen u vertellen wat het voor u betekent.

    Meer weten?
    Dit is algemene informatie. Voor uw eigen situatie kunt u terecht bij de Belastingdienst of een belastingadviseur. Kosten voor dat advies kunt u opgeven als vergoeding bijkomende kosten.`,
  ),
];
