/**
 * The one message catalogue: every user-facing sentence, Thai and English, keyed by code.
 * Placeholders {name} are filled from Issue.params. Modules add their codes here, nowhere else.
 */
import type { Issue, Lang } from './types';

export type Message = { readonly th: string; readonly en: string };

export const MESSAGES = {
  // Scanner: problems in the user's tables
  'item.duplicate': { th: 'ข้อ {code} ปรากฏซ้ำ: ที่ {other} ด้วย (ใช้ค่าแรก {score})', en: 'Item {code} appears twice: also at {other} (the first, {score}, is used)' },
  'item.duplicateConflict': { th: 'ข้อ {code} ปรากฏซ้ำด้วยคะแนนต่างกัน: {score} และ {otherScore} ที่ {other}', en: 'Item {code} appears twice with different scores: {score} and {otherScore} at {other}' },
  'item.oitScale': { th: 'คะแนนข้อ {code} เป็น {score}: ข้อ OIT ควรเป็น 0, 50 หรือ 100', en: 'Item {code} scores {score}: an OIT item should be 0, 50 or 100' },
  'item.outOfRange': { th: 'คะแนนข้อ {code} เป็น {score}: อยู่นอกช่วง 0–100 จึงไม่นำมาคำนวณ', en: 'Item {code} scores {score}: outside 0–100, not used' },
  'item.unreadable': { th: 'อ่านคะแนนข้อ {code} ไม่ได้: "{raw}"', en: 'Cannot read the score of item {code}: "{raw}"' },
  'item.blank': { th: 'ข้อ {code} ไม่มีคะแนน', en: 'Item {code} has no score' },
  'item.missing': { th: 'ไม่พบข้อ {codes} ในสมุดงาน: ตัวชี้วัดที่ {indicator} คำนวณจากข้อที่มีไม่ได้', en: 'Items {codes} are not in the workbook: indicator {indicator} cannot be computed from items' },
  'item.unknownCode': { th: 'ไม่รู้จักข้อ {code} ในกรอบการประเมินปี {year}', en: 'Item {code} is not in the FY{year} framework' },
  'indicator.outOfRange': { th: 'คะแนนตัวชี้วัดที่ {no} เป็น {score}: อยู่นอกช่วง 0–100', en: 'Indicator {no} scores {score}: outside 0–100' },
  'indicator.mismatch': { th: 'ตัวชี้วัดที่ {no}: ในสมุดงานเขียน {reported} แต่คำนวณจากรายข้อได้ {computed}', en: 'Indicator {no}: the workbook says {reported} but its items give {computed}' },
  'indicator.missing': { th: 'ไม่มีคะแนนตัวชี้วัดที่ {no} ({name}) และคำนวณจากรายข้อไม่ได้', en: 'Indicator {no} ({name}) has no score and cannot be computed from items' },
  'indicator.unreadable': { th: 'อ่านคะแนนตัวชี้วัดที่ {no} ไม่ได้: "{raw}"', en: 'Cannot read the score of indicator {no}: "{raw}"' },
  'indicator.duplicate': { th: 'ตัวชี้วัดที่ {no} ปรากฏซ้ำ: ที่ {other} ด้วย', en: 'Indicator {no} appears twice: also at {other}' },
  'overall.mismatch': { th: 'คะแนนภาพรวม: ในสมุดงานเขียน {reported} แต่คำนวณได้ {computed}', en: 'Overall score: the workbook says {reported} but the indicators give {computed}' },
  'overall.incomplete': { th: 'คำนวณคะแนนภาพรวมไม่ได้: ขาดคะแนน {tools}', en: 'The overall score cannot be computed: {tools} missing' },
  'tool.mismatch': { th: 'คะแนน {tool}: ในสมุดงานเขียน {reported} แต่คำนวณได้ {computed}', en: '{tool} score: the workbook says {reported} but the indicators give {computed}' },
  'year.unknown': { th: 'ไม่มีกรอบการประเมินของปี {year}: ใช้กรอบปี {used} แทน', en: 'No framework for FY{year}: using FY{used} instead' },
  'year.notFound': { th: 'ไม่พบปีงบประมาณที่ประเมินในสมุดงาน: ใช้ปี {used} (กำหนดเองได้)', en: 'No assessment year found in the workbook: using FY{used} (you can set it)' },
  'year.conflict': { th: 'สมุดงานระบุปีประเมินหลายปี ({years}): ใช้ปี {used}', en: 'The workbook names several assessment years ({years}): using FY{used}' },
  'agency.conflict': { th: 'ชื่อหน่วยงานไม่ตรงกัน: "{name}" และ "{other}" ที่ {otherCell}', en: 'The agency name differs: "{name}" and "{other}" at {otherCell}' },
  'text.strayChar': { th: 'มีอักขระแปลกปลอม ({char}) ในข้อความ', en: 'A stray character ({char}) in the text' },
  'scan.noTables': { th: 'ไม่พบตารางคะแนน ITA ในสมุดงานนี้', en: 'No ITA score table was found in this workbook' },
  'scan.empty': { th: 'สมุดงานนี้ว่างเปล่า', en: 'This workbook is empty' },
  'scan.sheetTooLarge': { th: 'แผ่นงานใหญ่เกินไป ({cells} เซลล์): อ่านเฉพาะ {limit} เซลล์แรก', en: 'The sheet is too large ({cells} cells): only the first {limit} were read' },
  // Command line usage
  'usage.unknownCommand': { th: 'ไม่รู้จักคำสั่ง "{command}": ใช้ analyze', en: 'Unknown command "{command}": use analyze' },
  'usage.unknownOption': { th: 'ไม่รู้จักตัวเลือก {option}', en: 'Unknown option {option}' },
  'usage.missingValue': { th: 'ตัวเลือก {option} ต้องมีค่าตามหลัง', en: 'Option {option} needs a value' },
  'usage.noInput': { th: 'ต้องระบุไฟล์ .xlsx ที่จะวิเคราะห์', en: 'Name the .xlsx file to analyse' },
  'usage.tooMany': { th: 'ระบุไฟล์ได้ไฟล์เดียว: เกินมา "{extra}"', en: 'Only one input file: extra "{extra}"' },
  'usage.badLang': { th: '--lang ต้องเป็น th หรือ en (ได้ "{value}")', en: '--lang must be th or en (got "{value}")' },
  'usage.badYear': { th: '{option} ต้องเป็นปี พ.ศ. เช่น 2567 (ได้ "{value}")', en: '{option} must be a Buddhist Era year such as 2567 (got "{value}")' },
  'usage.badNumber': { th: '{option} ต้องเป็นตัวเลข 0–100 (ได้ "{value}")', en: '{option} must be a number 0–100 (got "{value}")' },
  'usage.sameFile': { th: 'ไฟล์ผลลัพธ์เป็นไฟล์เดียวกับไฟล์ต้นฉบับ: ใช้ชื่อไฟล์อื่น หรือเพิ่ม --overwrite หากตั้งใจ', en: 'The output is the input file itself: choose another name, or add --overwrite if you mean it' },
  'usage.outputNotXlsx': { th: 'ไฟล์ผลลัพธ์ต้องลงท้ายด้วย .xlsx: "{file}"', en: 'The output file must end in .xlsx: "{file}"' },
  // Output
  'sheet.renamedByUser': { th: 'ไม่พบแผ่นงาน "{name}" ที่สร้างไว้ครั้งก่อน (อาจถูกลบหรือเปลี่ยนชื่อ): สร้างใหม่แล้ว', en: 'Sheet "{name}" from the previous run is gone (deleted or renamed): a new one was made' },
  'sheet.nameTaken': { th: 'มีแผ่นงานชื่อ "{name}" ของผู้ใช้อยู่แล้ว: ใช้ชื่อ "{used}" แทน', en: 'A sheet of yours is already named "{name}": using "{used}" instead' },
  'marker.damaged': { th: 'ข้อมูลกำกับของ ITA Workbench ในสมุดงานเสียหาย: จะไม่ลบหรือแทนที่แผ่นงานเดิมใด ๆ', en: 'ITA Workbench\'s marker in this workbook is damaged: no earlier sheet will be removed or replaced' },
  'fill.skipped': { th: 'เซลล์ไม่ว่าง จึงไม่เขียนทับ', en: 'The cell is not blank: not overwritten' },
  // Input files (CLI and browser preview)
  'input.notFound': { th: 'ไม่พบไฟล์ "{file}"', en: 'File "{file}" was not found' },
  'input.legacyXls': { th: 'ไฟล์ "{file}" เป็น Excel รุ่นเก่า (.xls): เปิดใน Excel แล้วบันทึกเป็น .xlsx ก่อน', en: '"{file}" is an old Excel file (.xls): open it in Excel and save it as .xlsx first' },
  'input.encrypted': { th: 'ไฟล์ "{file}" ตั้งรหัสผ่านไว้: เอารหัสผ่านออกใน Excel แล้วลองใหม่', en: '"{file}" is password-protected: remove the password in Excel and try again' },
  'input.notXlsx': { th: 'ไฟล์ "{file}" ไม่ใช่สมุดงาน Excel (.xlsx)', en: '"{file}" is not an Excel workbook (.xlsx)' },
  'input.corrupt': { th: 'ไฟล์ "{file}" เสียหายหรือไม่สมบูรณ์ จึงเปิดไม่ได้', en: '"{file}" is damaged or incomplete and cannot be opened' },
  'input.emptyFile': { th: 'ไฟล์ "{file}" ว่างเปล่า (0 ไบต์)', en: '"{file}" is empty (0 bytes)' },
  'input.unsupportedParts': { th: 'สมุดงาน "{file}" มี {parts} ซึ่งจะหายไปถ้าเขียนทับ: จึงไม่แก้ไขไฟล์นี้ แต่เขียนแผ่นงานผลลัพธ์ลงสมุดงานใหม่แทนได้', en: 'Workbook "{file}" holds {parts}, which a rewrite would lose: it is left unchanged; the result sheets can go into a new workbook instead' },
  // Office host (adapters/office): OfficeExtension.Error codes mapped to sentences; the raw message never reaches the user
  'office.cellEditMode': { th: 'Excel กำลังแก้ไขเซลล์อยู่: กด Enter หรือ Esc ให้เสร็จก่อน แล้วลองอีกครั้ง', en: 'Excel is editing a cell: press Enter or Esc first, then try again' },
  'office.protected': { th: 'แผ่นงานหรือสมุดงานถูกป้องกันไว้: ยกเลิกการป้องกันแล้วลองอีกครั้ง', en: 'The sheet or workbook is protected: unprotect it and try again' },
  'office.notFound': { th: 'ไม่พบแผ่นงานหรือช่วงเซลล์ที่ต้องใช้ (อาจถูกลบหรือเปลี่ยนชื่อระหว่างทำงาน): ลองอีกครั้ง', en: 'A sheet or range was not found (deleted or renamed meanwhile?): try again' },
  'office.tooLarge': { th: 'ข้อมูลมากเกินกว่าที่ Excel รับได้ในครั้งเดียว: ลดขนาดแผ่นงานแล้วลองอีกครั้ง', en: 'Too much data for Excel in one request: make the sheets smaller and try again' },
  'office.nameTaken': { th: 'มีแผ่นงานชื่อนี้อยู่แล้ว: ลองอีกครั้ง', en: 'A sheet with this name already exists: try again' },
  'office.unsupported': { th: 'Excel รุ่นนี้ไม่รองรับคำสั่งที่ต้องใช้: โปรดอัปเดต Excel', en: 'This version of Excel lacks a feature we need: please update Excel' },
  'office.busy': { th: 'Excel ไม่ว่าง หรือสมุดงานถูกแก้ไขพร้อมกัน: รอสักครู่แล้วลองอีกครั้ง', en: 'Excel is busy or the workbook changed meanwhile: wait a moment and try again' },
  'office.general': { th: 'Excel ทำคำสั่งไม่สำเร็จ (รหัส {code}): ลองอีกครั้ง', en: 'Excel could not complete the request (code {code}): try again' },
  'print.unsupported': { th: 'Excel รุ่นนี้ตั้งค่าการพิมพ์ให้ไม่ได้: โปรดตั้งกระดาษ A4 และแนวกระดาษเองที่แผ่นงาน {sheet}', en: 'This Excel cannot set up printing: set A4 paper and orientation yourself on sheet {sheet}' },
  // Score planner (domain/planner): what each item is worth, the shortest path, higher levels
  'plan.crossYear': { th: '{from} → {to} ปี {year}', en: '{from} → {to} FY{year}' },
  'plan.crossYearUnknown': { th: '{from} → ไม่ทราบข้อที่ตรงกันในปี {year}', en: '{from} → no known counterpart in FY{year}' },
  'plan.gainEitReported': { th: 'ไม่ทราบ: คะแนนตัวชี้วัด EIT ใช้ตามที่ ป.ป.ช. ประกาศ คำนวณจากรายข้อไม่ได้', en: 'Unknown: EIT indicators are taken as published and cannot be computed from items' },
  'plan.gainNotComputable': { th: 'ไม่ทราบ: ตัวชี้วัดที่ {indicator} คำนวณจากรายข้อไม่ได้ (ขาดคะแนนบางข้อ)', en: 'Unknown: indicator {indicator} cannot be computed from its items (some are missing)' },
  'plan.perceptionUncertain': { th: 'ข้อ IIT/EIT วัดการรับรู้ของบุคลากรและผู้รับบริการ: เปลี่ยนช้า ไม่แน่นอน ผลที่คาดไว้จึงไม่ใช่สิ่งที่รับประกันได้', en: 'IIT/EIT items measure what staff and citizens perceive: slow and uncertain to change, so projected gains are not guaranteed' },
  'plan.alreadyPassing': { th: 'คะแนนภาพรวม {overall} ผ่านเกณฑ์ {line} แล้ว', en: 'The overall score {overall} already reaches the pass line {line}' },
  'plan.path': { th: 'แก้เอกสาร OIT {count} ข้อ ({items}) คะแนนภาพรวมจะเป็น {projected} ({rating})', en: 'Fix {count} OIT documents ({items}) and the overall score becomes {projected} ({rating})' },
  'plan.pathUnreachable': { th: 'เอกสาร OIT อย่างเดียวยกคะแนนภาพรวมได้สูงสุด {max}: ไม่ถึง {line}', en: 'OIT documents alone lift the overall score to at most {max}: short of {line}' },
  'plan.levelByDocuments': { th: '{level}: ทำได้ด้วยเอกสาร OIT {count} ข้อ ({items}) คะแนนภาพรวม {projected}, OIT {oit}', en: '{level}: reachable with {count} OIT documents ({items}): overall {projected}, OIT {oit}' },
  'plan.levelDocumentsPart': { th: '{level}: ส่วนของเอกสาร OIT ต้องแก้ {count} ข้อ ({items}) ให้คะแนนภาพรวม {projected} และ OIT {oit}', en: '{level}: the OIT part needs {count} documents ({items}): overall {projected}, OIT {oit}' },
  'plan.levelOverallShort': { th: '{level}: เอกสาร OIT ครบทุกข้อก็ได้คะแนนภาพรวมเพียง {max} ไม่ถึง {min}', en: '{level}: even with every OIT document the overall score is only {max}, short of {min}' },
  'plan.levelBlockedTool': { th: '{level}: {tool} ได้ {score} ต่ำกว่า {min} (ขาด {gap}) ไม่ว่าเอกสาร OIT จะครบเพียงใด ต้องยกระดับการรับรู้ในตัวชี้วัด {indicators}', en: '{level}: {tool} is {score}, below {min} (short by {gap}) whatever the OIT documents do; work on the perception indicators {indicators}' },
  'plan.indicatorScore': { th: 'ที่ {no} {name} {score}', en: '{no} {name} {score}' },
  // Score-improvement sheet (แผนยกระดับคะแนน)
  'plan.sheet.title': { th: 'แผนยกระดับคะแนน ITA ปี {planYear} (จากผลการประเมินปี {year})', en: 'ITA score-improvement plan FY{planYear} (from the FY{year} results)' },
  'plan.sheet.howTo': { th: 'แก้ค่าในช่อง "เป้าหมาย" (สีเหลือง) แล้วคะแนนที่คาดด้านล่างจะคำนวณใหม่ทันที', en: 'Edit the yellow "Target" cells: the projected scores below recalculate at once' },
  'plan.sheet.documents': { th: 'ก. เอกสาร OIT (หน่วยงานเผยแพร่เอง ควบคุมได้เต็มที่) เรียงตามคะแนนที่ได้เพิ่ม', en: 'A. OIT documents (published by the agency itself, fully in its control), by gain' },
  'plan.sheet.perception': { th: 'ข. การรับรู้ IIT/EIT (ไม่แน่นอน: เป้าหมายเริ่มต้นเท่าคะแนนเดิม)', en: 'B. IIT/EIT perception (uncertain: targets start at the current score)' },
  'plan.sheet.eitIndicators': { th: 'ค. ตัวชี้วัด EIT (ใช้คะแนนตามที่ประกาศ: กำหนดเป้าหมายที่ระดับตัวชี้วัด)', en: 'C. EIT indicators (taken as published: set targets at indicator level)' },
  'plan.sheet.projection': { th: 'ง. คะแนนที่คาด (คำนวณจากช่องเป้าหมาย)', en: 'D. Projected scores (computed from the target cells)' },
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
  'plan.sheet.none': { th: '(ไม่มีข้อที่ต้องแก้)', en: '(nothing to fix)' },
} as const satisfies Record<string, Message>;

export type MessageCode = keyof typeof MESSAGES;

/** Fill {placeholders}. */
export function interpolate(template: string, params?: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (params && k in params ? String(params[k]) : m));
}

/** The sentence for a code in a language; unknown codes fall back to the code itself (never a crash). */
export function message(code: string, lang: Lang, params?: Readonly<Record<string, string | number>>): string {
  const m = (MESSAGES as Record<string, Message>)[code];
  return m ? interpolate(m[lang], params) : code;
}

/** An issue as one line for the user, with its place: "Sheet1!C7: …". */
export function formatIssue(issue: Issue, lang: Lang): string {
  const text = message(issue.code, lang, issue.params);
  const where = issue.sheet ? `${issue.sheet}${issue.cell ? `!${issue.cell}` : ''}: ` : '';
  return where + text;
}
