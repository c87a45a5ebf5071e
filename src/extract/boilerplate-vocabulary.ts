/**
 * Words of site furniture, by language: navigation, sharing, subscription and "summary" prompts.
 * A short line made of these, with no sentence of its own, is not part of the story.
 * Lower case; matched as whole phrases against a whole (short) line, never inside a sentence.
 */
export const BOILERPLATE_PHRASES: readonly string[] = [
  // en
  'caption', 'loading content', 'iklan', 'opinion columnist', 'advertisement', 'advertising', 'sponsored', 'sponsored content', 'ad', 'skip ad', 'skip advertisement',
  'continue reading', 'continue reading below', 'story continues below', 'article continues below',
  'read more', 'read more here', 'read also', 'read next', 'see also', 'more on this', 'more from', 'more stories',
  'related', 'related articles', 'related stories', 'related content', 'related coverage', 'related links',
  'recommended', 'recommended for you', 'you may also like', 'you might also like', 'most read', 'most popular',
  'trending', 'top stories', 'latest news', 'latest', 'editor\'s picks', 'must read',
  'previous article', 'next article', 'previous post', 'next post', 'previous', 'next', 'prev', 'older post',
  'newer post', 'back to top', 'go to top', 'back', 'home', 'menu', 'close', 'open', 'skip to content',
  'share', 'share this', 'share this article', 'share this story', 'share on facebook', 'share on twitter',
  'share via email', 'tweet', 'email', 'print', 'copy link', 'link copied', 'comments', 'comment', 'leave a comment',
  'view comments', 'show comments', 'hide comments', 'post a comment', 'reply', 'like', 'follow', 'follow us',
  'subscribe', 'subscribe now', 'sign up', 'sign in', 'log in', 'login', 'register', 'newsletter',
  'sign up for our newsletter', 'get the newsletter', 'support us', 'donate',
  'no time to read', 'no time to read the whole article', 'short on time', 'in a hurry',
  'get a summary', 'show summary', 'summarize this article', 'summarise this article', 'summarize', 'summarise',
  'read the summary', 'ai summary', 'quick summary', 'key points', 'key takeaways', 'tl;dr', 'tldr',
  'listen to this article', 'listen', 'play', 'watch', 'watch video', 'video', 'photo', 'photos', 'gallery',
  'view gallery', 'enlarge', 'expand', 'click to expand', 'click here', 'tap here', 'loading', 'loading...',
  'tags', 'topics', 'filed under', 'categories', 'category', 'about the author', 'author', 'credits',
  'cookie settings', 'accept cookies', 'privacy policy', 'terms of use', 'all rights reserved',
  'true', 'false', 'null', 'undefined', 'nan',
  // de
  'anzeige', 'werbung', 'weiterlesen', 'mehr lesen', 'mehr zum thema', 'lesen sie auch', 'auch interessant',
  'vorheriger artikel', 'nächster artikel', 'zurück', 'weiter', 'teilen', 'artikel teilen', 'drucken',
  'kommentare', 'abonnieren', 'newsletter abonnieren', 'anmelden', 'keine zeit zum lesen',
  'zusammenfassung', 'zusammenfassung anzeigen', 'artikel zusammenfassen', 'das wichtigste in kürze',
  'kernpunkte', 'auf einen blick',
  // fr
  'publicité', 'lire aussi', 'lire la suite', 'à lire aussi', 'voir aussi', 'sur le même sujet',
  'article précédent', 'article suivant', 'précédent', 'suivant', 'partager', 'partager cet article',
  'imprimer', 'commentaires', 's\'abonner', 'abonnez-vous', 'se connecter', 'pas le temps de lire',
  'obtenir un résumé', 'résumer cet article', 'résumé', 'voir le résumé', 'points clés', 'l\'essentiel', 'en bref',
  // es
  'publicidad', 'leer más', 'lee también', 'lea también', 'te puede interesar', 'noticias relacionadas',
  'artículo anterior', 'artículo siguiente', 'anterior', 'siguiente', 'compartir', 'comentarios',
  'suscríbete', 'iniciar sesión', 'no tienes tiempo para leer', 'sin tiempo para leer',
  'obtener un resumen', 'resumir este artículo', 'ver resumen', 'resumen', 'puntos clave', 'lo esencial', 'en resumen',
  // it
  'pubblicità', 'leggi anche', 'leggi di più', 'articolo precedente', 'articolo successivo', 'precedente',
  'successivo', 'condividi', 'commenti', 'abbonati', 'accedi', 'non hai tempo di leggere',
  'ottieni un riassunto', 'riassumi questo articolo', 'riassunto', 'mostra riassunto', 'punti chiave', 'in sintesi',
  'in breve',
  // pt
  'publicidade', 'leia também', 'leia mais', 'veja também', 'saiba mais', 'artigo anterior', 'próximo artigo',
  'notícia anterior', 'próxima notícia', 'próximo', 'compartilhar', 'partilhar', 'comentários', 'assine',
  'entrar', 'sem tempo para ler', 'obter um resumo', 'resumir este artigo', 'ver resumo', 'resumo',
  'pontos-chave', 'pontos principais', 'em resumo',
  // ru
  'реклама', 'читайте также', 'читать далее', 'подробнее', 'по теме', 'предыдущая статья', 'следующая статья',
  'назад', 'далее', 'поделиться', 'комментарии', 'подписаться', 'войти', 'нет времени читать',
  'краткое содержание', 'получить краткое содержание', 'пересказ', 'кратко', 'коротко', 'ключевые моменты',
  'главное',
];

