"""Function words per language (ISO 639-1), lowercase.

Used to tell prose from menus (prose is dense in function words) and to guess
the language of the body. Short lists of the most frequent words are enough
for both.
"""
from __future__ import annotations

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("""
        a about above after again against all also am an and any are as at be because been before
        being below between both but by can could did do does doing down during each few for from
        further had has have having he her here hers herself him himself his how i if in into is it
        its itself just me more most my myself no nor not now of off on once only or other our ours
        ourselves out over own same she should so some such than that the their theirs them
        themselves then there these they this those through to too under until up very was we were
        what when where which while who whom why will with would you your yours yourself
        yourselves said says one two new will may might must shall been its it's don't can't
    """.split()),
    "de": frozenset("""
        aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes
        auch auf aus bei bin bis bist da damit dann das dass dein deine dem den der des dich die dies
        diese diesem diesen dieser dieses dir doch dort du durch ein eine einem einen einer eines er
        es etwas euer eure für gegen hab habe haben hat hatte hatten hier hin hinter ich ihm ihn ihnen
        ihr ihre im in indem ins ist jede jedem jeden jeder jedes jetzt kann kein keine können man
        manche mein meine mit muss nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich
        sie sind so solche soll sondern um und uns unser unter viel vom von vor war waren warst was
        weil welche wenn wer werde werden wie wieder will wir wird wo wurde wurden zu zum zur über
    """.split()),
    "fr": frozenset("""
        à au aux avec ce ces cette dans de des du elle elles en et eux il ils je la le les leur leurs
        lui ma mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses
        son sont sur ta te tes toi ton tu un une vos votre vous été être avoir a ai as avons avez ont
        était étaient est sera seront fait comme plus tout tous toutes aussi bien cela ça si
    """.split()),
    "es": frozenset("""
        a al algo algunas algunos ante antes como con contra cual cuando de del desde donde durante
        e el ella ellas ellos en entre era es esa esas ese eso esos esta estaba estas este esto estos
        fue fueron ha han hasta hay la las le les lo los más me mi mis mucho muy nada ni no nos
        nosotros o os otra otros para pero poco por porque que quien se sea ser si sido sin sobre
        son su sus también tanto te tiene todo todos tu tus un una uno unos y ya yo
    """.split()),
    "it": frozenset("""
        a ad al alla alle anche che chi ci come con contro cui da dal dalla dei del della delle
        di dove e è ed era gli ha hanno i il in io la le lei li lo loro lui ma mi mio ne nei nel
        nella no noi non o per più perché quale quando quella quelle quello questa queste questo
        se si sia sono su sua sue suo tra tu tutti tutto un una uno sono stato essere
    """.split()),
    "pt": frozenset("""
        a ao aos as até com como da das de dela dele deles do dos e é ela elas ele eles em entre era
        essa esse esta este eu foi foram há isso isto já lhe mais mas me mesmo meu minha muito na
        nas não nem no nos nós o os ou para pela pelas pelo pelos por quando que quem se sem ser seu
        sua são também te tem tinha um uma você vocês
    """.split()),
    "nl": frozenset("""
        aan al alles als bij dan dat de der deze die dit doch doen door dus een eens en er ge geen
        geweest haar had heb hebben heeft hem het hier hij hoe hun iets ik in is ja je kan kon
        kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat ons ook op
        over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel werd
        wezen wie wij wil worden zal ze zei zelf zich zij zijn zo zonder zou
    """.split()),
    "pl": frozenset("""
        aby bardzo bez być był była było byli będzie czy dla do gdy jak jako jednak jego jej
        jest jeszcze już każdy kiedy który która które którzy lub ma mają może na nad nie nich
        niż o od oraz po pod przed przez przy się są ta tak także te tego tej tym to tu tylko
        w we więc właśnie z za ze że żeby został została zostały
    """.split()),
    "id": frozenset("""
        ada adalah agar akan aku anda antara apa atau bagi bahwa banyak bawah beberapa belum
        bisa dalam dan dari dengan di dia ia ini itu jadi jika juga kami kamu karena ke kepada
        kita lagi lain lebih maka mana masih mereka namun oleh pada para saat saja sama sangat
        satu sebagai sebelum sedang sejak sekarang seperti setelah sudah tak tanpa telah tentang
        tersebut tidak untuk yaitu yang
    """.split()),
    "ru": frozenset("""
        а без более бы был была были было быть в вам вас весь во вот все всех вы где да даже
        для до его ее если есть еще же за здесь и из или им их к как когда кто ли либо мне может
        мы на над нам нас не него нее нет ни них но ну о об однако он она они оно от очень по
        под при с со так также такой там те тем то того тоже той только том ты у уже хотя чего
        чей чем что чтобы эта эти это я будет будут около после через между который которая
        которое которые которых свой своей своих этого этой этом этих всё всего
    """.split()),
    "sv": frozenset("""
        alla andra att av bara blev bli blir de dem denna dessa detta det där efter eller ett
        från för genom har hade honom hur här inom inte jag kommer kunde mellan med mot
        mycket när nu och också om oss på sedan sig sin sina sitt skulle som så till utan
        vad var vara varit vi vid vilka vilken vilket våra vår än även är över
    """.split()),
    "da": frozenset("""
        af alle at blev blive bliver da de dem denne dette der det efter eller en et
        for fra har havde hende hun hvad hvis hvor hvordan ikke jeg kunne med meget men
        mellem nogen noget når og også om os på sig sin sine skal skulle som så til uden
        var vi vil være været
    """.split()),
    "nb": frozenset("""
        av alle at ble bli blir da de dem denne dette der det eller en et etter for
        fra har hadde henne hun hva hvis hvor hvordan ikke jeg kunne med mellom mye noe
        noen når og også om oss på seg sin sine skal skulle som så til uten var vi vil være
        vært
    """.split()),
    "cs": frozenset("""
        aby ani asi až bez by byl byla bylo byli být či do jak jako je jeho její jejich
        jsem jsme jsou již ke kde když která které který kteří mezi na nad ne než nebo
        ní po pod podle před při se si své svůj tak také tam to už ve však za ze že
    """.split()),
    "ar": frozenset("""
        في من على إلى الى عن أن ان إن التي الذي الذين هذا هذه ذلك تلك هناك كان كانت يكون قد لا ما
        لم لن مع بين بعد قبل حتى أو او ثم كل عند منذ هو هي هم كما لكن غير أي إذا اذا حيث خلال أيضا
        عليه عليها فيه فيها منه منها له لها به بها إنه أنه إنها أنها بأن لأن وفي ومن وعلى وإلى وأن وإن
        وقد ولا وما ولم مع ومع وبين وبعد وقبل وهو وهي وكان وكانت وهذا وهذه ولكن فقد فإن فيما كما وقال
        قال تم ضمن نحو عبر لدى
    """.split()),
    "fa": frozenset("""
        و در به از که این آن را با است برای یک تا هم می نمی شد شده شود بود کرد کند کرده نیز اما
        یا بر هر خود ما او آنها وی پس اگر چه دیگر باید بین پیش روی همه نه خواهد دارد داد گفت ای
        هست نیست بودند هستند کنند کردند دارند ها های چون زیرا توسط
    """.split()),
    "ur": frozenset("""
        کے کی کا ہے میں اور سے کو نے پر یہ وہ ہیں تھا تھی تھے کہ بھی ہو گیا گئی گئے کر کیا کیے جو
        ایک اس ان لیے کہا تک نہیں ہوں گا گی گے رہا رہے رہی کچھ مگر لیکن یا بعد ساتھ جب اب ہی تو
        جس جن والے والی ہوا ہوئی ہوئے
    """.split()),
    "he": frozenset("""
        של את על זה לא עם הוא היא גם כי אם או אבל כל יש אין היה הייתה היו הם הן אני אנחנו אשר מה
        כמו לפני אחרי בין עוד רק כך זו אל ידי כבר מאוד שלא יותר אותו אותה עד מן בו לו לה להם זאת
        אך כדי אלא פי אלה אלו הזה הזאת הזו האלה שלו שלה שלהם שלנו אותם לנו לי בה בהם וגם ולא שהוא
        שהיא כאשר לאחר במהלך לפי ללא בלי תוך אף עדיין מאז לכן כמה הרבה פחות מול נגד אצל אמר אמרה אמרו
        ביום היום השנה אחד אחת שני שתי חדש חדשה
    """.split()),
    "hi": frozenset("""
        के का की है में और से को ने पर यह वह हैं था थी थे कि भी हो गया गई गए कर किया जो एक इस उस
        इन उन लिए कहा तक नहीं हुआ हुई हुए रहा रहे रही कुछ लेकिन या बाद साथ जब अब ही तो होगा होगी
        जा सकता सकते वाले वाली
    """.split()),
    "bn": frozenset("""
        ও এবং এই সে তিনি করে করা হয় হয়েছে ছিল ছিলেন থেকে জন্য না কিন্তু যে একটি এক তার তাদের আর
        সঙ্গে সাথে মধ্যে পর বলেন বলে হবে নিয়ে দিয়ে কোনো এখন যা কী আমি আমরা তবে অনেক বা উপর এর
        করেন করেছে হলে গত আরও শুধু নয় যদি যখন তখন সব সেই ওই কাছে হচ্ছে নেই ছাড়া প্রতি মতো এ হয়ে
        জানান জানিয়েছে দুই
    """.split()),
}

ALL_STOPWORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())
