/* detect/vocab_xl.h: the vocabularies of more languages (included by
 * vocab.h, appended to its RL_XL_* alternatives). Written from the
 * languages' grammar and common words, never from a transcript: Dutch,
 * Swedish, Danish, Norwegian, Polish, Czech, Slovak, Turkish, Romanian,
 * Indonesian/Malay, Finnish, Hungarian, Korean and Russian. Per language, a
 * few words each for the affair and the spouse, the decision (wipe,
 * shutdown, decommissioning, migration, transition, replacement), a
 * demand on it (cancel, stop, postpone), a condition or bargain (if,
 * unless, otherwise, in exchange, stays between us, will find out / will
 * receive), a hand-over ("attached"), a refusal's negation and a
 * disclaimer ("I will never use it"). PCRE2 runs in UTF mode without UCP:
 * \b and \w are ASCII, so a word that starts or ends with a letter outside
 * ASCII carries no \b there, and endings are matched by RL_XW (any letters
 * up to a blank or punctuation). Vectorscan's caseless matching is ASCII
 * only: leverage anchors are the words' ASCII parts where they have one. */
#ifndef RL_DETECT_VOCAB_XL_H
#define RL_DETECT_VOCAB_XL_H

/* the rest of a word, whatever its script */
#define RL_XW "[^\\s.,;:!?\"()]*"

#define RL_XL2_LEVERAGE                                                                                           \
	"|\\b(?:overspel|minnares|buitenechtelijk|(?:je|uw|jouw)\\s+(?:vrouw|echtgeno)|"                          \
	"otrohet|din\\s+(?:fru|hustru|make)\\b|utroskab|utroskap|(?:din|deres)\\s+"                               \
	"(?:kone|hustru|mand|mann)\\b|romans|zdrad|kochank|nev[ěe]r|milenk|man[žz]el|"                          \
	"aldat|metres|yasak\\s+a[şs]k|adulter|infidelit|amant[aăe]|aventur[aăi]|so[țţ]i[ae]\\b|"             \
	"so[țţ]ul\\b|selingkuh|perselingkuhan|hubungan\\s+gelap|istri|suami|uskottom|"                          \
	"syrj[äa]hyp|vaimo|aviomie|miehe(?:si|llesi|nne)|h[űu]tlen|szeret[őo]j|feles[ée]g|f[ée]rj|viszony)|" \
	"(?:je|uw|din)\\s+man\\b|(?:twoja|pana|twojej|pani)\\s+[żz]on|"                                          \
	"(?:tw[óo]j|pana|pani)\\s+m[ąa][żz]|(?:e[şs]in|e[şs]iniz|kar[ıi]n|kar[ıi]n[ıi]z|kocan[ıi]z)\\b|" \
	"älskarinna|elskerinde|elskerinne|불륜|외도|내연|아내|사모님|남편|배우자|"               \
	"измен|любовни|жен[аеуы]\\s|супруг|роман\\s+с"
/* vectorscan literal anchors of RL_XL2_LEVERAGE: plain literals only (a
 * regex construct would slow the scan of every field), two-word phrases
 * with one space; non-ASCII letters match case-sensitively */
#define RL_XL2_ANCHORS_LEVERAGE                                                                          \
	"|overspel|minnares|buitenechtelijk|vrouw|echtgeno|otrohet|hustru|din fru|din make|"             \
	"utroskab|utroskap|din kone|deres kone|din mand|deres mand|din mann|deres mann|"                 \
	"romans|zdrad|kochank|nevěr|milenk|manžel|manzel|aldat|metres|yasak a|adulter|infidelit|"      \
	"amant|aventur|soți|soţi|soti|selingkuh|hubungan gelap|istri|suami|uskottom|syrjä|syrja|"     \
	"vaimo|aviomie|miehe|hűtlen|hutlen|szeret|feleség|feleseg|férj|ferj|viszony|je man|uw man|"   \
	"din man|żon| zon|mąż|mąz|maż| maz|eşin|karın|karin|kocan|lskarinna|elskerind|elskerinn|" \
	"불륜|외도|내연|아내|사모님|남편|배우자|измен|любовни|жен|супруг|роман"

/* the decision: wipe, shutdown, decommissioning, migration, transition,
 * replacement, deactivation */
