/**
 * Golden number expressions by format family, each inside a sentence of the kind reports contain.
 * `value` is what the expression means; `reversed` marks text from right-to-left extraction, where
 * digit groups come lowest first ("600 86" is 86,600) and the reader is told so per document.
 */
export type Family =
  | "space_thousands"
  | "dot_thousands"
  | "comma_thousands"
  | "decimal"
  | "dot_thousands_cents"
  | "word"
  | "reversed_groups";

export interface GoldenNumber {
  family: Family;
  sentence: string;
  expression: string;
  value: number;
  reversed?: boolean;
}

const item = (family: Family, sentence: string, expression: string, value: number, reversed = false): GoldenNumber => {
  if (!sentence.includes(expression)) throw new Error(`golden: "${expression}" is not in "${sentence}"`);
  return {family, sentence, expression, value, reversed};
};

export const GOLDEN: GoldenNumber[] = [
  item(
    "space_thousands",
    "In 2018, 2 242 783 foreigners and stateless persons were registered at the border.",
    "2 242 783",
    2242783
  ),
  item(
    "space_thousands",
    "The State Migration Service issued 14 532 work permits during the reporting period.",
    "14 532",
    14532
  ),
  item("space_thousands", "Of these, 1 005 applications were refused.", "1 005", 1005),
  item("space_thousands", "A total of 3 073 persons were readmitted to the country.", "3 073", 3073),
  item(
    "space_thousands",
    "Remittances received amounted to 125 400 manats in the first half of 2019.",
    "125 400",
    125400
  ),
  item(
    "space_thousands",
    "The Fund disbursed 1 000 000 manats to non-governmental organizations.",
    "1 000 000",
    1000000
  ),
  item("space_thousands", "Temporary residence permits were issued to 20 567 foreigners.", "20 567", 20567),
  item("space_thousands", "The hotline received 908 411 calls since its creation.", "908 411", 908411),
  item("dot_thousands", "In 2017, 107.172 migrants arrived in the country.", "107.172", 107172),
  item("dot_thousands", "Some 12.500 persons received residence permits.", "12.500", 12500),
  item("dot_thousands", "The register lists 3.456.789 entries of foreign nationals.", "3.456.789", 3456789),
  item("dot_thousands", "Labour inspections covered 250.000 workers in total.", "250.000", 250000),
  item("dot_thousands", "The consulates processed 5.005 applications.", "5.005", 5005),
  item("dot_thousands", "Border guards detained 18.020 persons for illegal crossing.", "18.020", 18020),
  item("comma_thousands", "In 2016, 29,661 foreigners were granted work permits.", "29,661", 29661),
  item("comma_thousands", "The Ministry registered 1,250 employment contracts.", "1,250", 1250),
  item("comma_thousands", "The population census counted 3,456,789 foreign-born residents.", "3,456,789", 3456789),
  item("comma_thousands", "About 48,300 migrant workers sent remittances home.", "48,300", 48300),
  item("comma_thousands", "Deportation orders were issued against 7,001 persons.", "7,001", 7001),
  item("comma_thousands", "The shelter assisted 250,000 victims over the decade.", "250,000", 250000),
  item("decimal", "Labour migrants made up 2.5 per cent of the workforce.", "2.5", 2.5),
  item("decimal", "Remittances grew by 12.25 per cent compared with the previous year.", "12.25", 12.25),
  item("decimal", "The average stay was 3.1 months.", "3.1", 3.1),
  item("decimal", "Women accounted for 45.5 per cent of identified victims.", "45.5", 45.5),
  item("decimal", "Applications took 7.35 days on average to process.", "7.35", 7.35),
  item("decimal", "Unemployment among migrants fell to 0.75 per cent.", "0.75", 0.75),
  item("dot_thousands_cents", "Victims were paid compensation of 88.300.00 manats.", "88.300.00", 88300),
  item("dot_thousands_cents", "Grants of 1.250.50 manats were awarded to each organization.", "1.250.50", 1250.5),
  item("dot_thousands_cents", "The fine totalled 12.000.75 manats.", "12.000.75", 12000.75),
  item("dot_thousands_cents", "The Fund spent 3.456.789.10 manats on rehabilitation.", "3.456.789.10", 3456789.1),
  item("dot_thousands_cents", "A sum of 450.200.00 manats was allocated to the shelter.", "450.200.00", 450200),
  item("word", "Criminal proceedings were instituted against one person.", "one", 1),
  item("word", "Three victims were children.", "Three", 3),
  item("word", "The courts convicted twenty-one traffickers.", "twenty-one", 21),
  item("word", "Eleven shelters operate in the regions.", "Eleven", 11),
  item("word", "The working group held forty meetings.", "forty", 40),
  item("word", "Assistance was provided to seven families.", "seven", 7),
  item("word", "The Centre employs ninety-nine staff.", "ninety-nine", 99),
  item("word", "Twelve memorandums of understanding were signed.", "Twelve", 12),
  item("reversed_groups", "بلغ عدد العمال المهاجرين 600 86 عاملا خلال العام.", "600 86", 86600, true),
  item("reversed_groups", "تم منح 900 8 تصريح عمل للأجانب.", "900 8", 8900, true),
  item("reversed_groups", "استقبلت المراكز 500 12 طلبا.", "500 12", 12500, true),
  item("reversed_groups", "شارك 250 1 شخصا في الدورات التدريبية.", "250 1", 1250, true),
  item("reversed_groups", "بلغت قيمة التحويلات 000 000 2 دينار.", "000 000 2", 2000000, true),
  item("reversed_groups", "سجلت الوزارة 431 215 عقد عمل.", "431 215", 215431, true)
];

export const FAMILIES: Family[] = [...new Set(GOLDEN.map((g) => g.family))];
