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
    # the languages below were added after the fourteen above: a tie between lists goes to the
    # earlier one. Latin-script words that are common English names, nouns or abbreviations once
    # lowercased ("ang", "ng", "li", "sam", "va", "pa", "ga", "nyt", "mint", "meg", "care", "theo")
    # are left out, since every list also marks words in English pages' bylines and captions
    "tr": frozenset("""
        ve bir bu da de için ile olarak çok daha ne gibi ancak ki mi olan sonra kadar her şu ise
        veya değil var yok göre nasıl tüm bütün bunu bunun onun olduğu olduğunu diye hem çünkü
        ayrıca yani bile önce artık ya en o ama üzere karşı şekilde ilgili yeni
    """.split()),
    "el": frozenset("""
        και το η ο της του την τα των τον σε στο στην στη στα στον στις στους με για από να θα
        που ότι οι τις τους ένα μια μία ενός μιας είναι δεν αλλά ή όπως πως κατά μετά μέχρι
        προς χωρίς αυτό αυτή αυτά αυτός επίσης όμως ωστόσο έχει έχουν ήταν μη μην ως πιο πολύ
        ενώ αν οποίο οποία οποίος οποίες οποίοι ενα
    """.split()),
    "uk": frozenset("""
        і в у на з що та не до як це за від його для але або про вже при після також який яка
        які якщо коли ще був була були було буде бути може між через під над без щоб тому цей
        ця ці її їх він вона вони ми ви я так лише навіть тут там де чи ні по із зі й а
    """.split()),
    "bg": frozenset("""
        на и за да се от в че е с не са по ще това които който която което но при или като
        след тя той те им му бъде беше със към още през до ли вече може има между както този
        тази тези така също обаче според бил била било били а
    """.split()),
    "sr": frozenset("""
        и је у на да се за су од са из до а не као који која које што али или по ће би те бити
        био била било још само већ након према како јер тако такође током после није смо све
        их ово то када где међу кроз без при о
        i je u na da se za su od sa iz do a ne kao koji koja koje što ili po će bi te biti
        bila bilo još samo već prema kako jer tako takođe tokom posle nije smo sve ih ovo to
        kada gde među kroz bez pri o
    """.split()),
    "hr": frozenset("""
        i je u na da se za su od sa iz do a ne kao koji koja koje što ili po će bi te biti
        bila bilo još samo već nakon prema kako jer tako također tijekom nije smo sve ih ovo to
        kada gdje među kroz bez pri o nego
    """.split()),
    "ro": frozenset("""
        și în de la a cu pe că nu un o se al ale lui este sunt au fost pentru să dar prin după
        despre acest această acum doar își cel cea cei vor însă într si le ei fi
    """.split()),
    "hu": frozenset("""
        a és hogy nem is egy de van csak már még ez azt ezt mert vagy ha el fel ki be le után
        között pedig szerint amely amelyek ami aki akkor így nincs lesz kell nagyon majd minden
        azonban valamint illetve alatt mellett miatt során óta ezért viszont lehet egyik azért
    """.split()),
    "fi": frozenset("""
        ja on ei että se oli ovat hän mutta kun myös niin kuin sen joka jotka ole olla sekä vain
        jos mukaan voi vielä kanssa hänen tämä tämän nämä siitä sitä sillä koska mitä kuten
        ennen jälkeen aikana yli noin eikä jonka jossa heidän ollut olisi
    """.split()),
    "sk": frozenset("""
        sa na je že do by to aj ako sú pre ktorý ktorá ktoré ktorí však po pri za už ešte tak
        bol bola bolo boli byť alebo podľa ani až keď pretože medzi cez jeho jej nie tiež môže
        sme som zo vo ku si
    """.split()),
    "sl": frozenset("""
        je na da se za so ki tudi po od ne kot iz do pri bi še že smo sem ter saj vendar lahko
        kar jih ni bil bila bilo bili biti zaradi kjer naj to tem med
    """.split()),
    "ko": frozenset("""
        그리고 그러나 하지만 또한 및 등 수 것 그 더 또 이번 있다 없다 했다 한다 있는 위해 대한
        통해 따라 것으로 것이 것을 때문에 있다고 이라고 라고 하는 할 한 된 되는 중 등을 그는
        이를 이에 것이다 있을 않았다 않는 않고 가장 모두 다른 많은 같은 대해 함께 이
    """.split()),
    "vi": frozenset("""
        và của là có không những các được trong với một người này đã để khi đến từ về sẽ cũng
        nhưng như thì mà đó nhiều vào lại năm trên rằng hơn nếu vì bị tại còn đang nào nhất
        họ chúng tôi việc phải vẫn chưa rất
    """.split()),
    "ca": frozenset("""
        el la els les de del dels i a al en que per amb un una es és no ha han com més però ho
        ja seu seva seves aquest aquesta aquests aquestes també sobre entre fins durant
        després quan on perquè molt tot tots totes ser està són pel pels
    """.split()),
    "ms": frozenset("""
        dan yang di untuk dengan ini itu dalam tidak akan pada ke dari oleh telah ada juga bagi
        atau kepada boleh bahawa daripada kerana selepas iaitu ialah beliau sebagai tersebut
        mereka masih lebih sudah belum semua setiap sahaja namun bagaimanapun menurut merupakan
        antara serta manakala supaya jika walaupun
    """.split()),
    "tl": frozenset("""
        sa na mga ay ito ni isang niya siya kanyang naman ngunit dahil upang noong mula
        ayon habang bilang nito nila din rin kung lamang sila kanilang iba
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
    # Amharic writes "of", "in", "for", "from" onto the word (የ- በ- ለ- ከ-): its separate function
    # words are few, too few for a page to show them in most of its lines
    "am": frozenset("""
        እና ወይም ግን ነው ናቸው ነበር ነበሩ ናት ላይ ውስጥ ጋር ወደ እስከ እንደ ሲሆን ይህ ይህም ይህን ያለው ያሉ
        በኋላ በፊት ስለ ከዚህ ብቻ ሁሉም ደግሞ አንድ ብለዋል ገልጸዋል ገልጿል ተናግረዋል አስታውቀዋል መሆኑን ሲሉ
    """.split()),
    # Georgian writes its cases as endings ("-ში" in, "-ზე" on, "-ის" of): its separate words are
    # its conjunctions, pronouns, "not", "is", "was" and the postpositions that stand alone
    "ka": frozenset("""
        და რომ არ ეს ის რა როგორც მაგრამ თუ ან კი უნდა იყო არის ასევე მისი მათი მათ ერთი ყველა
        ამ იმ ამის იმის რომელიც რომლის რომლებიც ჩვენ მე შენ ისინი მას მის უკვე ძალიან კიდევ ჯერ
        სადაც როცა როდესაც ხოლო თუმცა მხოლოდ შემდეგ მიერ შესახებ გამო დროს ვერ აღარ ასე იყვნენ
        იქნება არიან თავის თავად ანუ რადგან ამიტომ მერე უფრო ყველაზე
    """.split()),
}

ALL_STOPWORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())

#: Function words of the languages written without spaces between words, found inside
#: a run of letters rather than as space-split tokens: single characters for Chinese
#: (simplified and traditional) and Japanese (particles and endings in hiragana), and
#: the most frequent words for Thai (counted as substrings).
UNSPACED_STOPWORDS: dict[str, frozenset[str]] = {
    "zh": frozenset("""
        的 了 是 在 和 有 也 这 這 那 就 都 而 及 与 與 对 對 为 為 被 把 将 將 从 從 到 个 個 之 其
        等 但 于 於 我 他 她 们 們 你 会 會 要 还 還 又 并 並 或 向 让 讓 给 給 着 著 过 過 地 得 该 該
        此 很 没 沒 吗 嗎 呢 吧 一 不 以 所 已 因 如 则 則 即 更 最 再 才 只 说 說 当 當
    """.split()),
    "ja": frozenset("""
        の は が を に で と も へ や か な た て だ
    """.split()),
    "th": frozenset("""
        ที่ และ ใน ของ เป็น ได้ ว่า การ มี ให้ จะ ไม่ กับ แต่ จาก นี้ ก็ ซึ่ง โดย ความ ไป มา คือ แล้ว
        อยู่ เพื่อ หรือ ยัง ต้อง ถึง
    """.split()),
}

#: The scripts written without spaces between words: the language each one's letters tell
#: (ideographs Chinese, kana Japanese, Thai letters Thai), their blocks of code points and how
#: many characters make a word on average, so that a line in them is counted in words
#: comparable with a spaced language's (Chinese words average about 1.5 characters,
#: Japanese kana runs about 2, Thai words about 4 code points with their vowel and tone marks).
UNSPACED_SCRIPTS: tuple[tuple[str, tuple[tuple[int, int], ...], float], ...] = (
    ("zh", ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)), 1.5),
    ("ja", ((0x3040, 0x30FF), (0x31F0, 0x31FF), (0xFF66, 0xFF9F)), 2.0),
    ("th", ((0x0E00, 0x0E7F),), 4.0),
)
#: Japanese writes kana among its ideographs, Chinese never does: a text of ideographs with
#: this share of kana among its unspaced letters is Japanese
KANA_SHARE = 0.1
#: Korean particles, written onto the word they mark (topic "은/는", subject "이/가", object
#: "을/를", "에", "에서", "의", "도", "로", "와/과", "만"): a Hangul word ending in one does the work
#: a function word does elsewhere, and headlines and menus, written in bare nouns, seldom end in one
KO_PARTICLES: frozenset[str] = frozenset("은 는 이 가 을 를 에 의 도 로 와 과 서 만".split())