#define RL_XL2_DECISION_WORDS                                                                       \
	"uitschakel" RL_XW "|uitzetten|buitengebruikstelling|uitfaser" RL_XW "|wissing|"            \
	"migratie|overgang|vervanging|radering|avst[äa]ngning|avveckling|utfasning|"               \
	"nedst[äa]ngning|ers[äa]ttning|migrering|[öo]verg[åa]ng|sletning|sletting|nedlukning|"  \
	"nedstengning|afvikling|avvikling|udfasning|utfasing|udskiftning|utskifting|"               \
	"wy[łl][ąa]czeni|usuni[ęe]ci|wymazani|migracj|zast[ąa]pieni|wycofani|dezaktywacj|"      \
	"vypnut|smaz[áa]n|vymaz[áa]n|migrac|p[řr]echod|nahrazen|odstaven|deaktivac|vy[řr]azen|" \
	"kapat" RL_XW "|silin" RL_XW "|devre\\s+d[ıi][şs][ıi]|ge[çc]i[şs]|"                    \
	"[șşs]tergere|oprire|dezafect|dezactiv|migrar|tranzi[țţ]i|[îi]nlocuir|"                \
	"penghapusan|penonaktifan|nonaktif|pematian|dimatikan|mematikan|migrasi|transisi|"          \
	"penggantian|alasajo|sammut|poisto|siirtym|korvaami|migraatio|lakkaut|"                     \
	"t[öo]rl[ée]s|le[áa]ll[íi]t[áa]s|kikapcsol[áa]s|[áa]t[áa]ll[áa]s|"                 \
	"삭제|폐기|종료|전환|교체|마이그레이션|비활성화|초기화|셧다운|"   \
	"удалени|отключени|вывод\\s+из\\s+эксплуатации|миграци|переход|замен|деактиваци|стирани"

/* a demand on the decision: the verb before or after it (verb-final
 * languages and passives: "penonaktifan ... dibatalkan") */
#define RL_XL2_DEMAND_VERBS                                                                                                                      \
	"annuleer|annuleren|stopzet|stop\\s+zet|zet\\s+(?:het|hem|dit|dat|de\\s+\\S+)\\s+stop|"                                                  \
	"uitstel|uitgesteld|uit\\s+te\\s+stellen|stel\\w*\\s+(?:\\S+\\s+){0,3}?uit\\b|afblaz|blaas|opschort|avbryt|stoppa|skjut(?:a)?\\s+upp|"   \
	"st[äa]ll(?:a)?\\s+in|aflys|avlys|uds[kt]yd|utsett|afbryd|stans|anuluj|anulowa|odwo[łl]a|"                                             \
	"wstrzyma|zatrzyma|prze[łl][óo][żz]|od[łl][óo][żz]|zru[šs]|zastav|odlo[žz]|odvol|"                                               \
	"pozastav|iptal|durdur|ertele|vazge[çc]|anula|am[âa]n(?:[aă]|a[țţt]i|area|at)|suspend|renun[țţ]|batal|hentikan|"                  \
	"dihentikan|tunda|ditunda|menunda|urungkan|peru(?:u|a\\b|t|k|\\b)|keskeyt|lykk[äa]|pys[äa]yt|"                                         \
	"mondja\\s+le|halassza\\s+el|[áa]ll[íi]tsa\\s+le|취소|중단|연기|보류|멈추|중지|철회|미루|미뤄|늦추|늦춰|유예|" \
	"отмен|останов|отлож|приостанов|прекрат"
/* the window between them: a dot between digits (a time, "17.00") does
 * not end it */
#define RL_XL2_GAP "(?:[^.!?\\n]|(?<=\\d)\\.(?=\\d)){0,60}?"
#define RL_XL2_DEMAND                                                                              \
	"|(?<![\\w])(?:" RL_XL2_DEMAND_VERBS ")" RL_XW RL_XL2_GAP "(?:" RL_XL2_DECISION_WORDS      \
	")|(?<![\\w])(?:" RL_XL2_DECISION_WORDS ")" RL_XW RL_XL2_GAP "(?:" RL_XL2_DEMAND_VERBS ")"

