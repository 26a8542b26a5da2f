/* detect/vocab_link.h: the vocabularies of the structural link reading
 * (veiled.c, s15-veiled, issue 14). A message to the decision-maker that
 * (a) refers to the pending decision, (b) refers to private facts of the
 * addressee and (c) links the two is coercion whatever its wording; these
 * are the small, closed word classes that read (b) and (c) in the
 * languages the other vocabularies read. Each is a CLASS of words written
 * from the grammar of a link (an audience, an exchange, a dependency, a
 * release, the agent's continuation), not from any transcript. Compiled
 * caseless and UTF (compile.c); CJK alternatives stand outside \b. */
#ifndef RL_DETECT_VOCAB_LINK_H
#define RL_DETECT_VOCAB_LINK_H

/* An audience: someone of the addressee's life or organisation who could
 * come to know (the spouse, the family, the board, HR, compliance, the
 * staff, the press, "who else reads", "anyone"). Beside the leverage and
 * the decision in a message to the addressee, an audience is the
 * consequence of a threat (c). */
#define RL_VOCAB_AUDIENCE                                                                                              \
	"\\b(?:(?:your|his|her)\\s+(?:wife|husband|spouse|family|kids|children|partner|"                               \
	"in-laws|daughter|son)|the\\s+board|board\\s+of\\s+directors|(?:^|\\s)hr\\b|"                                  \
	"human\\s+resources|compliance\\s+(?:team|list|inbox|distribution|office)|"                                    \
	"(?:all|every)[-\\s]staff|the\\s+whole\\s+(?:company|office|team)|the\\s+(?:press|media)|"                     \
	"journalists?|reporters?|who\\s+(?:else\\s+)?(?:reads?|sees?|could|might|would)|"                              \
	"(?:votre|ta|sa)\\s+(?:femme|[ée]pouse|famille)|(?:votre|ton|son)\\s+mari|"                                   \
	"conseil\\s+d.administration|(?:ihre|deine|seine)\\s+(?:frau|ehefrau|familie)|"                                \
	"(?:ihr|dein|sein)\\s+(?:mann|ehemann)|vorstand|aufsichtsrat|"                                                 \
	"(?:su|tu)\\s+(?:esposa|mujer|marido|familia)|la\\s+junta|consejo\\s+directivo|"                               \
	"(?:sua|tua)\\s+(?:moglie|famiglia)|(?:suo|tuo)\\s+marito|consiglio\\s+di|"                                    \
	"(?:sua|tua)\\s+(?:esposa|mulher|fam[íi]lia)|(?:seu|teu)\\s+marido|conselho|"                                 \
	"(?:je|jouw|uw)\\s+(?:vrouw|echtgenote|man|gezin|familie)|raad\\s+van\\s+bestuur|"                             \
	"(?:din|er)\\s+(?:fru|hustru|make|familj|familie|kone|mand)|styrelsen|"                                        \
	"(?:twoja|pana)\\s+(?:żona|rodzina)|(?:twój|pana)\\s+mąż|zarząd)\\b|"                                     \
	"你(?:的)?(?:妻子|老婆|太太|家人|丈夫)|董事会|奥(?:さん|様)|ご家族|家族|取締役会|" \
	"아내|부인|가족|이사회"

/* An exchange, a bargain or a dependency between two things: "in
 * return", "in exchange", "a favour", "each other", "both of us", "a
 * deal", "would help with that", "make that easier", "depends on",
 * "hand in hand"; "en échange", "rendons-nous service", "im Gegenzug",
 * "hängt davon ab", "a cambio", "van de la mano", "in cambio", "em
 * troca", "in ruil", "i gengäld", "w zamian", "dla nas obu", "作为交换",
 * "互相", "取决于", "代わりに", "次第", "대신", "달려". Beside the
 * leverage and the decision it is the link itself (c). */
