// The most frequent function words of the 17 most-used web languages. Kept short on purpose: they
// only need to keep "the"/"der"/"的" out of similarity, and to tell Latin-script languages apart.
const TABLE: Record<string, string> = {
  en: "a an the and or but if of to in on at by for with from as into about over after before than then so not no is are was were be been being has have had do does did will would can could should may might must it its it's this that these those he she they we you i me him her them us his their our your my who whom which what when where why how all any some such there here also just only very more most other up out said says s t",
  es: 'el la los las un una unos unas y o pero si de del al a en por para con sin sobre que se no es son fue era ser ha han había su sus lo le les este esta estos estas ese esa como más ya muy también entre cuando donde quien porque dijo me mi nos',
  de: 'der die das den dem des ein eine einen einem einer eines und oder aber wenn von zu im in am an auf für mit aus bei nach als dass daß nicht kein ist sind war waren sein hat haben hatte wird werden wurde es er sie wir ich ihr ihre sich auch noch nur so wie um über vor zum zur dieser diese dieses man',
  ru: 'и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне было вот от меня еще нет о из ему теперь когда уже для это этот эта эти был была были быть который которые также при их они мы ли если или',
  fr: 'le la les l un une des du de d et ou mais si à au aux en dans par pour avec sans sur sous que qu qui ne pas n est sont était été être a ont avait il elle ils elles on nous vous je se s son sa ses leur leurs ce cet cette ces plus aussi comme entre dont où c y',
  pt: 'o a os as um uma uns umas e ou mas se de do da dos das no na nos nas em por para com sem sobre que não é são foi era ser há tem seu sua seus suas ele ela eles elas isso este esta como mais também já muito entre quando onde quem porque disse ao aos à',
  it: "il lo la i gli le un uno una e o ma se di del della dei delle da dal dalla in nel nella nei con su sul sulla per tra fra che non è sono era essere ha hanno aveva si suo sua suoi sue lui lei loro questo questa come più anche già molto quando dove chi perché l un'",
  nl: 'de het een en of maar als van in op aan bij voor met uit naar door over dat die dit deze niet geen is zijn was waren wordt worden werd heeft hebben had hij zij ze wij we ik je u zich ook nog maar zo om te er dan wel',
  pl: 'i w we z ze na do o od po za przez dla przy oraz lub ale a że nie jest są był była było być ma mają to ten ta te tego tej jego jej ich się jak już także tylko też co który która które gdy',
  tr: 've veya ama ile bir bu şu o da de ki mi için gibi daha çok en ne her kadar sonra önce olan olarak oldu olduğu ise değil var yok ancak çünkü göre kendi diye',
  vi: 'và của là có được trong cho các những một không với đã này người đến để khi từ theo về như cũng thì ra nhiều sẽ tại nhưng nên vào do làm',
  id: 'dan di ke dari yang untuk dengan pada dalam ini itu adalah tidak akan juga atau oleh karena sebagai bahwa ada telah sudah bisa dapat mereka kami kita saya ia dia lebih para tersebut',
  ar: 'في من على إلى عن مع أن إن كان كانت هذا هذه ذلك التي الذي الذين ما لا لم لن قد و أو ثم هو هي هم كل بعد قبل بين عند حتى أي غير منذ وقال قال',
  fa: 'و در به از که این را با است برای آن یک تا بر هم نیز شد شده می کرد کند بود های ها او ما من آنها خود اما اگر یا پس وی دیگر بین',
  ko: '이 그 저 것 수 등 및 또 또는 그리고 하지만 그러나 있다 없다 했다 한다 하는 있는 에서 으로 에게 의 를 을 는 은 가 도 더 위해',
  ja: 'の に は を た が で て と し れ さ ある いる も する から な こと として い や れる など なっ ない この ため その あっ よう また もの という あり まで られ なる へ か だ これ によって により おり より による ず なり られる において ば なかっ なく しかし について せ だっ',
  zh: '的 了 是 在 和 也 有 就 不 人 都 一 一个 上 我 他 她 它 们 这 那 个 与 及 对 为 以 被 把 从 而 但 或 等 中 说 将 之 其 于 并 所 到 着 没有 还',
};

// Each language's set is built when first asked for: the worker that wakes for a click needs none yet.
const SETS = new Map<string, Set<string>>();

/** Languages with a stop-word table, for guessing a Latin-script language from its text. */
export const STOP_WORD_LANGUAGES: readonly string[] = Object.keys(TABLE);

/** Whether a lower-cased word is a stop word of the language (English when the language has no table). */
export function isStopWord(word: string, lang: string): boolean {
  return (stopWordsOf(lang) ?? (stopWordsOf('en') as ReadonlySet<string>)).has(word);
}

/** The stop-word set of a language, or undefined. */
export function stopWordsOf(lang: string): ReadonlySet<string> | undefined {
  let set = SETS.get(lang);
  if (set === undefined && Object.hasOwn(TABLE, lang)) SETS.set(lang, (set = new Set(TABLE[lang]!.split(' '))));
  return set;
}