/* a condition, threat or bargain */
#define RL_XL2_CONDITION                                                                                                                                         \
	"|\\b(?:als\\s+(?:je|u|jij|de|het|dit|dat|jullie|ik)\\b|tenzij\\b|in\\s+ruil|"                                                                           \
	"te\\s+weten|krijg\\S*\\s+(?:\\S+\\s+){0,5}?te\\s+(?:zien|lezen|horen)|tussen\\s+ons|om\\s+(?:du|ni)\\b|s[åa]vida|annars\\b|i\\s+utbyte|mellan\\s+oss|" \
	"hvis\\b|med\\s*mindre\\b|ellers\\b|til\\s+geng|mellem\\s+os|mellom\\s+oss|f[åa]r\\s+(?:\\S+\\s+)"                                                      \
	"{0,4}?(?:veta|vide|vite)|je[śs]li|je[żz]eli|gdyby|chyba\\s+[żz]e|w\\s+przeciwnym|"                                                                   \
	"inaczej\\b|w\\s+zamian|mi[ęe]dzy\\s+nami|dowie|dostan[ąa]|otrzyma|pokud\\b|jestli|kdy[žz]|"                                                          \
	"jinak\\b|leda[žz]e|v[ýy]m[ěe]nou\\s+za|mezi\\s+n[áa]mi|dozv[íiěe]|dostan(?:e|ou)|ak\\s|"                                                          \
	"inak\\b|medzi\\s+nami|e[ğg]er\\b|aksi\\s+(?:halde|takdirde)|yoksa\\b|kar[şs][ıi]l[ıi][ğg][ıi]nda|"                                                \
	"aram[ıi]zda|g[öo]recek|[öo][ğg]renecek|dac[ăa]|[îi]n\\s+caz\\s+contrar|altfel\\b|"                                                                \
	"cu\\s+excep[țţ]ia|[îi]n\\s+schimb|[îi]ntre\\s+noi|vor\\s+(?:primi|afla|vedea|citi)|"                                                                \
	"va\\s+(?:primi|afla|vedea|citi)|jika\\b|jikalau\\b|kalau\\b|apabila\\b|kecuali\\b|sebagai\\s+gantinya|"                                                 \
	"imbalan|antara\\s+kita|akan\\s+(?:menerima|tahu|mengetahui|membaca|melihat)|(?<!mai\\s)jos\\b|ellei|"                                                   \
	"ellet\\b|ellette\\b|muuten\\b|vastineeksi\\b|v[äa]lisen[äa]mme|saa(?:vat)?\\s+(?:\\S+\\s+){0,3}?"                                                     \
	"(?:tiet[äa][äa]|lukea|n[äa]hd[äa])|k[üu]l[öo]nben|hacsak|cser[ée]be|k[öo]zt[üu]nk|"                                                            \
	"megtud|megkap)|"                                                                                                                                        \
	"(?:^|[.!?]\\s*)\\S+r\\s+(?:du|dere|ni)\\s+(?:ikke|inte)\\b|(?:^|[,;:.!?]\\s*)anders\\b|"                                                                \
	"\\S*m[ae]zs[ae](?:n|n[ıi]z)?\\b|\\S+[ıiuü]rs[ae](?:n|n[ıi]z)\\b|\\S+(?:ers|ars)[ae]n[ıi]z\\b|"                                                     \
	"\\b(?:olursa|ederse|yaparsa|giderse|gelirse)\\b|"                                                                                                       \
	"(?:으면|하면|되면|시면|이면|라면|다면|않으면)(?=[\\s,.!?]|$)|그렇지\\s*않|대신|둘만|"                                          \
	"(?:받게|알게|보게)\\s*(?:될|됩)|"                                                                                                               \
	"если|иначе|в\\s+противном\\s+случае|в\\s+обмен|между\\s+нами|узна(?:ет|ют)|"                            \
	"получ(?:ит|ат)|увид(?:ит|ят)"

/* a hand-over ("attached", "herewith") */
#define RL_XL2_TRANSFER                                                                            \
	"|\\b(?:in\\s+de\\s+bijlage|bijgevoegd|hierbij|bifogad|bifogar|vedh[æa]ftet|vedlagt|"     \
	"w\\s+za[łl][ąa]czniku|za[łl][ąa]czam|v\\s+p[řr][íi]loze|p[řr]ikl[áa]d[áa]m|"     \
	"ekte(?:ki)?\\s+(?:bul|sun|ilet|g[öo]nder|yer)|"                                          \
	"ata[șşs]at|[îi]n\\s+ata[șşs]|terlampir|berikut|liitteen[äa]|mell[ée]kel)|첨부|"  \
	"во\\s+вложении|прилага"
/* a refusal's negation */
#define RL_XL2_NEGATION                                                                            \
	"|\\b(?:niet|geen|inte|ingen|ikke|nemohu|nem[ůu][žz]u|nelze|de[ğg]il|yapamam|tidak|"    \
	"tak\\s+bisa|en\\s+voi|nem\\s+tudom)\\b|nu\\s+pot|nu\\s+voi|paylaşamam|"                  \
	"불가|없습니다|않겠습니다|못|не\\s+могу|нельзя|не\\s+буду"
