#include <map>

#include "core/error.hpp"
#include "domains/consultation/consultation.hpp"

namespace zhixie::consultation {

const std::vector<std::string> kForms = {"plenary", "standing", "counterpart",
                                         "sector",  "proposal", "grassroots"};
const std::vector<std::string> kModes = {"stationed", "special", "joint", "follow_up"};

const std::string& form_name(const std::string& form) {
    static const std::map<std::string, std::string> names = {
        {"plenary", "全体会议"},   {"standing", "议政性常委会议"}, {"counterpart", "对口协商"},
        {"sector", "界别协商"},    {"proposal", "提案办理协商"},   {"grassroots", "基层一线协商"},
        {"stationed", "派驻监督"}, {"special", "专项监督"},        {"joint", "融合监督"},
        {"follow_up", "跟踪监督"},
    };
    auto it = names.find(form);
    return it == names.end() ? form : it->second;
}

const FieldLabels& labels() {
    static const FieldLabels l = {
        {"title", {"题目", "Title"}},
        {"description", {"说明", "Description"}},
        {"year", {"年度", "Year"}},
        {"note", {"意见", "Note"}},
        {"form", {"协商形式", "Form"}},
        {"planned_month", {"计划月份", "Planned month"}},
        {"lead_body_id", {"牵头单位", "Lead body"}},
        {"topic_id", {"协商课题", "Topic"}},
        {"held_on", {"协商日期", "Date"}},
        {"place", {"地点", "Place"}},
        {"summary", {"概况", "Summary"}},
        {"member_ids", {"参加委员", "Members"}},
        {"unit_ids", {"部门", "Departments"}},
        {"leaders", {"邀请领导", "Invited leaders"}},
        {"mode", {"监督方式", "Mode"}},
        {"subject", {"监督事项", "Subject"}},
        {"findings", {"发现的问题", "Findings"}},
        {"started_on", {"开始日期", "Start date"}},
        {"kind", {"类别", "Kind"}},
        {"entry_date", {"日期", "Date"}},
        {"category", {"报告类别", "Report type"}},
        {"member_id", {"发言委员", "Speaker"}},
        {"person", {"发言人或收件单位", "Speaker or addressee"}},
        {"text", {"内容", "Text"}},
    };
    return l;
}

Owner load_owner(storage::Tx& tx, int64_t committee_id, const std::string& owner, int64_t id) {
    const bool activity = owner == "activity";
    auto r = tx.one(
        activity ? "SELECT id, version, held_on AS d, title FROM consultation_activities WHERE id = :id "
                   "AND committee_id = :c"
                 : "SELECT id, version, started_on AS d, subject AS title FROM supervision_items WHERE "
                   "id = :id AND committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    return {r->i("id"), r->i("version"), r->s("d"), r->s("title")};
}

std::optional<int> year_of(const std::string& date) {
    if (date.size() < 4) return std::nullopt;
    return std::stoi(date.substr(0, 4));
}

nlohmann::json counted_row(const storage::Row& r) {
    auto o = r.json();
    for (const auto& name : r.names())
        if (name.size() > 6 && name.compare(name.size() - 6, 6, "_count") == 0) o[name] = r.i(name);
    return o;
}

std::string count_column(const std::string& owner, const std::string& alias, const std::string& table,
                         const std::string& kind) {
    return "(SELECT COUNT(*) FROM " + table + " x WHERE x.owner_type = '" + owner +
           "' AND x.owner_id = " + alias + ".id AND x.kind = '" + kind + "') AS " + kind + "_count";
}

}  // namespace zhixie::consultation
