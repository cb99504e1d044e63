// User-facing error messages, Chinese first. Every code a use case may throw has an entry here;
// a unit test checks that each code used in the sources has both languages.
#include <map>
#include <string>

#include "core/error.hpp"

namespace zhixie {
namespace {

struct Text {
    const char* zh;
    const char* en;
};

const std::map<std::string, Text, std::less<>>& catalogue() {
    static const std::map<std::string, Text, std::less<>> m = {
        {"invalid_json",
         {"请求内容不是有效的 JSON（第 {offset} 个字节附近）。",
          "The request body is not valid JSON (near byte {offset})."}},
        {"invalid_utf8",
         {"请求中含有无效的 UTF-8 编码字符，未做任何保存。",
          "The request contains invalid UTF-8; nothing was saved."}},
        {"missing_field", {"缺少必填项：{field}。", "A required field is missing: {field}."}},
        {"invalid_field", {"字段 {field} 的值无效。{reason}", "The value of {field} is invalid. {reason}"}},
        {"body_too_large",
         {"请求内容过大（上限 {limit} 字节）。", "The request body is too large (limit {limit} bytes)."}},
        {"unauthenticated", {"请先登录，或登录已过期。", "Please sign in; your session may have expired."}},
        {"invalid_credentials",
         {"单位、用户名或密码不正确。", "Committee, username or password is incorrect."}},
        {"account_locked",
         {"登录失败次数过多，账号已暂时锁定，请 {retry_after_minutes} 分钟后再试。",
          "Too many failed sign-ins; the account is locked. Try again in {retry_after_minutes} minutes."}},
        {"account_disabled",
         {"该账号已停用，请联系管理员。", "This account is disabled; contact your administrator."}},
        {"forbidden", {"您没有执行此操作的权限。", "You do not have permission to do this."}},
        {"csrf_failed",
         {"安全校验失败，请刷新页面后重试。", "Security check failed; reload the page and try again."}},
        {"not_found", {"未找到请求的内容。", "The requested item was not found."}},
        {"method_not_allowed", {"不支持此请求方法。", "This method is not allowed here."}},
        {"stale_version",
         {"该记录已被他人修改，请刷新后再编辑。",
          "Someone else changed this record; reload it and edit again."}},
        {"conflict",
         {"操作冲突，请刷新后重试。", "The action conflicts with another change; reload and try again."}},
        {"duplicate", {"已存在相同的记录：{field}。", "A record with the same {field} already exists."}},
        {"weak_password",
         {"密码至少 8 位，并包含大写字母、小写字母、数字、符号中的至少三类。",
          "Passwords need at least 8 characters from at least three of: upper case, lower case, digits, "
          "symbols."}},
        {"wrong_password", {"当前密码不正确。", "The current password is incorrect."}},
        {"password_change_required",
         {"首次登录须先修改初始密码。", "You must change your initial password first."}},
        {"transition_not_allowed",
         {"当前状态“{state}”下不能执行此操作。",
          "This action is not allowed in the current state \"{state}\"."}},
        {"invalid_workflow", {"流程定义有误：{reason}", "The workflow definition is invalid: {reason}"}},
        {"unknown_role", {"未知的角色：{role}。", "Unknown role: {role}."}},
        {"cannot_revoke_current",
         {"不能在此注销当前会话，请使用“退出登录”。", "Use sign out to end the current session."}},
        {"import_bad_file",
         {"无法读取上传的表格：{reason}。请使用 .xlsx 或 CSV 文件。",
          "The uploaded spreadsheet cannot be read: {reason}. Use an .xlsx or CSV file."}},
        {"import_bad_encoding",
         {"文件编码与所选不符（第 {row} 行附近）：请确认是 UTF-8 还是 GBK/GB18030。",
          "The file's encoding does not match the one chosen (near row {row}): is it UTF-8 or GBK/GB18030?"}},
        {"import_has_errors",
         {"有 {count} 行数据有误，未导入任何数据，请修改后重试。",
          "{count} rows have errors; nothing was imported. Fix them and try again."}},
        {"import_empty", {"表格中没有数据行。", "The spreadsheet has no data rows."}},
        {"in_use",
         {"仍有 {count} 条记录引用此项，不能删除。",
          "{count} records still refer to this; it cannot be deleted."}},
        {"body_has_staff",
         {"该机构仍有 {count} 名在职干部，请先调整或将机构合并到其他机构。",
          "{count} staff still work in this body; move them or merge the body into another first."}},
        {"body_abolished",
         {"该机构已撤销或合并，不能再修改。",
          "This body has been abolished or merged; it cannot be changed."}},
        {"field_required", {"{label}不能为空。", "{label} is required."}},
        {"field_invalid_date",
         {"{label}不是有效日期（应为 YYYY-MM-DD）。", "{label} is not a valid date (YYYY-MM-DD)."}},
        {"field_invalid_id_card",
         {"{label}不是有效的 18 位居民身份证号。", "{label} is not a valid 18-digit resident ID number."}},
        {"field_invalid_phone", {"{label}不是有效的电话号码。", "{label} is not a valid phone number."}},
        {"field_invalid_choice",
         {"{label}的值“{value}”不在可选范围内。", "{label} \"{value}\" is not one of the allowed values."}},
        {"field_unknown_ref",
         {"{label}“{value}”不存在，请先在组织机构中添加。",
          "{label} \"{value}\" does not exist; add it under Organisation first."}},
        {"field_duplicate",
         {"{label}“{value}”与已有记录重复。", "{label} \"{value}\" duplicates an existing record."}},
        {"field_duplicate_in_file",
         {"{label}“{value}”在文件第 {other_row} 行已出现。",
          "{label} \"{value}\" also appears in row {other_row} of the file."}},
        {"field_dates_out_of_order", {"{label}早于开始日期。", "{label} is earlier than the start date."}},
        {"field_too_long",
         {"{label}过长（最多 {max} 字）。", "{label} is too long (at most {max} characters)."}},
        {"import_missing_columns",
         {"表格缺少必需的列：{columns}。", "The spreadsheet lacks required columns: {columns}."}},
        {"invalid_record", {"提交的信息有误：{summary}", "Some fields are invalid: {summary}"}},
        {"not_a_member",
         {"您的账号未关联本届委员信息。", "Your account is not linked to a member of the current term."}},
        {"request_already_decided", {"该申请已处理。", "This request has already been decided."}},
        {"no_current_term", {"尚未设置本届（当前届次）。", "No current term has been set."}},
        {"account_exists", {"该委员已开通登录账号。", "This member already has a sign-in account."}},
        {"not_a_handling_unit",
         {"您所在的单位不是该提案的相应承办单位（主办、会办或分办），不能办理此项。",
          "Your unit is not a handling unit of this proposal in the role this step needs."}},
        {"sector_group_outside_plenary",
         {"界别小组提案只能在大会期间提交。",
          "Sector groups may file proposals only during the plenary session."}},
        {"cosign_already_answered", {"您已回复过该联名邀请。", "You have already answered this invitation."}},
        {"cosign_window_closed", {"联名征集已于 {due_at} 截止。", "Co-signing closed at {due_at}."}},
        {"objection_window_closed",
         {"申请调整的期限已于 {closed_at} 截止，请与提案委联系。",
          "The time to object ended at {closed_at}; contact the proposals committee."}},
        {"extension_pending",
         {"已有一项延期申请待审批。", "An extension request is already waiting for a decision."}},
        {"no_pending_extension", {"没有待审批的延期申请。", "There is no extension request to decide."}},
        {"reply_already_given",
         {"本单位本轮已答复，如需修改请联系提案委退回答复。",
          "Your unit has already replied in this round; ask the proposals committee to return the reply."}},
        {"feedback_already_given", {"本轮办理已评价过。", "Feedback for this round has already been given."}},
        {"field_out_of_range",
         {"{label}应在 {min} 到 {max} 之间。", "{label} must be between {min} and {max}."}},
        {"units_invalid_roles",
         {"{label}须为一个主办单位（可加会办单位），或一个以上分办单位。",
          "{label}: one lead unit (with any co-handling units), or one or more split units."}},
        {"extension_too_long",
         {"{label}超出最长办理期限（最迟 {latest}）。",
          "{label} goes past the longest handling period (at the latest {latest})."}},
        {"unknown_unit", {"承办单位不存在：{unit_id}。", "There is no such handling unit: {unit_id}."}},
        {"file_empty", {"文件是空的，未上传。", "The file is empty; nothing was uploaded."}},
        {"file_too_large",
         {"文件超过 {max_mb} MB 的上限，未上传。",
          "The file is larger than the {max_mb} MB limit; nothing was uploaded."}},
        {"file_type_not_allowed",
         {"只能上传以下类型的文件：{allowed}。", "Only these kinds of file may be uploaded: {allowed}."}},
        {"file_type_mismatch",
         {"文件扩展名（{extension}）与文件实际类型（{actual}）不符，未上传。",
          "The file name says .{extension} but the file is really {actual}; nothing was uploaded."}},
        {"attachments_closed",
         {"当前阶段您不能再添加或删除附件。", "You can no longer add or remove attachments at this stage."}},
        // ---- office (机关建设) ----
        {"field_not_after_previous",
         {"{label}须晚于上一版本的生效日期（{previous}）。",
          "{label} must be later than the previous version's effective date ({previous})."}},
        {"field_before_previous",
         {"{label}不能早于现行版本的生效日期（{previous}）。",
          "{label} cannot be earlier than the current version's effective date ({previous})."}},
        {"rule_abolished",
         {"该制度已于 {date} 废止，不能再修订或废止。",
          "This rule was abolished on {date}; it can no longer be revised or abolished."}},
        {"field_before_last_entry",
         {"{label}不能早于上一次记录的日期（{previous}）。",
          "{label} cannot be earlier than the last entry's date ({previous})."}},
        {"field_invalid_url",
         {"{label}应以 http:// 或 https:// 开头。", "{label} must start with http:// or https://."}},
        {"field_out_of_range",
         {"{label}的值 {value} 超出允许范围（最大 {max}）。",
          "{label} {value} is out of range (at most {max})."}},
        {"field_unknown_placeholder",
         {"{label}中的占位符“{value}”无法填写，请使用页面列出的占位符。",
          "{label} uses the placeholder \"{value}\", which cannot be filled; use the ones listed."}},
        {"staff_no_birth_date",
         {"{label}“{value}”的档案中没有出生日期。", "{label} \"{value}\" has no birth date on record."}},
        {"staff_transferred",
         {"{label}“{value}”已调离，不在关怀范围内。",
          "{label} \"{value}\" has transferred out and is not written to."}},
        {"staff_deceased",
         {"{label}“{value}”已于 {date} 去世，不再写此类信件。",
          "{label} \"{value}\" died on {date}; this letter is not written."}},
        {"letter_already_written",
         {"已于 {date} 给{name}写过“{event}”的信，同一事项不重复写信。",
          "A letter for {name}'s \"{event}\" was already written on {date}; it is not written twice."}},
        {"care_event_exists",
         {"该事项已登记：{name}，{event}，{date}。",
          "This event is already registered: {name}, {event}, {date}."}},
        {"care_event_has_letter",
         {"已为该事项写过信，不能撤销登记。",
          "A letter was written for this event; it cannot be withdrawn."}},
        {"field_date_in_past",
         {"{label}不能早于今天（{today}）。", "{label} cannot be before today ({today})."}},
        {"field_date_in_future",
         {"{label}不能晚于今天（{today}）。", "{label} cannot be after today ({today})."}},
        {"not_assignee",
         {"只有承办部门或责任人可以报告该督办事项的办理情况。",
          "Only the assigned body or person may report on this supervised task."}},
        {"not_item_owner",
         {"只能报告本人或本部门负责的计划事项。",
          "You may report only on your own or your body's plan items."}},
        {"field_invalid_period",
         {"{label}“{value}”无效（月份如 2026-05，周如 2026-W18，季度如 2026Q2）。",
          "{label} \"{value}\" is invalid (a month is 2026-05, a week 2026-W18, a quarter 2026Q2)."}},
        {"field_outside_period",
         {"{label}应在计划期内（{from} 至 {to}）。",
          "{label} must fall within the plan's period ({from} to {to})."}},
        {"plan_exists",
         {"{body}已有 {period} 的计划，请在原计划中增加事项。",
          "{body} already has a plan for {period}; add items to it instead."}},
        {"notice_exists", {"{month} 的月通报已经印发。", "The notice for {month} has already been issued."}},
        {"sheet_not_100",
         {"{label}各项满分合计应为 100 分，现为 {value} 分。",
          "{label} must add up to 100 points, not {value}."}},
        {"score_above_max",
         {"“{item}”得分 {value} 超过该项满分 {max} 分。",
          "\"{item}\": {value} is above the item's maximum of {max}."}},
        {"score_below_zero", {"“{item}”得分不能为负数。", "\"{item}\" cannot score below zero."}},
        {"score_missing", {"“{item}”尚未评分。", "\"{item}\" has no score yet."}},
        {"score_is_computed",
         {"“{item}”由系统根据工作记录计算，无需评分。",
          "\"{item}\" is computed from the records; it is not scored."}},
        {"assessment_exists",
         {"该对象 {quarter} 的考核已录入，请修改原记录。",
          "This {quarter} assessment already exists; change it instead."}},
        // social-conditions information
        {"info_merge_needs_two",
         {"请选择至少两条不同的信息进行合并。", "Choose at least two different items to merge."}},
        {"info_item_merged",
         {"该信息已并入其他信息，不能再修改。", "This item was merged into another; it cannot be changed."}},
        {"info_item_not_open",
         {"该信息已选题、采用或合并，不能再进行此操作。",
          "This item has been selected, adopted or merged; this cannot be done now."}},
        {"info_already_adopted",
         {"该信息已记录被{level}采用。", "This item's adoption at this level is already recorded."}},
        {"info_item_not_adopted",
         {"信息被采用后才能登记领导批示。",
          "A leader's instruction can be recorded only on an adopted item."}},
        // ---- members' duty performance (委员履职) ----
        {"field_negative", {"{label}不能为负数（现为 {value}）。", "{label} cannot be negative ({value})."}},
        {"duty_band_empty",
         {"等次“{grade}”的分数段为空（{min} 至 {max} 分）。",
          "Grade \"{grade}\" has an empty range ({min} to {max})."}},
        {"duty_bands_bottom",
         {"最低的等次“{grade}”须从 0 分起（现为 {min} 分）。",
          "The lowest grade \"{grade}\" must start at 0 (it starts at {min})."}},
        {"duty_bands_top",
         {"最高的等次“{grade}”须到满分 {full} 分（现为 {max} 分）。",
          "The highest grade \"{grade}\" must reach the full score of {full} (it ends at {max})."}},
        {"duty_bands_overlap",
         {"等次“{grade}”与“{other}”的分数段重叠（{to} 至 {from} 分同属两个等次）。",
          "Grades \"{grade}\" and \"{other}\" overlap ({to} to {from} is in both)."}},
        {"duty_bands_gap",
         {"等次“{grade}”与“{other}”之间有空档（{from} 至 {to} 分不属于任何等次）。",
          "There is a gap between grades \"{grade}\" and \"{other}\" ({from} to {to} is in neither)."}},
        {"duty_five_one_no_kinds",
         {"“五个一”要求“{name}”至少要包含一类履职记录。",
          "The five-ones requirement \"{name}\" needs at least one kind of record."}},
        {"duty_five_one_min",
         {"“五个一”要求“{name}”的应完成数量应在 1 到 100 之间（现为 {value}）。",
          "The five-ones requirement \"{name}\" needs a count from 1 to 100 (not {value})."}},
        {"duty_report_too_old",
         {"{label}“{value}”太早：只能申报今年和上一年的履职。",
          "{label} {value} is too early: report duties of this year and last year only."}},
        // ---- results conversion (成果转化) ----
        {"already_acknowledged",
         {"该事项已签收承办，无需重复签收。", "This item has already been acknowledged."}},
        {"already_reported",
         {"该事项已反馈办理结果，不能重复反馈。", "The result of this item has already been reported back."}},
        {"not_acknowledged",
         {"请先签收承办，再反馈办理结果。", "Acknowledge the item before reporting back on it."}},
        {"service_unavailable",
         {"服务暂时不可用，请稍后再试。", "The service is temporarily unavailable; try again later."}},
        {"internal",
         {"服务器内部错误，已记录，请稍后再试。",
          "Internal server error; it has been logged. Please try again later."}},
        // ---- meetings and activities (会议活动) ----
        {"field_invalid_time",
         {"{label}“{value}”不是有效时间（应为 YYYY-MM-DDTHH:MM）。",
          "{label} \"{value}\" is not a valid time (YYYY-MM-DDTHH:MM)."}},
        {"field_not_allowed", {"{label}只适用于三会一课。", "{label} applies only to 三会一课 meetings."}},
        {"field_invalid_amount",
         {"{label}“{value}”不是有效金额（元，最多两位小数，不能为负）。",
          "{label} \"{value}\" is not a valid amount (yuan, at most two decimals, not negative)."}},
        {"invitee_unknown", {"参会人员（编号 {id}）不存在。", "Invitee {id} does not exist."}},
        {"meeting_not_invited",
         {"您不在“{title}”的参会人员名单中，不能签到。",
          "You are not invited to \"{title}\" and cannot sign in."}},
        {"already_signed_in", {"您已签到，无需重复签到。", "You have already signed in."}},
        {"signin_not_open",
         {"签到尚未开始（{opens} 开始）。", "Sign-in has not opened yet (it opens at {opens})."}},
        {"signin_closed", {"签到已于 {closes} 截止。", "Sign-in closed at {closes}."}},
        {"qr_invalid",
         {"签到二维码无效，请重新扫描会场显示的二维码。",
          "This sign-in code is not valid; scan the code shown at the venue again."}},
        {"qr_expired",
         {"签到二维码已过期，请重新扫描会场显示的最新二维码。",
          "This sign-in code has expired; scan the current code shown at the venue."}},
        {"leave_too_late",
         {"会议已经开始或结束，不能再请假。",
          "The meeting has already begun; leave can no longer be requested."}},
        {"leave_already_requested",
         {"您已提交过请假申请。", "You have already asked for leave from this meeting."}},
        {"leave_not_pending", {"该请假申请已处理或不存在。", "There is no pending leave request to decide."}},
        {"meeting_closed", {"会议已结束归档。", "The meeting has been closed."}},
        {"meeting_not_started",
         {"会议尚未开始，不能结束。", "The meeting has not begun yet; it cannot be closed."}},
        {"deed_decided", {"该实事已审核。", "This deed has already been decided."}},
        {"deed_without_evidence",
         {"请先上传办实事的佐证材料再确认。", "Upload evidence of the deed before confirming it."}},
    };
    return m;
}

void fill(std::string& text, const nlohmann::json& details) {
    if (!details.is_object()) return;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const std::string key = "{" + it.key() + "}";
        const std::string value = it->is_string() ? it->get<std::string>() : it->dump();
        for (auto pos = text.find(key); pos != std::string::npos; pos = text.find(key, pos + value.size()))
            text.replace(pos, key.size(), value);
    }
}

}  // namespace

std::string error_message(const std::string& code, Lang lang, const nlohmann::json& details) {
    const auto& m = catalogue();
    auto it = m.find(code);
    std::string text = it == m.end() ? (lang == Lang::en ? "Error: " + code : "操作失败：" + code)
                                     : std::string(lang == Lang::en ? it->second.en : it->second.zh);
    fill(text, details);
    // placeholders with no value are dropped rather than shown raw
    for (auto open = text.find('{'); open != std::string::npos; open = text.find('{', open)) {
        auto close = text.find('}', open);
        if (close == std::string::npos) break;
        text.erase(open, close - open + 1);
    }
    while (!text.empty() && text.back() == ' ')
        text.pop_back();
    return text;
}

bool has_error_message(const std::string& code) {
    return catalogue().count(code) > 0;
}

Lang lang_from_header(std::string_view h) {
    // first listed language wins; "en", "en-US" → English
    while (!h.empty() && (h.front() == ' '))
        h.remove_prefix(1);
    if (h.size() >= 2 && (h[0] == 'e' || h[0] == 'E') && (h[1] == 'n' || h[1] == 'N')) return Lang::en;
    return Lang::zh;
}

}  // namespace zhixie
