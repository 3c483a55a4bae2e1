/**
 * The one message catalogue: every user-facing sentence, Thai and English, keyed by code.
 * Placeholders {name} are filled from Issue.params. Modules add their codes here, nowhere else.
 */
import type { Issue, Lang } from './types';

export type Message = { readonly th: string; readonly en: string };

export const MESSAGES = {
  // Scanner: problems in the user's tables
  'item.duplicate': {
    th: 'ข้อ {code} ปรากฏซ้ำ: ที่ {other} ด้วย (ใช้ค่าแรก {score})',
    en: 'Item {code} appears twice: also at {other} (the first, {score}, is used)',
  },
  'item.duplicateConflict': {
    th: 'ข้อ {code} ปรากฏซ้ำด้วยคะแนนต่างกัน: {score} และ {otherScore} ที่ {other}',
    en: 'Item {code} appears twice with different scores: {score} and {otherScore} at {other}',
  },
  'item.oitScale': {
    th: 'คะแนนข้อ {code} เป็น {score}: ข้อ OIT ควรเป็น 0, 50 หรือ 100',
    en: 'Item {code} scores {score}: an OIT item should be 0, 50 or 100',
  },
  'item.outOfRange': {
    th: 'คะแนนข้อ {code} เป็น {score}: อยู่นอกช่วง 0–100 จึงไม่นำมาคำนวณ',
    en: 'Item {code} scores {score}: outside 0–100, not used',
  },
  'item.unreadable': { th: 'อ่านคะแนนข้อ {code} ไม่ได้: "{raw}"', en: 'Cannot read the score of item {code}: "{raw}"' },
  'item.blank': { th: 'ข้อ {code} ไม่มีคะแนน', en: 'Item {code} has no score' },
  'item.missing': {
    th: 'ไม่พบข้อ {codes} ในสมุดงาน: ตัวชี้วัดที่ {indicator} คำนวณจากข้อที่มีไม่ได้',
    en: 'Items {codes} are not in the workbook: indicator {indicator} cannot be computed from items',
  },
  'item.codeNameMismatch': {
    th: 'แถวนี้พิมพ์รหัส {typed} แต่ชื่อเป็นของข้อ {code} "{name}" ในกรอบปี {year}: ถือเป็นข้อ {code} ตามชื่อ (โปรดแก้รหัส)',
    en: 'This row is typed {typed} but its name is that of FY{year} item {code} "{name}": taken as {code} by its name (please correct the code)',
  },
  'item.unknownCode': {
    th: 'ไม่รู้จักข้อ {code} ในกรอบการประเมินปี {year}',
    en: 'Item {code} is not in the FY{year} framework',
  },
  'indicator.outOfRange': {
    th: 'คะแนนตัวชี้วัดที่ {no} เป็น {score}: อยู่นอกช่วง 0–100',
    en: 'Indicator {no} scores {score}: outside 0–100',
  },
  'indicator.mismatch': {
    th: 'ตัวชี้วัดที่ {no}: ในสมุดงานเขียน {reported} แต่คำนวณจากรายข้อได้ {computed}',
    en: 'Indicator {no}: the workbook says {reported} but its items give {computed}',
  },
  'indicator.missing': {
    th: 'ไม่มีคะแนนตัวชี้วัดที่ {no} ({name}) และคำนวณจากรายข้อไม่ได้',
    en: 'Indicator {no} ({name}) has no score and cannot be computed from items',
  },
  'indicator.unreadable': {
    th: 'อ่านคะแนนตัวชี้วัดที่ {no} ไม่ได้: "{raw}"',
    en: 'Cannot read the score of indicator {no}: "{raw}"',
  },
  'indicator.duplicate': {
    th: 'ตัวชี้วัดที่ {no} ปรากฏซ้ำ: ที่ {other} ด้วย',
    en: 'Indicator {no} appears twice: also at {other}',
  },
  'overall.mismatch': {
    th: 'คะแนนภาพรวม: ในสมุดงานเขียน {reported} แต่คำนวณได้ {computed}',
    en: 'Overall score: the workbook says {reported} but the indicators give {computed}',
  },
  'overall.incomplete': {
    th: 'คำนวณคะแนนภาพรวมไม่ได้: ขาดคะแนน {tools}',
    en: 'The overall score cannot be computed: {tools} missing',
  },
  'tool.mismatch': {
    th: 'คะแนน {tool}: ในสมุดงานเขียน {reported} แต่คำนวณได้ {computed}',
    en: '{tool} score: the workbook says {reported} but the indicators give {computed}',
  },
  'year.unknown': {
    th: 'ไม่มีกรอบการประเมินของปี {year}: ใช้กรอบปี {used} แทน',
    en: 'No framework for FY{year}: using FY{used} instead',
  },
  'year.notFound': {
    th: 'ไม่พบปีงบประมาณที่ประเมินในสมุดงาน: ใช้ปี {used} (กำหนดเองได้)',
    en: 'No assessment year found in the workbook: using FY{used} (you can set it)',
  },
  'year.optionContradicts': {
    th: 'กำหนดปีประเมินเป็น {year} แต่สมุดงานระบุปี {stated}: ใช้ปี {year} ตามที่กำหนด',
    en: 'The assessment year is set to {year} but the workbook says {stated}: using {year} as set',
  },
  'year.namesFitOther': {
    th: 'สมุดงานระบุปี {year} แต่ชื่อข้อตรงกับกรอบปี {other} มากกว่า ({otherMatched} ข้อ เทียบกับ {matched} ข้อ): ตรวจสอบปีที่ระบุ',
    en: 'The workbook says FY{year} but its item names fit FY{other} better ({otherMatched} against {matched}): check the year',
  },
  'year.planNotAfter': {
    th: 'ปีของแผน {planYear} ต้องอยู่หลังปีที่ประเมิน {year}: ใช้ปี {used}',
    en: 'The plan year {planYear} must come after the assessment year {year}: using {used}',
  },
  'framework.noItems': {
    th: 'กรอบการประเมินปี {year} มีข้อมูลถึงระดับตัวชี้วัดเท่านั้น: คะแนนรายข้อ {count} ข้อในสมุดงานจึงไม่ได้นำมาใช้ ใช้คะแนนตัวชี้วัดตามที่ระบุ',
    en: 'The FY{year} framework is known at indicator level only: the {count} item scores in the workbook are not used; the stated indicator scores are',
  },
  'indicator.unreliable': {
    th: 'ตัวชี้วัดที่ {nos} ไม่มีคะแนนที่ระบุในสมุดงาน และการจัดข้อเข้าตัวชี้วัดของปี {year} ยังไม่ได้ยืนยัน: คำนวณจากรายข้อได้เพียงค่าประมาณที่เชื่อถือไม่ได้ (ใส่คะแนนตัวชี้วัดตามที่ ป.ป.ช. ประกาศเพื่อให้ถูกต้อง)',
    en: "Indicators {nos} have no stated score and the FY{year} grouping of items into indicators is not verified: items give only an unreliable estimate (type the NACC's published indicator scores to be exact)",
  },
  'year.conflict': {
    th: 'สมุดงานระบุปีประเมินหลายปี ({years}): ใช้ปี {used}',
    en: 'The workbook names several assessment years ({years}): using FY{used}',
  },
  'agency.conflict': {
    th: 'ชื่อหน่วยงานไม่ตรงกัน: "{name}" และ "{other}" ที่ {otherCell}',
    en: 'The agency name differs: "{name}" and "{other}" at {otherCell}',
  },
  'text.strayChar': { th: 'มีอักขระแปลกปลอม ({char}) ในข้อความ', en: 'A stray character ({char}) in the text' },
  'scan.noTables': { th: 'ไม่พบตารางคะแนน ITA ในสมุดงานนี้', en: 'No ITA score table was found in this workbook' },
  'scan.empty': { th: 'สมุดงานนี้ว่างเปล่า', en: 'This workbook is empty' },
  'scan.sheetTooLarge': {
    th: 'แผ่นงานใหญ่เกินไป ({cells} เซลล์): อ่านเฉพาะถึงแถว {rows} ({limit} เซลล์) แถวหลังจากนั้นไม่ได้อ่าน ข้อที่อยู่ในส่วนนั้นจะถูกนับว่าไม่มี',
    en: 'The sheet is too large ({cells} cells): only rows up to {rows} were read ({limit} cells); rows after it were not, and items there count as missing',
  },
  // Frameworks and years (issue 12): where the year came from, the framework's status, the one-line note on published sheets
  'framework.year.option': { th: 'ปีที่ประเมิน {year} ตามที่ผู้ใช้กำหนด', en: 'assessment year {year} as set by the user' },
  'framework.year.workbook': {
    th: 'ปีที่ประเมิน {year} ตามที่ระบุในสมุดงาน ({place})',
    en: 'assessment year {year} as written in the workbook ({place})',
  },
  'framework.year.itemNames': {
    th: 'สมุดงานไม่ระบุปี: ชื่อข้อ OIT {matched} จาก {total} ข้อตรงกับกรอบการประเมินปี {year} (รองลงมาคือปี {runnerYear}: {runnerMatched} ข้อ)',
    en: 'the workbook names no year: {matched} of {total} OIT item names fit the FY{year} framework (next best FY{runnerYear}: {runnerMatched})',
  },
  'framework.year.itemCodes': {
    th: 'สมุดงานไม่ระบุปีและชื่อข้อไม่บอกปี: รหัสข้อ {codes} มีเฉพาะในกรอบการประเมินปี {year}',
    en: 'the workbook names no year and its item names tell none: item codes {codes} exist only in the FY{year} framework',
  },
  'framework.year.latestDefault': {
    th: 'สมุดงานไม่ระบุปีและชื่อข้อไม่บอกปี: ใช้ปี {year} ซึ่งเป็นปีล่าสุดที่ประกาศผลแล้ว',
    en: 'neither a year nor item names tell the year: using FY{year}, the latest year whose results are out',
  },
  'framework.status.verified': { th: 'ตรวจสอบแล้ว', en: 'verified' },
  'framework.status.partial': { th: 'ข้อมูลบางส่วน', en: 'partial' },
  'framework.status.assumed': { th: 'สันนิษฐาน', en: 'assumed' },
  'framework.note.verified': {
    th: 'คำนวณตามกรอบการประเมิน ITA ปี พ.ศ. {year} ของสำนักงาน ป.ป.ช. (ตรวจสอบแล้ว)',
    en: 'Computed by the NACC ITA framework of FY{year} (verified)',
  },
  'framework.note.partial': {
    th: 'คำนวณตามกรอบการประเมิน ITA ปี พ.ศ. {year} ซึ่งยังไม่ครบถ้วน: {kinds} ยังไม่ได้ตรวจกับคู่มือของสำนักงาน ป.ป.ช.',
    en: 'Computed by the FY{year} ITA framework, which is partial: {kinds}, not yet checked against the NACC manual',
  },
  'framework.note.assumed': {
    th: 'ยังไม่มีกรอบการประเมิน ITA ปี พ.ศ. {requested} ที่ประกาศ: ใช้กรอบปี {year} โดยสันนิษฐานว่าไม่เปลี่ยนแปลง',
    en: 'No ITA framework for FY{requested} is published: the FY{year} framework is assumed unchanged',
  },
  'framework.note.kinds.third-party': { th: 'บางส่วนมาจากแหล่งข้อมูลรอง', en: 'some facts are third-party' },
  'framework.note.kinds.inferred': { th: 'บางส่วนเป็นการอนุมาน', en: 'some are inferred' },
  'framework.note.kinds.assumed': {
    th: 'บางส่วนสันนิษฐานว่าเหมือนปีก่อน',
    en: 'some are assumed unchanged from an earlier year',
  },
  'framework.note.kinds.unknown': { th: 'บางส่วนยังไม่ทราบ', en: 'some are unknown' },
  'framework.note.stated': {
    th: 'คะแนนตัวชี้วัดและภาพรวมใช้ตามที่ระบุไว้',
    en: 'indicator and overall scores are those stated',
  },
  'framework.note.estimated': { th: 'คะแนนที่คำนวณจากรายข้อเป็นค่าประมาณ', en: 'scores computed from items are estimates' },
  'framework.note.userSheet': {
    th: 'ใช้กรอบการประเมินที่ผู้ใช้แก้ไขในแผ่นงาน "{sheet}"',
    en: 'using the framework as edited by the user in sheet "{sheet}"',
  },
  'framework.note.file': { th: 'ใช้กรอบการประเมินจากไฟล์ "{file}"', en: 'using the framework from file "{file}"' },
  // Framework data (a bundle, a JSON file given with --framework, or the framework sheet a user edited): what is wrong with it
  'framework.bad.year': { th: 'ไม่ระบุปี (year) เป็นปี พ.ศ.', en: 'year missing (a Buddhist Era year)' },
  'framework.bad.weightsMissing': { th: 'ไม่มีน้ำหนักของเครื่องมือ (weights)', en: 'weights missing' },
  'framework.bad.weights': { th: 'น้ำหนัก IIT+EIT+OIT รวมกันได้ {sum} ไม่ใช่ 1', en: 'weights sum to {sum}, not 1' },
  'framework.bad.itemsMissing': { th: 'ไม่มีรายการข้อ (items)', en: 'items missing' },
  'framework.bad.indicatorsMissing': { th: 'ไม่มีรายการตัวชี้วัด (indicators)', en: 'indicators missing' },
  'framework.bad.noCode': { th: 'มีข้อที่ไม่มีรหัสข้อ', en: 'an item has no code' },
  'framework.bad.duplicateItem': { th: 'ข้อ {code} ปรากฏสองครั้ง', en: 'item {code} appears twice' },
  'framework.bad.itemTool': {
    th: 'ข้อ {code}: เครื่องมือ "{tool}" ต้องเป็น IIT, EIT หรือ OIT',
    en: 'item {code} has unknown tool {tool}',
  },
  'framework.bad.itemName': { th: 'ข้อ {code} ไม่มีชื่อภาษาไทย', en: 'item {code} has no Thai name' },
  'framework.bad.aliases': { th: 'ข้อ {code}: ชื่ออื่นต้องเป็นข้อความ', en: 'item {code}: aliases must be texts' },
  'framework.bad.noTopic': { th: 'ข้อ {code} ไม่มีหัวข้อ (topic)', en: 'item {code} has no topic' },
  'framework.bad.covers': {
    th: 'ข้อ {code}: หัวข้อที่รวมเข้ามาต้องเป็นรายการหัวข้อ',
    en: 'item {code}: covers must list topics',
  },
  'framework.bad.topicTwice': {
    th: 'หัวข้อ {topic} อยู่ทั้งข้อ {code} และข้อ {other}',
    en: 'topic {topic} is on items {code} and {other}',
  },
  'framework.bad.indicatorNo': { th: 'ตัวชี้วัด "{no}" ต้องเป็นเลข 1–10', en: 'indicator "{no}" must be a number 1–10' },
  'framework.bad.indicatorTwice': { th: 'ตัวชี้วัดที่ {no} ปรากฏสองครั้ง', en: 'indicator {no} appears twice' },
  'framework.bad.indicatorTool': {
    th: 'ตัวชี้วัดที่ {no}: เครื่องมือต้องเป็น IIT, EIT หรือ OIT',
    en: 'indicator {no} has unknown tool',
  },
  'framework.bad.aggregate': {
    th: 'ตัวชี้วัดที่ {no}: วิธีคำนวณ "{aggregate}" ต้องเป็น mean, mean-of-subindicators หรือ reported',
    en: 'indicator {no}: aggregate "{aggregate}" must be mean, mean-of-subindicators or reported',
  },
  'framework.bad.grouping': {
    th: 'ตัวชี้วัดที่ {no}: การจัดข้อ "{grouping}" ต้องเป็น verified หรือ inferred',
    en: 'indicator {no}: grouping "{grouping}" must be verified or inferred',
  },
  'framework.bad.indicatorItems': { th: 'ตัวชี้วัดที่ {no} ไม่มีรายการข้อ', en: 'indicator {no} has no item list' },
  'framework.bad.noSub': {
    th: 'ตัวชี้วัดที่ {no} คำนวณจากตัวชี้วัดย่อย แต่ไม่มีตัวชี้วัดย่อย',
    en: 'indicator {no} needs sub-indicators',
  },
  'framework.bad.unknownItem': {
    th: 'ตัวชี้วัดที่ {no} อ้างถึงข้อ {code} ซึ่งไม่มีในรายการข้อ',
    en: 'indicator {no} lists unknown item {code}',
  },
  'framework.bad.itemTwoIndicators': {
    th: 'ข้อ {code} อยู่ทั้งตัวชี้วัดที่ {no} และ {other}',
    en: 'item {code} belongs to indicators {no} and {other}',
  },
  'framework.bad.toolMismatch': {
    th: 'ข้อ {code} ({tool}) อยู่ใต้ตัวชี้วัดที่ {no} ซึ่งเป็นของ {indTool}',
    en: 'item {code} ({tool}) is under indicator {no} ({indTool})',
  },
  'framework.bad.indicatorMismatch': {
    th: 'ข้อ {code} ระบุตัวชี้วัดที่ {said} แต่อยู่ในรายการของตัวชี้วัดที่ {no}',
    en: 'item {code} says indicator {said}, listed under {no}',
  },
  'framework.bad.itemNoIndicator': { th: 'ข้อ {code} ไม่อยู่ในตัวชี้วัดใดเลย', en: 'item {code} belongs to no indicator' },
  'framework.bad.toolNoIndicator': { th: 'เครื่องมือ {tool} ไม่มีตัวชี้วัด', en: 'tool {tool} has no indicator' },
  'framework.bad.status': {
    th: 'สถานะ "{status}" ต้องเป็น verified, partial หรือ assumed',
    en: 'status {status} is not one of verified, partial, assumed',
  },
  'framework.bad.verifiedNoIndicator': {
    th: 'ข้อ {code} ไม่มีตัวชี้วัด ในกรอบที่ระบุว่าตรวจสอบแล้ว',
    en: 'item {code} has no indicator in a verified framework',
  },
  'framework.bad.verifiedUnknown': {
    th: 'ข้อ {code} ไม่ทราบว่าคืออะไร ในกรอบที่ระบุว่าตรวจสอบแล้ว',
    en: 'item {code} is unknown in a verified framework',
  },
  'framework.bad.verifiedEmpty': {
    th: 'ตัวชี้วัดที่ {no} ไม่มีข้อ ในกรอบที่ระบุว่าตรวจสอบแล้ว',
    en: 'indicator {no} has no items in a verified framework',
  },
  'framework.bad.unknownPlaced': {
    th: 'ข้อ {code} ระบุว่าไม่ทราบ แต่ถูกจัดไว้ในตัวชี้วัดที่ {no}',
    en: 'item {code} is unknown but placed under indicator {no}',
  },
  'framework.bad.copyOf': { th: 'กรอบนี้ระบุว่าคัดลอกจากปี {year} ซึ่งไม่มีข้อมูล', en: 'copies FY{year}, which has no framework' },
  'framework.bad.none': { th: 'ไม่มีกรอบการประเมินใดเลย', en: 'no framework is registered' },
  'framework.bad.ratings': { th: 'เกณฑ์ระดับผลการประเมินไม่ถูกต้อง: {detail}', en: 'rating schemes are invalid: {detail}' },
  // The framework sheet (ITA กรอบการประเมิน) read back, and --framework files
  'framework.sheet.missing': { th: 'ช่อง {field} ว่างอยู่: ต้องมีค่า', en: 'The {field} cell is empty: it needs a value' },
  'framework.sheet.badNumber': {
    th: 'ช่อง {field} ต้องเป็นตัวเลข (ได้ "{value}")',
    en: 'The {field} cell must be a number (got "{value}")',
  },
  'framework.sheet.badChoice': {
    th: 'ช่อง {field} ต้องเป็นหนึ่งใน {choices} (ได้ "{value}")',
    en: 'The {field} cell must be one of {choices} (got "{value}")',
  },
  'framework.sheet.unknownSub': {
    th: 'ข้อ {code} อยู่ในตัวชี้วัดย่อย {sub} ซึ่งไม่มีในตารางตัวชี้วัดย่อย',
    en: 'Item {code} is under sub-indicator {sub}, which the sub-indicator table does not list',
  },
  'framework.sheet.subOtherIndicator': {
    th: 'ข้อ {code}: ตัวชี้วัดย่อย {sub} ไม่ได้อยู่ในตัวชี้วัดที่ {no}',
    en: 'Item {code}: sub-indicator {sub} is not part of indicator {no}',
  },
  'framework.sheet.missingTable': {
    th: 'แผ่นงานกรอบการประเมินขาดตาราง: {tables}',
    en: 'The framework sheet lacks tables: {tables}',
  },
  'framework.sheet.rejected': {
    th: 'แผ่นงาน "{sheet}" (กรอบการประเมินปี {year}) มีข้อผิดพลาดตามที่แจ้ง: จึงใช้กรอบการประเมินที่ติดมากับโปรแกรมแทน',
    en: 'Sheet "{sheet}" (the FY{year} framework) has the problems listed: the shipped framework is used instead',
  },
  'framework.sheet.used': {
    th: 'ใช้กรอบการประเมินปี {year} ตามที่ผู้ใช้แก้ไขในแผ่นงาน "{sheet}"',
    en: 'Using the FY{year} framework as edited in sheet "{sheet}"',
  },
  'framework.file.badJson': {
    th: 'ไฟล์กรอบการประเมิน "{file}" ไม่ใช่ JSON ที่ถูกต้อง: {detail}',
    en: 'Framework file "{file}" is not valid JSON: {detail}',
  },
  'framework.file.none': {
    th: 'ไฟล์ "{file}" ไม่มีแผ่นงานกรอบการประเมิน (ตาราง รหัสข้อ (code) / หัวข้อ (topic) / เครื่องมือ (tool))',
    en: 'File "{file}" holds no framework sheet (a table with code / topic / tool columns)',
  },
  'framework.file.used': {
    th: 'ใช้กรอบการประเมินปี {year} จากไฟล์ "{file}"',
    en: 'Using the FY{year} framework from file "{file}"',
  },
  'framework.file.invalid': { th: 'ไฟล์กรอบการประเมิน "{file}" ใช้ไม่ได้:', en: 'Framework file "{file}" cannot be used:' },
  'framework.file.otherYear': {
    th: 'ไฟล์ "{file}" มีกรอบการประเมินปี {years} แต่ปีที่ประเมินคือ {year}: ไม่ได้ใช้',
    en: 'File "{file}" holds the framework of FY{years} but the assessment year is {year}: not used',
  },
  // Multi-agency tables (domain/scan/agencyTable.ts, domain/batch): result lists and reviewers' compilations
  'agencyList.found': {
    th: 'พบรายชื่อ {count} หน่วยงานที่ {range}: กด "สรุปหลายหน่วยงาน" เพื่อวิเคราะห์รวม',
    en: 'A list of {count} agencies at {range}: press "Many agencies" for the consolidated analysis',
  },
  'agencyList.unreadable': { th: '{agency}: อ่านคะแนนไม่ได้: "{raw}"', en: '{agency}: cannot read the score "{raw}"' },
  'agencyList.outOfRange': {
    th: '{agency}: คะแนน {score} อยู่นอกช่วง 0–100 จึงไม่นำมาคำนวณ',
    en: '{agency}: the score {score} is outside 0–100, not used',
  },
  'agencyList.toolMismatch': {
    th: '{agency}: คะแนน {tool} ในตารางเป็น {reported} แต่ค่าเฉลี่ยตัวชี้วัดได้ {computed}',
    en: '{agency}: the table says {tool} {reported} but its indicators give {computed}',
  },
  'agencyList.overallMismatch': {
    th: '{agency}: คะแนนรวมในตารางเป็น {reported} แต่ {weights} ของคะแนนรายเครื่องมือได้ {computed}',
    en: '{agency}: the table says {reported} overall but {weights} of its tool scores gives {computed}',
  },
  'agencyList.ratingMismatch': {
    th: '{agency}: ผลการประเมินในตารางเป็น "{stated}" แต่ตามเกณฑ์ปี {year} ได้ "{computed}"',
    en: '{agency}: the table says "{stated}" but by the FY{year} rules the result is "{computed}"',
  },
  // Many agencies at once (`ita batch`, the consolidated sheet)
  'batch.noAgency': { th: 'ไม่พบผลการประเมินของหน่วยงานใดในไฟล์ที่ระบุ', en: 'No agency result was found in the files given' },
  'batch.onlyOurs': {
    th: 'ไฟล์ "{file}" มีเฉพาะแผ่นงานที่ ITA Workbench สร้าง (เช่น สมุดงานสรุปหลายหน่วยงานครั้งก่อน) จึงข้ามไป',
    en: '"{file}" holds only sheets ITA Workbench made (an earlier consolidated workbook?): skipped',
  },
  'batch.internal': {
    th: 'วิเคราะห์ไฟล์ "{file}" ไม่สำเร็จ (ข้อผิดพลาดภายใน: {reason})',
    en: 'Could not analyse "{file}" (internal error: {reason})',
  },
  'batch.timeout': {
    th: 'ไฟล์ "{file}" ใช้เวลาวิเคราะห์นานเกิน {seconds} วินาที จึงข้ามไป',
    en: '"{file}" took longer than {seconds} s to analyse and was skipped',
  },
  'input.tooLarge': {
    th: 'ไฟล์ "{file}" ใหญ่เกินกว่าจะวิเคราะห์ได้ในหน่วยความจำที่มี ({limit} MB)',
    en: '"{file}" is too large to analyse in the memory available ({limit} MB)',
  },
  'sheet.notApplicable': { th: 'ไม่ได้สร้างแผ่นงาน "{name}": {reason}', en: 'Sheet "{name}" was not made: {reason}' },
  'sheet.needsList': {
    th: 'สมุดงานนี้ไม่มีรายชื่อหลายหน่วยงาน (ลำดับ หน่วยงาน IIT EIT OIT คะแนนรวม …)',
    en: 'this workbook holds no list of agencies (No., agency, IIT, EIT, OIT, total …)',
  },
  'sheet.needsOwnScores': {
    th: 'สมุดงานนี้มีเฉพาะรายชื่อหลายหน่วยงาน ไม่มีคะแนนของหน่วยงานเดียว',
    en: 'this workbook holds only a list of agencies, no scores of one agency',
  },
  'usage.batchNoInput': {
    th: 'ต้องระบุโฟลเดอร์หรือไฟล์ .xlsx อย่างน้อยหนึ่งรายการ',
    en: 'Name at least one folder or .xlsx file',
  },
  'usage.badJobs': {
    th: '--jobs ต้องเป็นจำนวนเต็ม 1–64 (ได้ "{value}")',
    en: '--jobs must be a whole number 1–64 (got "{value}")',
  },
  // Command line usage
  'usage.unknownCommand': {
    th: 'ไม่รู้จักคำสั่ง "{command}": ใช้ analyze หรือ batch',
    en: 'Unknown command "{command}": use analyze or batch',
  },
  'usage.unknownOption': { th: 'ไม่รู้จักตัวเลือก {option}', en: 'Unknown option {option}' },
  'usage.missingValue': { th: 'ตัวเลือก {option} ต้องมีค่าตามหลัง', en: 'Option {option} needs a value' },
  'usage.noInput': { th: 'ต้องระบุไฟล์ .xlsx ที่จะวิเคราะห์', en: 'Name the .xlsx file to analyse' },
  'usage.tooMany': { th: 'ระบุไฟล์ได้ไฟล์เดียว: เกินมา "{extra}"', en: 'Only one input file: extra "{extra}"' },
  'usage.badLang': { th: '--lang ต้องเป็น th หรือ en (ได้ "{value}")', en: '--lang must be th or en (got "{value}")' },
  'usage.badYear': {
    th: '{option} ต้องเป็นปี พ.ศ. เช่น 2567 (ได้ "{value}")',
    en: '{option} must be a Buddhist Era year such as 2567 (got "{value}")',
  },
  'usage.badNumber': {
    th: '{option} ต้องเป็นตัวเลข 0–100 (ได้ "{value}")',
    en: '{option} must be a number 0–100 (got "{value}")',
  },
  'usage.badHistory': {
    th: '--history ต้องเป็น ปี=คะแนน คั่นด้วยจุลภาค เช่น 2563=49.79,2564=55.10 (ปีไม่ซ้ำ คะแนน 0–100) (ได้ "{value}")',
    en: '--history must be year=score pairs separated by commas, e.g. 2563=49.79,2564=55.10 (distinct years, scores 0–100) (got "{value}")',
  },
  'usage.planNotAfter': {
    th: '--plan-year {planYear} ต้องอยู่หลังปีที่ประเมิน {year}: แผนมาตรการทำสำหรับปีถัดจากปีที่ประเมิน',
    en: '--plan-year {planYear} must come after the assessment year {year}: the measures plan is for a later year',
  },
  'usage.frameworkFile': {
    th: '--framework ต้องเป็นไฟล์ .xlsx (มีแผ่นงานกรอบการประเมิน) หรือ .json: "{file}"',
    en: '--framework must be an .xlsx (holding a framework sheet) or a .json file: "{file}"',
  },
  'usage.sameFile': {
    th: 'ไฟล์ผลลัพธ์เป็นไฟล์เดียวกับไฟล์ต้นฉบับ: ใช้ชื่อไฟล์อื่น หรือเพิ่ม --overwrite หากตั้งใจ',
    en: 'The output is the input file itself: choose another name, or add --overwrite if you mean it',
  },
  'usage.outputNotXlsx': {
    th: 'ไฟล์ผลลัพธ์ต้องลงท้ายด้วย .xlsx: "{file}"',
    en: 'The output file must end in .xlsx: "{file}"',
  },
  'usage.outputMacro': {
    th: 'สมุดงานนี้มีมาโคร ซึ่งจะเก็บไว้ครบ: ไฟล์ผลลัพธ์จึงต้องลงท้ายด้วย .xlsm: "{file}"',
    en: 'This workbook holds macros, which are kept: the output file must end in .xlsm: "{file}"',
  },
  // Output
  'output.ioError': { th: 'เขียน/อ่านไฟล์ "{file}" ไม่ได้ ({reason})', en: 'Cannot read or write "{file}" ({reason})' },
  'sheet.renamedByUser': {
    th: 'ไม่พบแผ่นงาน "{name}" ที่สร้างไว้ครั้งก่อน (อาจถูกลบหรือเปลี่ยนชื่อ): สร้างใหม่แล้ว',
    en: 'Sheet "{name}" from the previous run is gone (deleted or renamed): a new one was made',
  },
  'sheet.nameTaken': {
    th: 'มีแผ่นงานชื่อ "{name}" ของผู้ใช้อยู่แล้ว: ใช้ชื่อ "{used}" แทน',
    en: 'A sheet of yours is already named "{name}": using "{used}" instead',
  },
  'marker.damaged': {
    th: 'ข้อมูลกำกับของ ITA Workbench ในสมุดงานเสียหาย: จะไม่ลบหรือแทนที่แผ่นงานเดิมใด ๆ',
    en: "ITA Workbench's marker in this workbook is damaged: no earlier sheet will be removed or replaced",
  },
  'fill.skipped': { th: 'เซลล์ไม่ว่าง จึงไม่เขียนทับ', en: 'The cell is not blank: not overwritten' },
  // Input files (CLI and browser preview)
  'input.notFound': { th: 'ไม่พบไฟล์ "{file}"', en: 'File "{file}" was not found' },
  'input.legacyXls': {
    th: 'ไฟล์ "{file}" เป็น Excel รุ่นเก่า (.xls): เปิดใน Excel แล้วบันทึกเป็น .xlsx ก่อน',
    en: '"{file}" is an old Excel file (.xls): open it in Excel and save it as .xlsx first',
  },
  'input.encrypted': {
    th: 'ไฟล์ "{file}" ตั้งรหัสผ่านไว้: เอารหัสผ่านออกใน Excel แล้วลองใหม่',
    en: '"{file}" is password-protected: remove the password in Excel and try again',
  },
  'input.notXlsx': { th: 'ไฟล์ "{file}" ไม่ใช่สมุดงาน Excel (.xlsx)', en: '"{file}" is not an Excel workbook (.xlsx)' },
  'input.corrupt': {
    th: 'ไฟล์ "{file}" เสียหายหรือไม่สมบูรณ์ จึงเปิดไม่ได้',
    en: '"{file}" is damaged or incomplete and cannot be opened',
  },
  'input.emptyFile': { th: 'ไฟล์ "{file}" ว่างเปล่า (0 ไบต์)', en: '"{file}" is empty (0 bytes)' },
  // Input files: limits of the xlsx adapter, checked on the zip directory before inflating (src/adapters/xlsx/limits.ts)
  'input.tooManyParts': {
    th: 'ไฟล์ "{file}" มีส่วนประกอบ {count} ส่วน เกินกว่าที่เปิดได้ ({limit} ส่วน): จึงไม่เปิดไฟล์นี้',
    en: '"{file}" has {count} parts, more than the {limit} this tool opens: it is not opened',
  },
  'input.partTooLarge': {
    th: 'ไฟล์ "{file}": ส่วน {part} คลายออกมาได้ {size} เกินกว่าที่อ่านได้ ({limit}): จึงไม่เปิดไฟล์นี้',
    en: '"{file}": part {part} unpacks to {size}, more than the {limit} this tool reads: it is not opened',
  },
  'input.totalTooLarge': {
    th: 'ไฟล์ "{file}": ส่วนที่ต้องอ่านรวมกันเกิน {limit} เมื่อถึงส่วน {part}: จึงไม่เปิดไฟล์นี้',
    en: '"{file}": the parts to read unpack to more than {limit} together (reached at {part}): it is not opened',
  },
  'input.zipBomb': {
    th: 'ไฟล์ "{file}": ส่วน {part} ถูกบีบอัดไว้ {ratio} เท่า ({packed} → {size}) เกินกว่าสมุดงานปกติ (เกิน {limit} เท่า) อาจเป็นไฟล์อันตราย (zip bomb): จึงไม่เปิดไฟล์นี้',
    en: '"{file}": part {part} is compressed {ratio}:1 ({packed} → {size}), beyond any normal workbook (limit {limit}:1): possibly a zip bomb, not opened',
  },
  'input.sizeMismatch': {
    th: 'ไฟล์ "{file}": ส่วน {part} คลายออกมาเกินขนาด {size} ที่ไฟล์ระบุไว้ (ไฟล์เสียหายหรือถูกปลอมแปลง): จึงไม่เปิดไฟล์นี้',
    en: '"{file}": part {part} unpacks to more than the {size} its directory declares (damaged or forged): it is not opened',
  },
  'input.partCorrupt': {
    th: 'ไฟล์ "{file}": ส่วน {part} เสียหาย ({reason}) จึงเปิดไม่ได้',
    en: '"{file}": part {part} is damaged ({reason}) and cannot be read',
  },
  'input.partMissing': {
    th: 'ไฟล์ "{file}": ไม่มีส่วน {part} ที่สมุดงานต้องมี จึงเปิดไม่ได้',
    en: '"{file}": the part {part} a workbook needs is missing, so it cannot be opened',
  },
  'output.strictOoxml': {
    th: 'สมุดงาน "{file}" บันทึกเป็นแบบ Strict Open XML: อ่านได้แต่เขียนลงไม่ได้ บันทึกเป็น "สมุดงาน Excel (.xlsx)" แบบปกติก่อน หรือใช้ --separate',
    en: '"{file}" is saved as Strict Open XML: it can be read but not written into; save it as a normal "Excel Workbook (.xlsx)" first, or use --separate',
  },
  'output.tooLarge': {
    th: 'ผลลัพธ์ใหญ่เกินขนาดของไฟล์ .xlsx ที่เขียนได้ (ส่วน {part})',
    en: 'The result is too large for an .xlsx file we can write (part {part})',
  },
  'read.sheetNotRead': {
    th: 'ไม่ได้อ่านแผ่นงานนี้ ({cells} เซลล์): อ่านเซลล์ครบตามขีดจำกัดของทั้งสมุดงานแล้วก่อนถึงแผ่นงานนี้ ข้อที่อยู่ในแผ่นงานนี้จะถูกนับว่าไม่มี',
    en: "This sheet ({cells} cells) was not read: the workbook's cell limit was reached before it; items on it count as missing",
  },
  // Office host (adapters/office): OfficeExtension.Error codes mapped to sentences; the raw message never reaches the user
  'office.cellEditMode': {
    th: 'Excel กำลังแก้ไขเซลล์อยู่: กด Enter หรือ Esc ให้เสร็จก่อน แล้วลองอีกครั้ง',
    en: 'Excel is editing a cell: press Enter or Esc first, then try again',
  },
  'office.protected': {
    th: 'แผ่นงานหรือสมุดงานถูกป้องกันไว้: ยกเลิกการป้องกันแล้วลองอีกครั้ง',
    en: 'The sheet or workbook is protected: unprotect it and try again',
  },
  'office.notFound': {
    th: 'ไม่พบแผ่นงานหรือช่วงเซลล์ที่ต้องใช้ (อาจถูกลบหรือเปลี่ยนชื่อระหว่างทำงาน): ลองอีกครั้ง',
    en: 'A sheet or range was not found (deleted or renamed meanwhile?): try again',
  },
  'office.tooLarge': {
    th: 'ข้อมูลมากเกินกว่าที่ Excel รับได้ในครั้งเดียว: ลดขนาดแผ่นงานแล้วลองอีกครั้ง',
    en: 'Too much data for Excel in one request: make the sheets smaller and try again',
  },
  'office.nameTaken': { th: 'มีแผ่นงานชื่อนี้อยู่แล้ว: ลองอีกครั้ง', en: 'A sheet with this name already exists: try again' },
  'office.unsupported': {
    th: 'Excel รุ่นนี้ไม่รองรับคำสั่งที่ต้องใช้: โปรดอัปเดต Excel',
    en: 'This version of Excel lacks a feature we need: please update Excel',
  },
  'office.busy': {
    th: 'Excel ไม่ว่าง หรือสมุดงานถูกแก้ไขพร้อมกัน: รอสักครู่แล้วลองอีกครั้ง',
    en: 'Excel is busy or the workbook changed meanwhile: wait a moment and try again',
  },
  'office.general': {
    th: 'Excel ทำคำสั่งไม่สำเร็จ (รหัส {code}): ลองอีกครั้ง',
    en: 'Excel could not complete the request (code {code}): try again',
  },
  'chart.unsupported': {
    th: 'Excel รุ่นนี้แทรกแผนภูมิให้ไม่ได้: คะแนนย้อนหลังยังอยู่ในตารางของแผ่นงาน {sheet}',
    en: "This Excel cannot insert charts: the earlier years' scores are still in the table on sheet {sheet}",
  },
  'print.unsupported': {
    th: 'Excel รุ่นนี้ตั้งค่าการพิมพ์ให้ไม่ได้: โปรดตั้งกระดาษ A4 และแนวกระดาษเองที่แผ่นงาน {sheet}',
    en: 'This Excel cannot set up printing: set A4 paper and orientation yourself on sheet {sheet}',
  },
  // Writes (app/preflight.ts, app/writeFailure.ts): what would block a write, and what a stopped write left
  'preflight.structureProtected': {
    th: 'โครงสร้างสมุดงานถูกป้องกันไว้ จึงเพิ่มหรือลบแผ่นงานไม่ได้: ยกเลิกที่ รีวิว › ป้องกันสมุดงาน แล้วลองอีกครั้ง',
    en: 'The workbook structure is protected, so sheets cannot be added or deleted: turn it off in Review › Protect Workbook, then try again',
  },
  'preflight.protectedHighlight': {
    th: 'แผ่นงาน "{sheet}" ถูกป้องกันไว้ จึงระบายสีคะแนนในแผ่นงานนั้นไม่ได้: ยกเลิกการป้องกันแผ่นงาน (รีวิว › ยกเลิกการป้องกันแผ่นงาน) หรือสั่งงานอื่นที่ไม่ระบายสี',
    en: 'Sheet "{sheet}" is protected, so its scores cannot be highlighted: unprotect it (Review › Unprotect Sheet), or run an action without highlights',
  },
  'preflight.protectedFill': {
    th: 'แผ่นงาน "{sheet}" ถูกป้องกันไว้ จึงเติมคะแนนในเซลล์ว่างไม่ได้: ยกเลิกการป้องกันแผ่นงานแล้วลองอีกครั้ง',
    en: 'Sheet "{sheet}" is protected, so its blank score cells cannot be filled: unprotect it, then try again',
  },
  'preflight.protectedMarker': {
    th: 'แผ่นงานบันทึกของ ITA Workbench "{sheet}" ถูกป้องกันไว้: ยกเลิกการป้องกันแล้วลองอีกครั้ง',
    en: 'ITA Workbench\'s record sheet "{sheet}" is protected: unprotect it, then try again',
  },
  'preflight.nameTaken': {
    th: 'มีแผ่นงานชื่อ "{name}" เกิดขึ้นหลังการสแกน: สแกนใหม่แล้วลองอีกครั้ง',
    en: 'A sheet named "{name}" appeared after the scan: scan again, then try again',
  },
  'preflight.sheetTooLarge': {
    th: 'แผ่นงาน "{sheet}" ใหญ่เกินขีดจำกัดของ Excel',
    en: 'Sheet "{sheet}" is larger than Excel allows',
  },
  'preflight.cellTooLong': {
    th: 'ข้อความในเซลล์ {sheet}!{cell} ยาวเกิน {max} ตัวอักษรที่ Excel รับได้',
    en: 'The text for {sheet}!{cell} is longer than the {max} characters Excel holds',
  },
  'preflight.requestTooLarge': {
    th: 'แผ่นงาน "{sheet}" มีข้อมูลมากเกินกว่าที่ Excel บนเว็บรับได้ในครั้งเดียว (5 MB)',
    en: 'Sheet "{sheet}" holds more than Excel on the web accepts in one request (5 MB)',
  },
  'preflight.lastVisible': {
    th: 'ถ้าลบแผ่นงานของ ITA Workbench จะไม่เหลือแผ่นงานที่มองเห็นได้: ยกเลิกการซ่อนแผ่นงานของท่านก่อน',
    en: "Removing ITA Workbench's sheets would leave no visible sheet: unhide one of yours first",
  },
  'write.blocked': { th: 'ยังไม่ได้เขียนอะไรลงสมุดงาน เพราะ:', en: 'Nothing was written, because:' },
  'write.state.unchanged': { th: 'สมุดงานยังเหมือนเดิมทุกอย่าง', en: 'The workbook is exactly as it was' },
  'write.state.unchecked': {
    th: 'อ่านสมุดงานกลับมาตรวจหลังเกิดปัญหาไม่ได้: สิ่งที่ทราบแน่นอนคือ',
    en: 'The workbook could not be read back after the failure; what is known for sure:',
  },
  'write.state.added': { th: 'เพิ่มแผ่นงานครบแล้ว: {sheets}', en: 'Sheets added in full: {sheets}' },
  'write.state.started': { th: 'เริ่มเพิ่มแผ่นงานแต่ยังไม่ครบ: {sheets}', en: 'Sheets started but not complete: {sheets}' },
  'write.state.removed': {
    th: 'ลบแผ่นงานเดิมของ ITA Workbench แล้ว: {sheets}',
    en: 'Earlier ITA Workbench sheets removed: {sheets}',
  },
  'write.state.rulesRemoved': { th: 'ลบการระบายสีเดิม {count} กฎ', en: '{count} earlier highlight rules removed' },
  'write.state.rulesAdded': { th: 'เพิ่มการระบายสี {count} กฎ', en: '{count} highlight rules added' },
  'write.state.fillsCleared': { th: 'ล้างคะแนนที่เติมไว้เดิม {count} เซลล์', en: '{count} earlier filled cells cleared' },
  'write.state.fillsWritten': { th: 'เติมคะแนนในเซลล์ว่าง {count} เซลล์', en: '{count} blank cells filled' },
  'write.state.userCells': { th: 'ข้อมูลที่ท่านพิมพ์ไว้ไม่ถูกแก้ไข', en: 'Nothing you typed was changed' },
  'write.state.retry': {
    th: 'ITA Workbench บันทึกสิ่งที่ทำค้างไว้แล้ว: สั่งงานเดิมอีกครั้งเพื่อทำให้เสร็จ จะไม่เกิดแผ่นงานหรือสีซ้ำ',
    en: 'ITA Workbench has recorded what it had begun: run the same action again to finish it; nothing will be duplicated',
  },
  'write.state.recorded': {
    th: 'ทุกอย่างที่เขียนแล้วถูกบันทึกไว้ ลบออกได้ด้วย "ลบสิ่งที่ ITA Workbench เพิ่ม"',
    en: 'Everything written is recorded and can be taken out with "Remove what ITA Workbench added"',
  },
  // Score planner (domain/planner): what each item is worth, the shortest path, higher levels
  'plan.crossYear': { th: '{from} → {to} ปี {year}', en: '{from} → {to} FY{year}' },
  'plan.crossYearUnknown': { th: '{from} → ไม่ทราบข้อที่ตรงกันในปี {year}', en: '{from} → no known counterpart in FY{year}' },
  'plan.gainEitReported': {
    th: 'ไม่ทราบ: คะแนนตัวชี้วัด EIT ใช้ตามที่ ป.ป.ช. ประกาศ คำนวณจากรายข้อไม่ได้',
    en: 'Unknown: EIT indicators are taken as published and cannot be computed from items',
  },
  'plan.gainNotComputable': {
    th: 'ไม่ทราบ: ตัวชี้วัดที่ {indicator} คำนวณจากรายข้อไม่ได้ (ขาดคะแนนบางข้อ)',
    en: 'Unknown: indicator {indicator} cannot be computed from its items (some are missing)',
  },
  'plan.perceptionUncertain': {
    th: 'ข้อ IIT/EIT วัดการรับรู้ของบุคลากรและผู้รับบริการ: เปลี่ยนช้า ไม่แน่นอน ผลที่คาดไว้จึงไม่ใช่สิ่งที่รับประกันได้',
    en: 'IIT/EIT items measure what staff and citizens perceive: slow and uncertain to change, so projected gains are not guaranteed',
  },
  'plan.alreadyPassing': {
    th: 'คะแนนภาพรวม {overall} ผ่านเกณฑ์ {line} แล้ว',
    en: 'The overall score {overall} already reaches the pass line {line}',
  },
  'plan.path': {
    th: 'แก้เอกสาร OIT {count} ข้อ ({items}) คะแนนภาพรวมจะเป็น {projected} ({rating})',
    en: 'Fix {count} OIT documents ({items}) and the overall score becomes {projected} ({rating})',
  },
  'plan.pathUnreachable': {
    th: 'เอกสาร OIT อย่างเดียวยกคะแนนภาพรวมได้สูงสุด {max}: ไม่ถึง {line}',
    en: 'OIT documents alone lift the overall score to at most {max}: short of {line}',
  },
  'plan.levelByDocuments': {
    th: '{level}: ทำได้ด้วยเอกสาร OIT {count} ข้อ ({items}) คะแนนภาพรวม {projected}, OIT {oit}',
    en: '{level}: reachable with {count} OIT documents ({items}): overall {projected}, OIT {oit}',
  },
  'plan.levelDocumentsPart': {
    th: '{level}: ส่วนของเอกสาร OIT ต้องแก้ {count} ข้อ ({items}) ให้คะแนนภาพรวม {projected} และ OIT {oit}',
    en: '{level}: the OIT part needs {count} documents ({items}): overall {projected}, OIT {oit}',
  },
  'plan.levelOverallShort': {
    th: '{level}: เอกสาร OIT ครบทุกข้อก็ได้คะแนนภาพรวมเพียง {max} ไม่ถึง {min}',
    en: '{level}: even with every OIT document the overall score is only {max}, short of {min}',
  },
  'plan.levelBlockedTool': {
    th: '{level}: {tool} ได้ {score} ต่ำกว่า {min} (ขาด {gap}) ไม่ว่าเอกสาร OIT จะครบเพียงใด ต้องยกระดับการรับรู้ในตัวชี้วัด {indicators}',
    en: '{level}: {tool} is {score}, below {min} (short by {gap}) whatever the OIT documents do; work on the perception indicators {indicators}',
  },
  'plan.indicatorScore': { th: 'ที่ {no} {name} {score}', en: '{no} {name} {score}' },
  // Score-improvement sheet (แผนยกระดับคะแนน)
  'plan.sheet.title': {
    th: 'แผนยกระดับคะแนน ITA ปี {planYear} (จากผลการประเมินปี {year})',
    en: 'ITA score-improvement plan FY{planYear} (from the FY{year} results)',
  },
  'plan.sheet.howTo': {
    th: 'แก้ค่าในช่อง "เป้าหมาย" (สีเหลือง) แล้วคะแนนที่คาดด้านล่างจะคำนวณใหม่ทันที',
    en: 'Edit the yellow "Target" cells: the projected scores below recalculate at once',
  },
  'plan.sheet.documents': {
    th: 'ก. เอกสาร OIT (หน่วยงานเผยแพร่เอง ควบคุมได้เต็มที่) เรียงตามคะแนนที่ได้เพิ่ม',
    en: 'A. OIT documents (published by the agency itself, fully in its control), by gain',
  },
  'plan.sheet.perception': {
    th: 'ข. การรับรู้ IIT/EIT (ไม่แน่นอน: เป้าหมายเริ่มต้นเท่าคะแนนเดิม)',
    en: 'B. IIT/EIT perception (uncertain: targets start at the current score)',
  },
  'plan.sheet.eitIndicators': {
    th: 'ค. ตัวชี้วัด EIT (ใช้คะแนนตามที่ประกาศ: กำหนดเป้าหมายที่ระดับตัวชี้วัด)',
    en: 'C. EIT indicators (taken as published: set targets at indicator level)',
  },
  'plan.sheet.projection': {
    th: 'ง. คะแนนที่คาด (คำนวณจากช่องเป้าหมาย)',
    en: 'D. Projected scores (computed from the target cells)',
  },
  'plan.sheet.rank': { th: 'ลำดับ', en: 'Rank' },
  'plan.sheet.code': { th: 'ข้อ', en: 'Item' },
  'plan.sheet.name': { th: 'รายการ', en: 'Description' },
  'plan.sheet.planCode': { th: 'ข้อในปี {planYear}', en: 'FY{planYear} item' },
  'plan.sheet.indicator': { th: 'ตัวชี้วัด', en: 'Indicator' },
  'plan.sheet.current': { th: 'คะแนนปัจจุบัน', en: 'Current' },
  'plan.sheet.target': { th: 'เป้าหมาย', en: 'Target' },
  'plan.sheet.gain': { th: 'คะแนนภาพรวมที่เพิ่ม', en: 'Overall gain' },
  'plan.sheet.cumulative': { th: 'ภาพรวมสะสม', en: 'Cumulative overall' },
  'plan.sheet.cumulativeRating': { th: 'ผลสะสม', en: 'Cumulative rating' },
  'plan.sheet.perPoint': { th: 'ภาพรวมต่อ 1 คะแนน', en: 'Overall per point' },
  'plan.sheet.projected': { th: 'คะแนนที่คาด', en: 'Projected' },
  'plan.sheet.weight': { th: 'น้ำหนัก', en: 'Weight' },
  'plan.sheet.overall': { th: 'คะแนนภาพรวม', en: 'Overall score' },
  'plan.sheet.rating': { th: 'ผลการประเมิน', en: 'Rating' },
  'plan.sheet.unknownGain': { th: 'ไม่ทราบ', en: 'unknown' },
  'plan.worth.document': {
    th: 'ถึง {target} คะแนน: คะแนนภาพรวม +{gain} ({planYear})',
    en: 'at {target}: overall +{gain} ({planYear})',
  },
  'plan.worth.estimate': {
    th: 'ถึง {target} คะแนน: คะแนนภาพรวมประมาณ +{gain} (ประมาณการ: การจัดข้อเข้าตัวชี้วัดของปีนี้ยังไม่ได้ยืนยัน) ({planYear})',
    en: "at {target}: overall about +{gain} (estimate: this year's grouping of items is not verified) ({planYear})",
  },
  'plan.worth.perception': {
    th: 'ถึง {target} คะแนน: คะแนนภาพรวม +{gain} (ไม่แน่นอน: วัดจากการรับรู้) ({planYear})',
    en: 'at {target}: overall +{gain} (uncertain: perception) ({planYear})',
  },
  'plan.worth.unknown': {
    th: 'ผลต่อคะแนนภาพรวมไม่ทราบ: คำนวณจากรายข้อไม่ได้ ({planYear})',
    en: 'effect on the overall score unknown: not computable from items ({planYear})',
  },
  'plan.sheet.tool': { th: 'คะแนนรวม {tool}', en: '{tool} score' },
  'plan.sheet.planYearPartial': {
    th: 'กรอบการประเมินปี {year} ยังไม่ครบ: ข้อที่ไม่ทราบข้อตรงกันแสดงเป็น "ไม่ทราบ" ไม่เดา (ส่วนที่ยังไม่ทราบ: {parts})',
    en: 'The FY{year} framework is partial: items with no known counterpart are shown as such, never guessed (unknown: {parts})',
  },
  'plan.sheet.none': { th: '(ไม่มีข้อที่ต้องแก้)', en: '(nothing to fix)' },
  // Task pane and browser preview (src/taskpane, src/preview)
  'ui.title': { th: 'ITA Workbench', en: 'ITA Workbench' },
  'ui.scan.heading': { th: 'สิ่งที่พบในสมุดงาน', en: 'What the workbook holds' },
  'ui.scan.again': { th: 'สแกนใหม่', en: 'Scan again' },
  'ui.scan.tableItems': { th: 'คะแนนรายข้อ', en: 'Item scores' },
  'ui.scan.tableIndicators': { th: 'คะแนนตัวชี้วัด', en: 'Indicator scores' },
  'ui.scan.tableAgencies': { th: 'รายชื่อหลายหน่วยงาน', en: 'List of agencies' },
  'ui.scan.foundYear': { th: 'ในสมุดงาน: {value}', en: 'In the workbook: {value}' },
  'ui.scan.notFound': { th: 'ไม่พบในสมุดงาน', en: 'Not found in the workbook' },
  'ui.empty': {
    th: 'ไม่พบตารางคะแนน ITA: ใส่ตารางคะแนนรายข้อ (ข้อ i1–o35 กับคะแนน) หรือตารางคะแนนตัวชี้วัด 10 ตัว แล้วกด "สแกนใหม่"',
    en: 'No ITA score table found: add a table of item scores (items i1–o35 with scores) or of the 10 indicators, then press "Scan again"',
  },
  'ui.warnings.heading': { th: 'คำเตือน ({count})', en: 'Warnings ({count})' },
  'ui.warnings.none': { th: 'ไม่มีคำเตือน', en: 'No warnings' },
  'ui.goto': { th: 'ไปที่ {place}', en: 'Go to {place}' },
  'ui.summary.heading': { th: 'ผลการประเมิน ปี {year}', en: 'Result FY{year}' },
  'ui.summary.overall': { th: 'คะแนนภาพรวม', en: 'Overall score' },
  'ui.summary.reported': { th: 'ในสมุดงาน {value}', en: 'workbook says {value}' },
  'ui.summary.blocked': {
    th: 'ไม่ถึงระดับ "{level}" เพราะ {tools} ต่ำกว่าเกณฑ์รายเครื่องมือ (ทุกเครื่องมือต้องถึงเกณฑ์)',
    en: 'Not "{level}": {tools} below the per-tool minimum (every tool must reach it)',
  },
  'ui.summary.tools': { th: 'คะแนนรายเครื่องมือ', en: 'Tool scores' },
  'ui.summary.indicators': { th: 'ตัวชี้วัด', en: 'Indicators' },
  'ui.col.no': { th: 'ที่', en: 'No.' },
  'ui.col.indicator': { th: 'ตัวชี้วัด', en: 'Indicator' },
  'ui.col.score': { th: 'คะแนน', en: 'Score' },
  'ui.col.reported': { th: 'ในสมุดงาน', en: 'Reported' },
  'ui.col.computed': { th: 'คำนวณได้', en: 'Computed' },
  'ui.summary.differs': { th: 'ไม่ตรงกัน', en: 'differs' },
  'ui.summary.asPublished': { th: 'ตามประกาศ', en: 'as published' },
  'ui.summary.estimate': { th: 'ค่าประมาณ', en: 'estimate' },
  'ui.whatif.heading': { th: 'ถ้าแก้ข้อเหล่านี้ (ประมาณการ)', en: 'What if these were fixed (projection)' },
  'ui.whatif.hint': {
    th: 'เลือกเอกสาร OIT ที่จะจัดทำ/เผยแพร่ให้ครบ (100 คะแนน) แล้วดูคะแนนที่คาดว่าจะได้ ข้อ IIT/EIT เป็นการรับรู้ จึงไม่นำมาคาดการณ์',
    en: 'Tick the OIT documents to publish in full (100 points) and see the projected score. IIT/EIT items are perceptions and are not projected',
  },
  'ui.whatif.item': { th: '{code} {name} ({score} → 100, +{gain})', en: '{code} {name} ({score} → 100, +{gain})' },
  'ui.whatif.projected': {
    th: 'ถ้าทำตามที่ติ๊ก คะแนนภาพรวมจะประมาณ {overall} ({rating}) · IIT {iit} · EIT {eit} · OIT {oit}',
    en: 'If the ticked items were done: about {overall} overall ({rating}) · IIT {iit} · EIT {eit} · OIT {oit}',
  },
  'ui.whatif.write': { th: 'เขียนข้อที่เลือกลงแผนมาตรการ', en: 'Write the chosen items into the measures plan' },
  'ui.weak.heading': { th: 'ข้อที่ต้องปรับปรุง ({count})', en: 'Weak items ({count})' },
  'ui.weak.none': { th: 'ไม่มีข้อที่ต่ำกว่าเกณฑ์', en: 'No item below the thresholds' },
  'ui.weak.critical': { th: 'วิกฤต', en: 'critical' },
  'ui.weak.weak': { th: 'ต้องปรับปรุง', en: 'weak' },
  'ui.actions.heading': { th: 'คำสั่งอื่น', en: 'Other actions' },
  'ui.actions.safe': {
    th: 'สั่งซ้ำได้: แผ่นงานและสีที่สร้างไว้เดิมจะถูกแทนที่ ไม่ซ้ำซ้อน',
    en: 'Safe to repeat: our earlier sheets and colours are replaced, never duplicated',
  },
  'ui.action.summary': { th: 'แทรกแผ่นงานสรุปคะแนน', en: 'Insert score summary' },
  'ui.action.fill': { th: 'เติมคะแนนสรุป', en: 'Fill summaries' },
  'ui.action.highlight': { th: 'ระบายสีข้อที่ต้องปรับปรุง', en: 'Highlight weak items' },
  'ui.action.cover': { th: 'แทรกปกเอกสาร', en: 'Insert the cover' },
  'ui.action.results': { th: 'แทรกผลการประเมิน (ส่วนที่ 1–2)', en: 'Insert the results (sections 1–2)' },
  'ui.action.analysis': { th: 'แทรกแผ่นงานผลการวิเคราะห์', en: 'Insert analysis' },
  'ui.action.plan': { th: 'แทรกแผ่นงานมาตรการ', en: 'Insert measures plan' },
  'ui.action.planner': { th: 'แผนยกระดับคะแนน', en: 'Score planner' },
  'ui.action.framework': { th: 'แทรกแผ่นงานกรอบการประเมิน', en: 'Insert framework sheet' },
  'ui.action.consolidated': { th: 'สรุปหลายหน่วยงาน', en: 'Many agencies' },
  'ui.action.primary': { th: 'จัดทำผลการวิเคราะห์และแผนมาตรการ', en: 'Make the analysis and the plan' },
  'ui.action.primaryHint': {
    th: 'เพิ่มแผ่นงานสรุป ผลการวิเคราะห์ มาตรการ และแผนยกระดับคะแนน และระบายสีข้อที่ต้องปรับปรุงในตารางของท่าน',
    en: 'Adds the summary, analysis, measures plan and score planner sheets, and colours the weak items in your tables',
  },
  'ui.action.remove': { th: 'ลบสิ่งที่ ITA Workbench เพิ่ม', en: 'Remove what ITA Workbench added' },
  'ui.action.sample': { th: 'แทรกแผ่นงานตัวอย่าง', en: 'Insert the sample sheets' },
  'ui.action.sampleDownload': { th: 'ดาวน์โหลดสมุดงานตัวอย่าง', en: 'Download the sample workbook' },
  'ui.action.goto': { th: 'ไปที่แผ่นงาน {sheet}', en: 'Go to sheet {sheet}' },
  'ui.legend.heading': { th: 'ความหมายของสี', en: 'Colour legend' },
  'ui.status.reading': { th: 'กำลังอ่านสมุดงาน…', en: 'Reading the workbook…' },
  'ui.status.analysing': { th: 'กำลังวิเคราะห์…', en: 'Analysing…' },
  'ui.status.writing': { th: 'กำลังเขียนลงสมุดงาน…', en: 'Writing to the workbook…' },
  'ui.step.check': { th: 'ตรวจสมุดงานก่อนเขียน…', en: 'Checking the workbook before writing…' },
  'ui.step.record': { th: 'บันทึกสิ่งที่จะทำ…', en: 'Recording what will be done…' },
  'ui.step.remove': { th: 'ลบแผ่นงานและสีของครั้งก่อน…', en: 'Removing the earlier sheets and colours…' },
  'ui.step.sheets': { th: 'เพิ่มแผ่นงาน {index} จาก {count}: {sheet}…', en: 'Adding sheet {index} of {count}: {sheet}…' },
  'ui.step.rules': { th: 'ระบายสีและเติมคะแนน…', en: 'Colouring and filling…' },
  'ui.step.finish': { th: 'บันทึกผล…', en: 'Recording the result…' },
  'ui.stepName.check': { th: 'ตรวจสมุดงานก่อนเขียน', en: 'checking the workbook before writing' },
  'ui.stepName.record': { th: 'บันทึกสิ่งที่จะทำ', en: 'recording what would be done' },
  'ui.stepName.remove': { th: 'ลบแผ่นงานและสีของครั้งก่อน', en: 'removing the earlier sheets and colours' },
  'ui.stepName.sheets': { th: 'เพิ่มแผ่นงาน', en: 'adding the sheets' },
  'ui.stepName.rules': { th: 'ระบายสีและเติมคะแนน', en: 'colouring and filling' },
  'ui.stepName.finish': { th: 'บันทึกผล', en: 'recording the result' },
  'ui.step.of': { th: 'ขั้นที่ {n} จาก {total}', en: 'Step {n} of {total}' },
  'ui.status.noTables': { th: 'สแกนแล้ว: ยังไม่พบตารางคะแนน ITA', en: 'Scanned: no ITA score table yet' },
  'ui.status.reanalysed': { th: 'วิเคราะห์ใหม่ตามค่าที่ตั้งแล้ว', en: 'Re-analysed with the new settings' },
  'ui.status.removed': {
    th: 'ลบสิ่งที่ ITA Workbench เพิ่มแล้ว: สมุดงานเหลือเฉพาะของท่าน',
    en: 'Removed what ITA Workbench added: the workbook holds only yours',
  },
  'ui.status.inserted': { th: 'แทรกแผ่นงานตัวอย่างแล้ว: {sheets}', en: 'Sample sheets inserted: {sheets}' },
  'ui.status.busy': { th: 'กำลังทำงาน', en: 'Working' },
  'ui.status.scanned': { th: 'สแกนเสร็จแล้ว', en: 'Scan complete' },
  'ui.status.done': { th: 'เสร็จแล้ว: {action}', en: 'Done: {action}' },
  'ui.status.sheets': { th: 'แผ่นงานที่เพิ่ม: {sheets}', en: 'Sheets added: {sheets}' },
  'ui.error.title': { th: 'ทำไม่สำเร็จ', en: 'Could not complete' },
  'ui.error.stoppedAt': { th: 'หยุดระหว่าง: {step}', en: 'Stopped while: {step}' },
  'ui.error.now': { th: 'ตอนนี้ในสมุดงาน:', en: 'In the workbook now:' },
  'ui.error.unexpected': {
    th: 'เกิดข้อผิดพลาดที่ไม่คาดคิด: ลองอีกครั้ง หากยังเกิดซ้ำ โปรดแจ้งผู้ดูแล',
    en: 'Something unexpected went wrong: try again, and tell your administrator if it happens again',
  },
  'ui.dismiss': { th: 'ปิด', en: 'Dismiss' },
  'ui.cancel': { th: 'ยกเลิก', en: 'Cancel' },
  'ui.version': { th: 'รุ่น {version}', en: 'Version {version}' },
  'ui.help': { th: 'คู่มือการใช้งาน', en: 'User guide' },
  'ui.lang.other': { th: 'English', en: 'ภาษาไทย' },
  'ui.lang.switch': { th: 'เปลี่ยนเป็นภาษาอังกฤษ', en: 'Switch to Thai' },
  'ui.loading': { th: 'กำลังโหลด…', en: 'Loading…' },
  'ui.result.heading': { th: 'ผลการประเมิน ITA ปี {year}', en: 'ITA result FY{year}' },
  'ui.result.next': {
    th: 'ห่างจากระดับ "{level}" ({min} คะแนน) อีก {gap} คะแนน',
    en: '{gap} points short of "{level}" ({min})',
  },
  'ui.result.nextTools': {
    th: 'ระดับ "{level}" ต้องได้ทุกเครื่องมืออย่างน้อย {min}: {tools} ยังไม่ถึง',
    en: '"{level}" needs every tool at {min} or more: {tools} below',
  },
  'ui.result.path': {
    th: 'เผยแพร่เอกสาร OIT ให้ครบ {count} ข้อก็ถึงได้ (ประมาณการ ดูใน "ถ้าแก้ข้อเหล่านี้")',
    en: 'Publishing {count} OIT documents in full would reach it (a projection: see "What if")',
  },
  'ui.result.pathShort': {
    th: 'เอกสาร OIT อย่างเดียวไม่พอ: ต้องยกระดับการรับรู้ IIT/EIT ด้วย',
    en: 'OIT documents alone are not enough: IIT/EIT perception must rise too',
  },
  'ui.result.top': { th: 'อยู่ในระดับสูงสุดแล้ว', en: 'At the highest level' },
  'ui.result.weak': { th: 'ข้อที่ต้องปรับปรุง {count} ข้อ (วิกฤต {critical})', en: '{count} weak items ({critical} critical)' },
  'ui.rating.pass': { th: 'ผ่าน', en: 'pass' },
  'ui.rating.fail': { th: 'ไม่ผ่าน', en: 'not passed' },
  'ui.undo.title': { th: 'Excel ย้อนกลับ (Ctrl+Z) สิ่งที่จะเขียนไม่ได้', en: 'Excel cannot undo what is written' },
  'ui.undo.body': {
    th: 'เมื่อ ITA Workbench เขียนลงสมุดงาน Excel จะล้างประวัติการย้อนกลับทั้งหมด รวมถึงการแก้ไขของท่านก่อนหน้านี้ สิ่งที่ ITA Workbench เพิ่มลบออกได้ทั้งหมดด้วย "ลบสิ่งที่ ITA Workbench เพิ่ม" และข้อมูลที่ท่านพิมพ์ไว้จะไม่ถูกแก้ไข',
    en: 'When ITA Workbench writes to the workbook, Excel clears its whole undo history, your own earlier edits included. Everything ITA Workbench adds can be taken out with "Remove what ITA Workbench added", and nothing you typed is changed.',
  },
  'ui.undo.once': { th: 'ถามครั้งเดียวจนกว่าจะเปิดบานหน้าต่างนี้ใหม่', en: 'Asked once until the pane is opened again' },
  'ui.undo.continue': { th: 'เขียนลงสมุดงาน', en: 'Write to the workbook' },
  'ui.remove.title': { th: 'ลบสิ่งที่ ITA Workbench เพิ่มหรือไม่', en: 'Remove what ITA Workbench added?' },
  'ui.remove.body': {
    th: 'จะลบแผ่นงาน {sheets} การระบายสี {rules} กฎ คะแนนที่เติมไว้ {fills} เซลล์ และบันทึกของ ITA Workbench แผ่นงานและข้อมูลของท่านคงอยู่เหมือนเดิม Excel ย้อนกลับการลบนี้ไม่ได้',
    en: "This deletes the sheets {sheets}, {rules} highlight rules, {fills} filled cells and ITA Workbench's record. Your own sheets and cells stay as they are. Excel cannot undo it.",
  },
  'ui.remove.nothing': { th: 'สมุดงานนี้ไม่มีสิ่งที่ ITA Workbench เพิ่ม', en: 'Nothing of ITA Workbench is in this workbook' },
  'ui.remove.none': { th: '(ไม่มี)', en: '(none)' },
  'ui.remove.confirm': { th: 'ลบ', en: 'Remove' },
  'ui.first.heading': { th: 'เริ่มต้นใช้งาน', en: 'Getting started' },
  'ui.first.lead': { th: 'สมุดงานนี้ยังไม่มีตารางคะแนน ITA', en: 'This workbook has no ITA score table yet' },
  'ui.first.step1': {
    th: 'ใส่ผลคะแนนที่ ป.ป.ช. แจ้งลงแผ่นงานใดก็ได้: คะแนนรายข้อ (i1–o35 กับคะแนน) หรือคะแนนตัวชี้วัด 10 ตัว พิมพ์แบบใดก็ได้ เลขไทยก็ได้',
    en: 'Put the scores NACC sent you in any sheet: item scores (i1–o35 with their scores) or the 10 indicators, typed any way, Thai digits too',
  },
  'ui.first.step2': {
    th: 'กด "สแกนใหม่" ITA Workbench จะหาตารางเอง',
    en: 'Press "Scan again": ITA Workbench finds the tables itself',
  },
  'ui.first.step3': { th: 'กด "จัดทำผลการวิเคราะห์และแผนมาตรการ"', en: 'Press "Make the analysis and the plan"' },
  'ui.first.sample': {
    th: 'ยังไม่มีข้อมูล? ลองกับแผ่นงานตัวอย่าง (ผลปี 2567 ของหน่วยงานตัวอย่าง)',
    en: "No data yet? Try the sample sheets (an example agency's FY2567 result)",
  },
  'ui.first.sampleDownload': {
    th: 'Excel รุ่นนี้แทรกแผ่นงานจากไฟล์ไม่ได้: ดาวน์โหลดสมุดงานตัวอย่างแล้วเปิดใน Excel',
    en: 'This Excel cannot insert sheets from a file: download the sample workbook and open it in Excel',
  },
  'ui.details.heading': { th: 'รายละเอียด', en: 'Details' },
  'ui.details.scores': { th: 'คะแนนรายเครื่องมือและตัวชี้วัด', en: 'Tool and indicator scores' },
  'ui.details.found': { th: 'ตารางที่พบและคำเตือน ({count})', en: 'Tables found and warnings ({count})' },
  'ui.whatif.projection': { th: 'ประมาณการ ไม่ใช่ผลจริง', en: 'A projection, not a result' },
  'ui.whatif.none': { th: 'ติ๊กเอกสารด้านล่างเพื่อดูคะแนนที่คาดว่าจะได้', en: 'Tick documents below to see a projected score' },
  'ui.whatif.shortest': { th: 'ติ๊กเส้นทางสั้นที่สุดสู่ระดับผ่าน', en: 'Tick the shortest path to a pass' },
  'ui.whatif.clear': { th: 'ล้างที่ติ๊ก', en: 'Clear the ticks' },
  'ui.goto.hidden': { th: '— ไปที่ {place}', en: '— go to {place}' },
  'ui.settings.heading': { th: 'การตั้งค่า', en: 'Settings' },
  'ui.settings.year': { th: 'ปีที่ประเมิน (พ.ศ.)', en: 'Assessment year (BE)' },
  'ui.settings.planYear': { th: 'ปีของแผน (พ.ศ.)', en: 'Plan year (BE)' },
  'ui.settings.agency': { th: 'ชื่อหน่วยงาน', en: 'Agency name' },
  'ui.settings.lang': { th: 'ภาษา', en: 'Language' },
  'ui.settings.thaiDigits': { th: 'ใช้เลขไทยในแผ่นงานที่แทรก', en: 'Thai digits in inserted sheets' },
  'ui.settings.thresholds': { th: 'เกณฑ์ข้อที่ต้องปรับปรุง', en: 'Weak-item thresholds' },
  'ui.settings.oitWeakBelow': { th: 'OIT ต้องปรับปรุงเมื่อต่ำกว่า', en: 'OIT weak below' },
  'ui.settings.oitCriticalAtOrBelow': { th: 'OIT วิกฤตเมื่อไม่เกิน', en: 'OIT critical at or below' },
  'ui.settings.surveyWeakBelow': { th: 'IIT/EIT ต้องปรับปรุงเมื่อต่ำกว่า', en: 'IIT/EIT weak below' },
  'ui.settings.surveyCriticalBelow': { th: 'IIT/EIT วิกฤตเมื่อต่ำกว่า', en: 'IIT/EIT critical below' },
  'ui.settings.apply': { th: 'ใช้ค่านี้และวิเคราะห์ใหม่', en: 'Apply and re-analyse' },
  'ui.settings.remembered': {
    th: 'ค่าเหล่านี้บันทึกไว้ในสมุดงานทุกครั้งที่สั่งงาน ส่วนภาษาเป็นของท่านเอง ใช้กับทุกสมุดงาน',
    en: 'These settings are saved in the workbook with every action; the language is yours, for every workbook',
  },
  'ui.settings.badPlanYear': { th: 'ปีของแผนต้องหลังปีที่ประเมิน', en: 'The plan year must come after the assessment year' },
  'ui.settings.badYear': {
    th: 'ใส่ปี พ.ศ. 4 หลัก เช่น 2567 หรือ ๒๕๖๗',
    en: 'Enter a 4-digit Buddhist Era year such as 2567',
  },
  'ui.settings.badNumber': { th: 'ใส่ตัวเลข 0–100', en: 'Enter a number 0–100' },
  'ui.preview.heading': { th: 'ตัวอย่างบนเบราว์เซอร์', en: 'Browser preview' },
  'ui.preview.intro': {
    th: 'เปิดสมุดงาน .xlsx เพื่อทดลองใช้ ITA Workbench โดยไม่ต้องมี Excel: ไฟล์อยู่ในเครื่องของท่าน ไม่ถูกส่งออกไปที่ใด',
    en: 'Open an .xlsx workbook to try ITA Workbench without Excel: the file stays on your computer',
  },
  'ui.preview.open': { th: 'เปิดไฟล์ .xlsx', en: 'Open .xlsx file' },
  'ui.preview.drop': { th: 'หรือลากไฟล์มาวางที่นี่', en: 'or drop a file here' },
  'ui.preview.opening': { th: 'กำลังเปิด "{file}"…', en: 'Opening "{file}"…' },
  'ui.preview.opened': { th: 'เปิด "{file}" แล้ว', en: 'Opened "{file}"' },
  'ui.preview.download': { th: 'ดาวน์โหลดผลลัพธ์ (.xlsx)', en: 'Download the result (.xlsx)' },
  'ui.preview.preparing': { th: 'กำลังเตรียมไฟล์…', en: 'Preparing the file…' },
  'ui.preview.main': { th: 'ตัวอย่าง ITA Workbench', en: 'ITA Workbench preview' },
  'ui.preview.sample': { th: 'เปิดสมุดงานตัวอย่าง', en: 'Open the sample workbook' },
  'ui.preview.sheets': { th: 'แผ่นงาน', en: 'Sheets' },
  'ui.preview.grid': { th: 'แผ่นงาน {sheet} (อ่านอย่างเดียว)', en: 'Sheet {sheet} (read-only)' },
  'ui.preview.clipped': {
    th: 'แสดง {rows} แถว {cols} คอลัมน์แรก',
    en: 'Showing the first {rows} rows and {cols} columns',
  },
} as const satisfies Record<string, Message>;

export type MessageCode = keyof typeof MESSAGES;

/** Fill {placeholders}. */
export function interpolate(template: string, params?: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (params && k in params ? String(params[k]) : m));
}

/** The sentence for a code in a language (codes are checked at compile time; a test walks every one in both languages). */
export function message(code: MessageCode, lang: Lang, params?: Readonly<Record<string, string | number>>): string {
  return interpolate(MESSAGES[code][lang], params);
}

/** Is this string a code of the catalogue? (For codes that arrive as data, e.g. a marker or a JSON file.) */
export function isMessageCode(code: string): code is MessageCode {
  return Object.prototype.hasOwnProperty.call(MESSAGES, code);
}

/** An issue as one line for the user, with its place: "Sheet1!C7: …". */
export function formatIssue(issue: Issue, lang: Lang): string {
  const text = message(issue.code, lang, issue.params);
  const where = issue.sheet ? `${issue.sheet}${issue.cell ? `!${issue.cell}` : ''}: ` : '';
  return where + text;
}