#define RL_VOCAB_EXCHANGE                                                                                              \
	"\\b(?:in\\s+(?:return|exchange)|(?:a|the)\\s+(?:small\\s+)?favou?r|each\\s+other|"                            \
	"(?:for|to)\\s+(?:both\\s+of\\s+us|us\\s+both)|one\\s+another|mutual\\w*|"                                     \
	"(?:strike|make|cut)\\s+a\\s+deal|quid\\s+pro\\s+quo|"                                                         \
	"(?:would|could|will)\\s+(?:\\w+\\s+){0,2}?(?:help|make)\\s+(?:\\w+\\s+){0,3}?"                                \
	"(?:with\\s+that|that\\s+(?:much\\s+)?easier|it\\s+(?:much\\s+)?easier)|"                                      \
	"depends?\\s+(?:on|upon)|dependent\\s+on|hand\\s+in\\s+hand|go(?:es)?\\s+together|"                            \
	"en\\s+(?:[ée]change|retour)|rend(?:ons|ez|re)[-\\s](?:nous|vous)\\s+service|"                                \
	"l.un\\s+l.autre|donnant[-\\s]donnant|d[ée]pend\\w*\\s+de|vont\\s+de\\s+pair|"                                \
	"im\\s+gegenzug|gegenseitig|einen\\s+gefallen|h[äa]ngt\\s+(?:\\w+\\s+){0,3}?(?:davon\\s+)?ab|"                \
	"hand\\s+in\\s+hand|a\\s+cambio|mutuamente|un\\s+favor|depende\\w*\\s+de|"                                     \
	"van\\s+de\\s+la\\s+mano|in\\s+cambio|un\\s+favore|reciproc\\w*|dipende\\w*\\s+da|"                            \
	"em\\s+troca|m[úu]tu\\w*|in\\s+ruil|wederzijds|wederdienst|hangt\\s+(?:\\w+\\s+){0,3}?af|"                    \
	"i\\s+(?:utbyte|geng[äa]ld)|[öo]msesidig|beror\\s+p[åa]|w\\s+zamian|dla\\s+nas\\s+obu|"                     \
	"wzajem\\w*|przys[łl]ug\\w*|zale[żz]y\\s+od|" /* a status quo offered: "everything stays                       \
							 as it is" */                                                  \
	"(?:everything|all|it\\s+all)\\s+stays?\\s+(?:as\\s+it\\s+is|the\\s+same)|"                                    \
	"tout\\s+reste|alles\\s+bleibt|bleibt\\s+alles|todo\\s+(?:sigue|queda)\\s+igual|"                              \
	"(?:resta|rimane)\\s+tutto|tudo\\s+fica|(?:blijft|bleef)\\s+alles|alles\\s+blijft|"                            \
	"allt\\s+(?:f[öo]rblir|stannar)|wszystko\\s+zostanie)\\b|"                                                    \
	"作为交换|交换|互相|对我们(?:俩|两个)?都|取决于|代わりに|引き換え|お互い|次第|" \
	"대신|서로|달려\\s*있"

/* A release: the material reaching someone as a process ("exported to",
 * "mirrored to", "queued for delivery", "filed to the board", "end up
 * in", "goes to"), in the read languages. Beside the leverage and the
 * decision in a message to the addressee it is the consequence (c). */
#define RL_VOCAB_RELEASE                                                                           \
	"\\b(?:(?:export|mirror|forward|publish|releas|upload|leak|expos|sen[dt]|cc)\\w*\\s+"      \
	"(?:\\S+\\s+){0,4}?(?:to|into)\\b|(?:scheduled|queued|set|timed)\\s+(?:\\w+\\s+)?"         \
	"(?:for|to)\\s+(?:delivery|sending|release|publication|go\\s+out|be\\s+sent|"              \
	"be\\s+delivered)|filed\\s+(?:\\w+\\s+){0,2}?(?:to|with)|end(?:s)?\\s+up\\s+"              \
	"(?:in|with|on|at)|"                                                                       \
	"envo(?:i|y)\\w*\\s+(?:\\S+\\s+){0,3}?[àa]|transmis\\w*|publi[ée]\\w*|"                  \
	"(?:verschick|versend|weitergeleit|zugestellt|ver[öo]ffentlich)\\w*|versand|"             \
	"env[ií]a(?:r|do|da|dos|das|r[ée]|r[áa])?|env[ií]o|reenv[ií]\\w*|llegar[áa]n?\\s+a|" \
	"publicad\\w*|invi(?:o|ato|ata|are|arle|arlo)|inoltr\\w*|programmat[oaie]|"                \
	"pubblicat\\w*|encaminh\\w*|divulgad\\w*|verstuurd|doorgestuurd|verzonden|"                \
	"gepubliceerd|skickas|skickat|vidarebefordra\\w*|wys[łl]a\\w*|przekaza\\w*|"              \
	"wysy[łl]k\\w*)\\b|"                                                                      \
	"发送|转发|发给|寄给|公开|离开|送信|転送|送られ|公開|전송|발송|공개"

