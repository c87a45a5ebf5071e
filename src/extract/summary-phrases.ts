/**
 * Labels of a site's own summary widget, by language (en, de, fr, es, it, pt, ru). Lower case, matched
 * against the whole label of a control or a box heading, never as a substring of running text.
 */
export const SUMMARY_PHRASES: readonly string[] = [
  // en
  'get a summary', 'get summary', 'show summary', 'see summary', 'view summary', 'read summary', 'read the summary',
  'summary', 'article summary', 'story summary', 'ai summary', 'quick summary', 'summarize', 'summarise',
  'summarize this article', 'summarise this article', 'summarize this story', 'summarise this story',
  'summarize article', 'summarise article', 'key points', 'key takeaways', 'takeaways', 'tl;dr', 'tldr', 'tl dr',
  'the short version', 'in brief', 'at a glance',
  // de
  'zusammenfassung', 'zusammenfassung anzeigen', 'zusammenfassung lesen', 'artikel zusammenfassen',
  'text zusammenfassen', 'kurzfassung', 'das wichtigste in kürze', 'das wichtigste', 'kernpunkte',
  'die wichtigsten punkte', 'auf einen blick',
  // fr
  'résumé', 'obtenir un résumé', 'voir le résumé', 'afficher le résumé', 'lire le résumé', 'résumer',
  'résumer cet article', 'résumé de l\'article', 'points clés', 'les points clés', 'l\'essentiel', 'en bref',
  // es
  'resumen', 'obtener un resumen', 'obtener resumen', 'ver resumen', 'ver el resumen', 'leer resumen', 'resumir',
  'resumir este artículo', 'resumen del artículo', 'puntos clave', 'claves', 'lo esencial', 'en resumen',
  // it
  'riassunto', 'ottieni un riassunto', 'mostra riassunto', 'leggi il riassunto', 'riassumi',
  'riassumi questo articolo', 'riassunto dell\'articolo', 'sintesi', 'in sintesi', 'punti chiave', 'in breve',
  // pt
  'resumo', 'obter um resumo', 'obter resumo', 'ver resumo', 'ler resumo', 'resumir', 'resumir este artigo',
  'resumir artigo', 'resumo do artigo', 'pontos-chave', 'pontos chave', 'pontos principais', 'em resumo',
  // ru
  'краткое содержание', 'получить краткое содержание', 'показать краткое содержание', 'кратко', 'коротко',
  'пересказ', 'краткий пересказ', 'пересказать статью', 'ключевые моменты', 'главное', 'главное за минуту',
  'суть', 'саммари',
];
