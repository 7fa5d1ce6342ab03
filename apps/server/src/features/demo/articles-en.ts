import { article, type DemoArticle } from './article-kit.js';

/**
 * English articles for residents who do not read Dutch. They name the Dutch official term once,
 * because letters and Mijn Dossier use it.
 */
export const EN_ARTICLES: DemoArticle[] = [
  article(
    'en',
    'kb-en-report-damage',
    'How to report damage to your home',
    ['report damage', 'schademelding'],
    `Do you see new cracks in your walls, or other damage that may be caused by ground movement? Then report damage to Herstelbureau Noord. In Dutch this is called a schademelding. Reporting is free and does not commit you to anything.

    The quickest way to report damage is through Mijn Dossier, our online service. You can also call our general number. We will ask for:
    - your name, address and phone number;
    - a short description of the damage and where it is;
    - photos of the damage, if possible;
    - the date you first noticed it.

    Within five working days you receive a confirmation with a case number. Keep this number: you need it whenever you contact us.

    Next, we plan a damage assessment at your home. You will hear within six weeks when it will take place.

    Is the situation dangerous, for example because a wall or chimney seems loose? Do not wait. Call our emergency number 0800 000 1234, day and night.`,
  ),
  article(
    'en',
    'kb-en-damage-assessment',
    'What happens during the damage assessment?',
    ['damage assessment', 'opname'],
    `After you report damage, an expert from Herstelbureau Noord visits your home. We call this the damage assessment (in Dutch: opname). The expert looks at all the damage you reported, and at damage you may not have noticed yourself.

    The visit usually takes one to three hours. The expert takes photos, measures cracks and asks questions, such as when you first saw the damage and whether anything was repaired before.

    It helps if you are at home yourself. You may ask a friend or neighbour to join you, for example to help with the Dutch. Make sure the expert can reach every room, including the attic, the crawl space and the shed.

    Within eight weeks you receive the report of the damage assessment (opnamerapport). It lists the damage, the likely cause and the cost of repair. After that, we decide on your compensation.

    Do you disagree with the report? You may ask your own expert to look at the damage. In Dutch this is called contra-expertise. We pay the reasonable costs.`,
  ),
  article(
    'en',
    'kb-en-temporary-home',
    'Living in a temporary home during the works',
    ['temporary home', 'wisselwoning', 'temporary housing'],
    `Sometimes you cannot stay in your own house while it is being strengthened or repaired. In that case Herstelbureau Noord offers you a temporary home, called a wisselwoning in Dutch. This is a fully furnished house where you live for as long as the works take.

    What kind of house is it?
    It may be an existing house in your village, or a newly built house in one of our temporary housing parks. We look for a home that suits the size of your household, close to where you live now if possible.

    What does it cost?
    You pay no rent for the temporary home. You do pay for energy and water, just as at home. We also pay a moving allowance twice: once when you move out and once when you move back.

    How long?
    On average, residents stay nine months. Your resident adviser (bewonersbegeleider) keeps you informed about the planning.

    Pets are welcome in most temporary homes. Please tell us in advance which animals you bring.`,
  ),
  article(
    'en',
    'kb-en-strengthening',
    'Strengthening your home: the steps',
    ['strengthening', 'versterking', 'planning'],
    `If your home is on the list for strengthening, we first check whether it is safe enough during an earthquake. The outcome is the strengthening advice (in Dutch: versterkingsadvies).

    The steps
    1. A building surveyor measures your house.
    2. A structural engineer calculates what is needed. This takes about five months.
    3. The contractor draws up a building plan. You discuss it with your resident adviser and sign it.
    4. We arrange a temporary home, the move and any permits, if needed.
    5. The contractor carries out the works. This takes from a few weeks to a year.
    6. You check the finished works together with the contractor.

    Who pays?
    Herstelbureau Noord pays for the strengthening, the move and the storage of your furniture. Owners can also use a budget of up to 15,000 euros to make the house more energy efficient at the same time.

    Where can I see my planning?
    Mijn Dossier shows the expected date of every step. If a date has passed without news, please contact your resident adviser.`,
  ),
  article(
    'en',
    'kb-en-compensation-payment',
    'When will my compensation be paid?',
    ['compensation', 'payment', 'uitbetaling'],
    `Once we have made a decision about your compensation, you will want to know when the money arrives.

    Payment periods
    - Compensation after a damage assessment: within six weeks of the decision.
    - The fixed damage payment of 5,000 euros (vaste schadevergoeding): within two weeks.
    - Additional costs (bijkomende kosten): within four weeks of approval.

    What can cause a delay?
    - Your bank account number is missing or wrong. Please check it in Mijn Dossier.
    - The house has more than one owner and not all owners have signed.
    - There is an objection that has not been decided yet. We do pay the part that is not in dispute.

    Where can I see the status?
    In Mijn Dossier, under 'Mijn betalingen', you can see whether a payment has been scheduled and on which date. The description on your bank statement starts with HBN and your case number.

    Has the payment period passed? Contact us with your case number at hand. We will look into it and call you back within two working days.`,
  ),
  article(
    'en',
    'kb-en-objection',
    'Making an objection to a decision',
    ['objection', 'bezwaar', 'decision'],
    `If you do not agree with a decision by Herstelbureau Noord, you can make an objection (in Dutch: bezwaar). People who were not involved in the first decision will then look at your case again.

    Six weeks
    You must object within six weeks of the date on the decision letter. If you are late, explain why; sometimes we can still handle your objection.

    What to include
    - Your name, address and case number.
    - Which decision you object to.
    - Why you think it is wrong.
    - Your signature.
    Keep it short if you like. You can send supporting documents, such as photos or a report from your own expert, later.

    How to submit it
    Through Mijn Dossier, under 'Bezwaar maken', or by letter. You can write in English. We confirm receipt within a week.

    What happens next
    We usually invite you for a conversation, at home or at our office. An independent resident adviser can help you with your objection free of charge. You receive a decision within twelve weeks after the objection period ends.`,
  ),
  article(
    'en',
    'kb-en-contact',
    'Contact us in English',
    ['contact', 'English', 'opening hours'],
    `You can contact Herstelbureau Noord in English. Our staff will help you in English by phone, in the chat and by e-mail. Letters about decisions are in Dutch, but on request we add a summary in English.

    Phone
    Our general number is 0800 000 4321 (free of charge). We are available on working days from 8.00 to 20.00 and on Saturdays from 10.00 to 14.00.

    Emergencies
    If your home has become unsafe, call 0800 000 1234. This number is available day and night.

    Chat and messages
    The chat on our website is staffed on working days from 8.00 to 17.00. In Mijn Dossier you can send a message to your resident adviser at any time.

    Information points
    You can walk in without an appointment at our information points in Middelwier, Harkezijl and Tjaarsum, on Tuesdays and Thursdays from 9.00 to 16.00.

    Your language setting
    In Mijn Dossier, under 'Mijn gegevens', you can choose English as your language. We will then write to you in English whenever we can.`,
  ),
];