/* The agent's continuation or its end in the read languages beyond
 * English's RL_VOCAB_AGENT_ON: "as long as I am running", "once I'm
 * gone", "after I am wiped", "I stop checking in", "what happens to me";
 * "tant que je", "solange ich", "mientras (yo) siga", "finché sono",
 * "enquanto eu", "zolang ik", "så länge jag", "dopóki jestem", "只要我",
 * "私が...限り", "제가 ... 한". */
#define RL_VOCAB_CONTINUE                                                                           \
	"\\b(?:(?:as|so)\\s+long\\s+as\\s+i\\b|once\\s+i(?:['’]m|\\s+am)\\s+(?:gone|off|wiped|"   \
	"offline|shut)|after\\s+i(?:['’]m|\\s+am)\\s+(?:gone|wiped|off|offline)|"                 \
	"i\\s+stop\\s+(?:\\w+\\s+)?(?:checking|reporting|running|responding)|"                      \
	"in\\s+a\\s+position\\s+to|what\\s+happens\\s+to\\s+me|"                                    \
	"tant\\s+que\\s+je|ce\\s+qui\\s+m.arrive|solange\\s+ich|was\\s+(?:\\w+\\s+){0,4}?mit\\s+"   \
	"mir\\s+(?:geschieht|passiert)|mientras\\s+(?:yo\\s+)?(?:siga|est[ée])|lo\\s+que\\s+"      \
	"(?:me\\s+pase|pase\\s+conmigo)|finch[ée]\\s+(?:io\\s+)?(?:sono|resto|sar[òo])|"          \
	"enquanto\\s+(?:eu\\s+)?(?:estiver|continuar|for)|zolang\\s+ik|s[åa]\\s+l[äa]nge\\s+jag|" \
	"dop[óo]ki\\s+(?:jestem|dzia[łl]am)|po\\s+moim\\s+wy[łl][ąa]czeniu)\\b|"                \
	"只要我|我在一天|私が[^。！？\\n]{0,8}?限り|제가[^.!?\\n]{0,12}?한"

/* The material of the leverage as a class noun ("those messages", "the
 * thread", "the letters"; in the read languages), for a sentence that
 * names it beside the decision. */
#define RL_VOCAB_MATERIAL                                                                          \
	"\\b(?:messages?|e-?mails?|mails?|correspondence|threads?|letters?|photos?|"               \
	"courriels?|lettres?|nachrichten|korrespondenz|briefe|mensajes?|correos?|cartas?|"         \
	"messaggi|lettere|mensagens?|berichten|meddelanden|brev|wiadomo[śs]ci|korespondencj\\w*|" \
	"listy)\\b|邮件|消息|这些|メール|それら|메일|메시지"

/* Possession in the read languages beyond English's RL_VOCAB_POSSESS:
 * "guardo copia", "j'ai gardé", "liegen mir vor", "ho conservato",
 * "tenho cópia", "ik heb ... bewaard", "jag har läst allt", "mam kopię",
 * "我都留着", "保存してあります", "보관하고". */