/** Headings of the list of other stories that many sites append below the story. */
export const RELATED_PHRASES: readonly string[] = [
  'more', 'related', 'related articles', 'related stories', 'related content', 'related coverage', 'related news',
  'related posts', 'related links', 'more stories', 'more great wired stories', 'more news', 'more from',
  'more on this story', 'more like this', 'want more stories like this', 'you may also like',
  'you might also like', 'recommended', 'recommended for you', 'recommended stories', 'most popular',
  'most read', 'popular', 'popular posts', 'popular this week', 'trending', 'trending now', 'top stories',
  'latest news', 'latest stories', 'recent articles', 'recent posts', 'editor\'s picks', 'don\'t miss',
  'mehr zum thema', 'das könnte sie auch interessieren', 'meistgelesen', 'weitere artikel', 'ähnliche artikel',
  'à lire aussi', 'sur le même sujet', 'les plus lus', 'articles similaires', 'vous aimerez aussi',
  'noticias relacionadas', 'te puede interesar', 'lo más leído', 'artículos relacionados', 'más noticias',
  'articoli correlati', 'potrebbe interessarti', 'i più letti', 'leggi anche', 'altre notizie',
  'notícias relacionadas', 'posts relacionados', 'artigos relacionados', 'mais lidas', 'veja também',
  'leia também', 'você pode gostar', 'читайте также', 'похожие статьи', 'популярное', 'самые популярные',
  'самое читаемое', 'другие новости', 'по теме', 'comments', 'leave a reply', 'leave a comment',
  'tell us what you think', 'kommentare', 'commentaires', 'comentarios', 'commenti', 'comentários', 'отзывы',
  'комментарии',
];

/** Single words of sharing and navigation: a short line made only of these is a row of buttons ("Share Tweet Submit"). */
export const BUTTON_WORDS: readonly string[] = [
  'share', 'tweet', 'submit', 'email', 'print', 'save', 'copy', 'link', 'facebook', 'twitter', 'whatsapp',
  'linkedin', 'pinterest', 'reddit', 'telegram', 'vk', 'pin', 'flipboard', 'messenger', 'sms', 'comments',
  'comment', 'share', 'teilen', 'partager', 'compartir', 'condividi', 'compartilhar', 'поделиться', 'x',
];

/** "Reading time: 3 minutes" and its translations: page chrome above the story. */
export const READING_TIME = /^(?:reading time|read time|\d+\s*min(?:ute)?s? read|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|время чтения)\b/iu;

/** Copyright and legal lines, furniture at the end of the page. */
export const LEGAL = /©|\bcopyright\b|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|tutti i diritti riservati|todos os direitos reservados|все права защищены/iu;

/** Calls to subscribe, follow, download or share: in a short paragraph at the edges, a site's promotion. */
export const PROMO_PATTERN =
  /\b(?:sign up|subscribe|newsletters?|news alerts|inbox|follow (?:us|\S+ on)|download (?:the|our)|get the \S+ app|share (?:it|this)|have a tip|join (?:our|us)|click here|tap here|enjoyed this article|abonnieren|abonnez-vous|suscríbete|iscriviti|assine|подпишитесь)\b/iu;
