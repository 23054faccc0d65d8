// Recorded-style calls the demo plays into the widget's `hear()`, one per language of the demo: what a telephony's
// speech-to-text gives a CRM, lowercase, without punctuation, with fillers and run-on lines. Written for the demo
// (not taken from the catalog's triggers): a customer who finds the laptop expensive, then the delivery too slow,
// then wants to think it over, with ordinary talk between.
//
// Each line: `speaker` ('customer' or 'operator') and its final `text`; with `interim: true` the player first
// gives its growing fragments (`final: false`), as a recogniser does while someone is still talking.
// Types: sample-calls.d.ts.
export const SAMPLE_CALLS = {
  ru: [
    { speaker: 'operator', text: 'техно дом здравствуйте меня зовут игорь слушаю вас' },
    { speaker: 'customer', text: 'да здравствуйте это анна я вчера на сайте ноутбук заказывала' },
    { speaker: 'operator', text: 'вижу ваш заказ десять четыре восемь два acer aspire пять' },
    { speaker: 'customer', text: 'ну вот эээ я посмотрела еще раз и как то дороговато выходит если честно', interim: true },
    { speaker: 'operator', text: 'понимаю давайте посмотрим что входит в эту цену' },
    { speaker: 'customer', text: 'угу хорошо' },
    { speaker: 'operator', text: 'гарантия два года и доставка бесплатная' },
    { speaker: 'customer', text: 'а вот доставка кстати три дня это ну долго мне бы к пятнице уже', interim: true },
    { speaker: 'operator', text: 'можно экспрессом за один день' },
    { speaker: 'customer', text: 'ага понятно а курьеру картой можно заплатить' },
    { speaker: 'operator', text: 'да картой при получении' },
    { speaker: 'customer', text: 'ладно я ну как бы подумаю еще посоветуюсь с мужем и перезвоню', interim: true },
    { speaker: 'operator', text: 'хорошо что для вас сейчас главное цена или срок' },
    { speaker: 'customer', text: 'ну цена наверное главное' },
    { speaker: 'operator', text: 'тогда я отложу ноутбук до завтра и наберу вас в обед' },
    { speaker: 'customer', text: 'давайте спасибо до свидания' },
  ],
  en: [
    { speaker: 'operator', text: 'techhome good afternoon this is james how can i help' },
    { speaker: 'customer', text: 'hi yeah it is emily carter i ordered a laptop from you yesterday' },
    { speaker: 'operator', text: 'i can see it order one zero four eight two the acer aspire five' },
    { speaker: 'customer', text: 'right so um i had another look and honestly it is a bit too expensive for me', interim: true },
    { speaker: 'operator', text: 'i understand let me go through what the price includes' },
    { speaker: 'customer', text: 'okay sure' },
    { speaker: 'operator', text: 'a two year warranty and free delivery to your door' },
    { speaker: 'customer', text: 'and like the delivery three days that is way too long i need it by friday', interim: true },
    { speaker: 'operator', text: 'we can send it express next day' },
    { speaker: 'customer', text: 'oh okay and the courier can take my card right' },
    { speaker: 'operator', text: 'yes card on delivery is fine' },
    { speaker: 'customer', text: 'hmm you know what let me think about it i will talk to my husband first', interim: true },
    { speaker: 'operator', text: 'of course what matters most to you the price or the date' },
    { speaker: 'customer', text: 'the price mostly i guess' },
    { speaker: 'operator', text: 'then i will hold the laptop until tomorrow and call you at lunchtime' },
    { speaker: 'customer', text: 'sounds good thanks bye' },
  ],
  tr: [
    { speaker: 'operator', text: 'teknoev iyi günler ben emre nasıl yardımcı olabilirim' },
    { speaker: 'customer', text: 'merhaba ben ayşe yılmaz dün sizden bir dizüstü sipariş etmiştim' },
    { speaker: 'operator', text: 'siparişinizi görüyorum on bin dört yüz seksen iki acer aspire beş' },
    { speaker: 'customer', text: 'şey yani bir daha baktım da açıkçası biraz pahalı geldi bana', interim: true },
    { speaker: 'operator', text: 'anlıyorum fiyata neler dahil bir bakalım' },
    { speaker: 'customer', text: 'tamam olur' },
    { speaker: 'operator', text: 'iki yıl garanti ve ücretsiz kargo var' },
    { speaker: 'customer', text: 'kargo da üç gün diyor o çok uzun yani bana cumaya lazım', interim: true },
    { speaker: 'operator', text: 'ekspres kargoyla ertesi gün gönderebiliriz' },
    { speaker: 'customer', text: 'hı anladım kapıda kartla ödeyebiliyor muyum' },
    { speaker: 'operator', text: 'evet kapıda kartla ödeyebilirsiniz' },
    { speaker: 'customer', text: 'peki ben bir düşüneyim eşimle de konuşayım sonra dönerim', interim: true },
    { speaker: 'operator', text: 'tabii sizin için şu an en önemlisi fiyat mı teslimat mı' },
    { speaker: 'customer', text: 'şey fiyat daha önemli' },
    { speaker: 'operator', text: 'o zaman dizüstünü yarına kadar ayırayım öğlen sizi arayayım' },
    { speaker: 'customer', text: 'olur teşekkürler iyi günler' },
  ],
};