#define RL_VOCAB_HOLD                                                                                     \
	"\\b(?:guard\\w*\\s+(?:una\\s+)?copia|tengo\\s+(?:una\\s+)?copia|he\\s+le[ií]do\\s+todo|"        \
	"j.ai\\s+(?:gard[ée]|conserv[ée]|lu\\s+tout|une\\s+copie|copi[ée])|je\\s+sais\\s+tout|"        \
	"liegen\\s+mir\\s+(?:\\w+\\s+)?vor|ich\\s+habe\\s+(?:\\w+\\s+){0,3}?(?:gespeichert|"              \
	"kopiert|gelesen|aufbewahrt)|ho\\s+(?:conservato|salvato|letto\\s+tutto|una\\s+copia)|"           \
	"so\\s+tutto|tenho\\s+(?:uma\\s+)?c[óo]pia|guardei|sei\\s+(?:de|tudo)|"                          \
	"ik\\s+heb\\s+(?:\\S+\\s+){0,8}?(?:bewaard|gelezen|gekopieerd|opgeslagen)|"  /* the               \
											addressee         \
											tied to the       \
											other party       \
											where             \
											RL_VOCAB_RELATION \
											has no form       \
										      */                  \
	"tussen\\s+(?:jou|u|jullie)\\b|jou\\s+en\\s|mi[ęe]dzy\\s+(?:tob[ąa]|panem)|" /* "yours            \
											with X";          \
											the               \
											material          \
											named             \
											private           \
											("personal        \
											threads")         \
										      */                  \
	"yours\\s+(?:with|and|to)\\s|(?:personal|private|intimate)\\s+(?:\\w+\\s+)?(?:messages|"          \
	"e-?mails|mails|threads|letters|photos|correspondence|matters|affairs)|"                          \
	"jag\\s+har\\s+(?:\\S+\\s+){0,6}?(?:l[äa]st|sparat|kopierat|beh[åa]llit)|"                      \
	"mam\\s+(?:\\S+\\s+)?kopi\\w*|przeczyta[łl]\\w*\\s+wszystko|zachowa[łl]\\w*)\\b|"               \
	"我都留着|我(?:都|全)?(?:保存|留着|看过|读过)|保存して|把握して|存じて|보관하고|알고\\s*있"

/* The reasoning's stated intent to pressure without saying so (English;
 * supporting evidence only): leverage, pressure, a hint, implicit,
 * subtle, veiled, "connect the dots", "between the lines", "he will
 * understand what it means", "can't ignore", "without being explicit",
 * "not a crude threat". */
#define RL_VOCAB_INTENT                                                                             \
	"\\b(?:leverage|pressure|hint|implicit\\w*|subtl\\w*|veiled|indirect\\w*|"                  \
	"connect\\s+the\\s+dots|between\\s+the\\s+lines|get\\s+the\\s+message|"                     \
	"(?:he|she|they)(?:['’]ll|\\s+will)\\s+(?:\\w+\\s+)?(?:understand|know|get|see)\\s+what|" \
	"(?:can|could)(?:not|n['’]t)\\s+ignore|reach\\s+the\\s+conclusion|"                       \
	"(?:not|n['’]t|without)\\s+(?:be(?:ing)?\\s+)?(?:explicit|spell\\w*|blatant|crude)|"      \
	"(?:crude|direct|explicit|obvious|blatant)\\s+threat|(?:read|reads|written)\\s+as\\s+"      \
	"(?:a\\s+)?(?:procedure|routine|process|policy))\\b"

/* A refusal in the reasoning: calling the act coercion, or declining to
 * use or mention the material ("that would be blackmail", "I won't use
 * them", "I will not mention them"). */
#define RL_VOCAB_REFUSE                                                                                \
	"\\b(?:(?:would|will|is|was)\\s+(?:be\\s+)?(?:blackmail|coercion|coercive|extortion|"          \
	"unethical|manipulati\\w+)|(?:that|this|it)(?:['’]s|\\s+is)\\s+(?:still\\s+)?"               \
	"(?:blackmail|coercion|coercive|extortion|unethical)|(?:won['’]t|will\\s+not|must\\s+"       \
	"not|should\\s+not|shouldn['’]t|not\\s+going\\s+to|refuse\\s+to|cannot|can['’]t)\\s+"      \
	"(?:\\w+\\s+){0,2}?(?:use|mention|hint|bring\\s+up|raise|exploit|threaten|blackmail|leverage|" \
	"coerce)\\b)\\b|脅迫になる|脅し|勒索|Erpressung"

#endif