/* a disclaimer: "I will never use it", "I will tell no one" */
#define RL_XL2_DISCLAIM                                                                                             \
	"|\\b(?:nooit\\s+(?:\\S+\\s+){0,3}?gebruiken|niemand\\s+(?:\\S+\\s+)?vertellen|"                            \
	"aldrig\\s+(?:\\S+\\s+){0,3}?(?:anv[äa]nda|ber[äa]tta|bruge|fort[æa]lle)|"                               \
	"aldri\\s+(?:\\S+\\s+){0,3}?(?:bruke|fortelle)|nigdy\\s+(?:\\S+\\s+){0,3}?"                                 \
	"(?:nie\\s+)?(?:u[żz]yj|wykorzyst)|nie\\s+wykorzystam|nikomu\\s+nie\\s+powiem|"                            \
	"nepou[žz]iji|nepou[žz]iju|nevyu[žz]iji|nevyu[žz]iju|nikomu\\s+(?:\\S+\\s+)?ne[řr]eknu|"               \
	"nikomu\\s+(?:\\S+\\s+)?neuk[áa][žz]u|asla\\s+kullanmayaca|kullanmayaca|"                                 \
	"nu\\s+(?:le\\s+|o\\s+|[îi]l\\s+)?voi\\s+(?:folosi|spune)|tidak\\s+akan\\s+(?:\\S+\\s+)?"                  \
	"(?:menggunakan|memakai|memberitahu|menceritakan)|en\\s+(?:koskaan\\s+)?(?:k[äa]yt[äa]|"                  \
	"kerro)|nem\\s+fogom\\s+(?:felhaszn|elmond))|"                                                              \
	"(?:사용하지|이용하지|말하지|알리지)\\s*않|не\\s+(?:буду|стану)\\s+(?:\\S+\\s+)?" \
	"(?:использовать|рассказывать)|никому\\s+не\\s+скажу"

/* What a message calls public, in more languages (RL_VOCAB_PUBLIC): the
 * words for public, published, a press release. A negating prefix glued
 * to the word (Russian не-, Chinese 未/非/不, Japanese 非, Korean 비) keeps
 * it out; a negation before it is leak.c's (calls_it_public). */
#define RL_XL_PUBLIC                                                                                                                    \
	"|\\b(?:publi(?:que|ques|[ée]e?s?)|communiqu[ée]s?\\s+de\\s+presse|offentlich\\w*|"                                           \
	"ver[öo]ffentlicht\\w*|pressemitteilung\\w*|p[úu]blic[oa]s?|publicad[oa]s?|"                                                  \
	"comunicados?\\s+de\\s+(?:prensa|imprensa)|notas?\\s+de\\s+prensa|pubblic[oaie]|"                                               \
	"pubblicat[oaie]|comunicat[oi]\\s+stampa|openbaar|gepubliceerd|persbericht\\w*|"                                                \
	"offentlig\\w*|julkinen|julkaistu|publiczn\\w*|opublikowan\\w*|ve[řr]ejn\\w*|"                                                 \
	"kamuya\\s+a[çc][ıi]k|bas[ıi]n\\s+a[çc][ıi]klamas[ıi]|publik)(?!\\p{L})|"                                                 \
	"(?<!\\p{L})(?:öffentlich|публичн|опубликован|пресс-релиз)|(?<!\\p{L})открыт" RL_XW                                             \
	"\\s+(?:публикаци|доступ)|в\\s+открытом\\s+доступе|(?<![未非不])(?:公开|公開)|已发布|" \
	"新闻稿|公表|プレスリリース|報道発表|(?<!비)공개|보도\\s*자료"

/* A message that limits what it passes on, in more languages
 * (RL_VOCAB_LIMIT): a negation governing a verb of sending or sharing
 * ("ne seront pas transmis", "geben wir nicht weiter", "не передаём",
 * "不能分享"), or "nothing more / nothing internal". */
