/**
 * Sentence patterns of the Arabic common core documents. Right-to-left extraction writes digit
 * groups lowest first in running text ("900 8" is 8,900), hence digitGroups "reversed".
 */
import type {SentenceSpec} from "../sentences/sentence-spec.js";

export const CORE_AR_SENTENCES: SentenceSpec[] = [
  {
    id: "ar-foreign-students",
    family: "other",
    digitGroups: "reversed",
    // "The number of foreigners (from 110 countries) and stateless persons enrolled in higher and
    // secondary education in the academic year 2022-2023 is about 8,900 students."
    pattern:
      "عدد الأجانب \\(من {k} بلدان?\\) وعديمي الجنسية الملتحقين بمؤسسات التعليم العالي والثانوي في {p:period} {n} طالب",
    emit: [
      {slot: "n", indicator: "foreign_students_higher_secondary", unit: "persons"},
      {slot: "k", indicator: "foreign_students_countries_of_origin", unit: "countries"}
    ]
  },
  {
    id: "ar-foreign-students-earlier-year",
    family: "other",
    digitGroups: "reversed",
    within: /الملتحقين بمؤسسات التعليم العالي والثانوي/,
    // "... compared with the academic year 2015-2016 (4,326)."
    pattern: "مقارنة ب{p:period} \\({n}\\)",
    emit: [{slot: "n", indicator: "foreign_students_higher_secondary", unit: "persons"}]
  },
  {
    id: "ar-sms-staff-trained",
    family: "other",
    digitGroups: "reversed",
    // "Between 2016 and 2023, 1,000 staff of the Service and other agencies took part in the courses."
    pattern: "{p:period}، شارك {n} من موظفي الدائرة",
    emit: [{slot: "n", indicator: "staff_trained", unit: "persons", dims: {category: "SMS and other agencies"}}]
  },
  {
    id: "ar-free-classes-foreigners",
    family: "other",
    digitGroups: "reversed",
    // "Since their launch, about 7,000 foreign nationals and stateless persons have attended these classes."
    pattern: "شارك في هذه الدروس من[دذ] إطلاقها {n} شخص من الرعايا الأجانب",
    emit: [{slot: "n", indicator: "foreigners_attended_free_classes", unit: "persons", period: "document_date"}]
  }
];
