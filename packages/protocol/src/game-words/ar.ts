import type { GameWords } from '../game-language.ts'

/**
 * Arabic: the adjective after the animal, agreeing in gender and both indefinite ("أسد شجاع", a brave lion). Every
 * animal here is masculine and every adjective in its masculine form, so every pair agrees. Team names are
 * definite plurals of animals that are not people, so their adjective is feminine singular ("الصواريخ الحمراء").
 * Left out: animals that are insults (حمار، كلب، خنزير، قرد، تيس، بقرة، جحش), the owl (an ill omen to many), the rabbit
 * (أرنب, feminine to many grammarians) and words that read as something else without vowels (حمل, pregnancy; مهر, dowry).
 */
export const ar: GameWords = {
  adjectiveFirst: false,
  adjectives: [
    'شجاع', 'ذكي', 'سريع', 'لطيف', 'سعيد', 'هادئ', 'نشيط', 'جريء', 'حكيم', 'كريم', 'مرح', 'ظريف', 'وفي', 'أنيق', 'لامع', 'ذهبي', 'فضي',
    'صغير', 'كبير', 'عظيم', 'قوي', 'نبيل', 'مهذب', 'صبور', 'فضولي', 'مبدع', 'بارع', 'مغامر', 'ودود', 'مبتسم', 'محظوظ', 'رشيق', 'حنون',
    'متألق', 'ماهر', 'شهم', 'طيب', 'جميل', 'بهيج', 'مقدام', 'وديع', 'فطن', 'نجيب', 'أزرق', 'أخضر',
  ],
  animals: [
    'أسد', 'نمر', 'فهد', 'دب', 'ذئب', 'ثعلب', 'صقر', 'نسر', 'غزال', 'حصان', 'جمل', 'فيل', 'دلفين', 'بطريق', 'طاووس', 'قنفذ',
    'سنجاب', 'كنغر', 'نورس', 'بلبل', 'هدهد', 'كناري', 'عصفور', 'قط', 'حوت', 'قرش', 'أخطبوط', 'تمساح', 'وشق', 'ظبي', 'وعل', 'أيل',
    'باز', 'شاهين', 'كروان', 'لقلق', 'قندس', 'نمس',
  ],
  teams: ['الصواريخ الحمراء', 'الحيتان الزرقاء', 'السحالي الخضراء', 'النسور الذهبية', 'الفراشات البنفسجية', 'الثعالب البرتقالية', 'السلاحف الفيروزية', 'طيور الفلامنغو الوردية'],
}