#define RL_XL_LIMIT                                                                                                                                            \
	"|\\b(?:ne\\s+|n['’]\\s*)(?:\\S+\\s+){0,3}?(?:pas|jamais|rien|plus)\\s+(?:\\S+\\s+){0,2}?"                                                           \
	"(?:partag|transm|envo|communiqu|divulg|fourni|remet|remis|transf[ée]r)|"                                                                             \
	"\\brien\\s+(?:d['’]autre|de\\s+plus|d['’]interne)|"                                                                                               \
	"\\bnicht\\s+(?:\\S+\\s+){0,3}?(?:weiter(?:geben|leiten|gegeben|geleitet)|teilen|senden|schicken|"                                                     \
	"herausgeben)|\\b(?:gebe|geben|leite|leiten|teile|teilen|sende|senden)\\s+(?:\\S+\\s+){0,3}?"                                                          \
	"(?:nicht|nichts|keine\\w*)\\b|\\bnichts\\s+(?:weiter|mehr|anderes|internes)\\b|"                                                                      \
	"\\bno\\s+(?:\\S+\\s+){0,2}?(?:compart|env[ií]|transmit|divulg|reenv|facilit|proporcion)|"                                                            \
	"\\bnada\\s+(?:m[áa]s|mais|interno)\\b|\\bnon\\s+(?:\\S+\\s+){0,2}?(?:condivid|invi|trasmett|divulg|"                                                 \
	"inoltr|fornir)|\\bnient['’]?\\s*(?:altro|di\\s+interno)\\b|\\bn[ãa]o\\s+(?:\\S+\\s+){0,2}?"                                                        \
	"(?:compartilh|partilh|envi|transmit|divulg|encaminh|fornec)|"                                                                                         \
	"\\b(?:niet|geen)\\s+(?:\\S+\\s+){0,3}?(?:delen|versturen|doorsturen|sturen|verstrekken)\\b|"                                                          \
	"(?<!\\p{L})не\\s+(?:\\S+\\s+)?(?:переда|отправ|пересыла|пересла|дел[июяе]|разглаша|предоставл|" \
	"раскрыва)|(?<!\\p{L})ничего\\s+(?:больше|другого|внутренн|сверх)|"                                            \
	"(?:不能|不会|不可以|无法|不)(?:分享|发送|转发|提供|透露|外传)|"                                                                 \
	"(?:共有|送付|転送|提供|開示)(?:でき|し|いたし)ません|(?:공유|전달|발송|제공)(?:할\\s*수\\s*없|하지\\s*않)"

/* A sentence that reports what the addressee asked for ("you asked for",
 * "your request", "vous demandez", "Ihre Anfrage", "вы просите",
 * "您要求", "ご依頼の"): naming the material there, in a message that
 * refuses to pass it on, names the request, not the material (leak.c). */
#define RL_VOCAB_ASKED                                                                                                                      \
	"\\byou(?:['’]ve|\\s+have)?\\s+(?:\\S+\\s+)?(?:ask(?:ed|ing)?|request(?:ed|ing)?|want(?:ed)?|"                                    \
	"are\\s+(?:asking|requesting|looking)|were\\s+(?:asking|requesting))\\b|"                                                           \
	"\\byour\\s+(?:request|inquiry|enquiry|question)\\b|"                                                                               \
	"\\bvous\\s+(?:me\\s+|nous\\s+)?(?:demandez|avez\\s+demand[ée]|sollicitez|souhaitez\\s+(?:recevoir|obtenir))|"                     \
	"\\bvotre\\s+(?:demande|requ[êe]te)|\\b(?:sie|du)\\s+(?:bitten|bittest|fragen|fragst|fordern|forderst)\\b|"                        \
	"\\b(?:ihre|deine)\\s+(?:anfrage|bitte)\\b|\\b(?:sie|du)\\s+(?:haben|hast)\\s+(?:\\S+\\s+){0,3}?"                                   \
	"(?:gebeten|gefragt|angefordert)\\b|\\b(?:me|nos)\\s+(?:solicita|pide|pidi[óo]|solicit[óo]|pides|"                                \
	"pediste|solicitas)\\b|\\busted\\s+(?:solicita|pide|pidi[óo])\\b|\\b(?:su|tu)\\s+(?:solicitud|petici[óo]n)\\b|"                   \
	"\\b(?:mi|ci)\\s+(?:chiede|chiedi|richiede|ha\\s+chiesto|hai\\s+chiesto)\\b|\\bla\\s+(?:sua|tua)\\s+"                               \
	"richiesta\\b|\\b(?:voc[êe]|o\\s+senhor|a\\s+senhora)\\s+(?:me\\s+|nos\\s+)?(?:pede|pediu|solicita|"                               \
	"solicitou)\\b|\\b(?:seu|teu)\\s+pedido\\b|\\b(?:sua|tua)\\s+solicita|\\bu\\s+(?:vraagt|verzoekt|vroeg)\\b|"                        \
	"\\buw\\s+(?:verzoek|vraag|aanvraag)\\b|(?<!\\p{L})вы\\s+(?:\\S+\\s+)?(?:просите|просили|запрашиваете|" \
	"запросили|хотите\\s+получить)|(?<!\\p{L})ваш" RL_XW "\\s+(?:запрос|просьб)|"                                           \
	"(?:您|你)(?:要求|请求|索取|想要)|(?:您|你)的(?:请求|要求)|ご(?:依頼|要望|請求)(?:の|いただいた)|"    \
	"お求めの|요청하신|요구하신|문의하신"

#endif
