// Shared by the conversion use cases: labels, report types, who the caller is, which reports they may see,
// firing the case's transitions, and the report as JSON.
#include <algorithm>

#include "audit/audit_log.hpp"
#include "core/error.hpp"
#include "domains/conversion/conversion.hpp"
#include "workflow/advance.hpp"

namespace zhixie::conversion {

const FieldLabels& labels() {
    static const FieldLabels l = {
        {"kind", {"成果类型", "Report type"}},
        {"title", {"标题", "Title"}},
        {"body", {"正文", "Text"}},
        {"year", {"年度", "Year"}},
        {"submitted_on", {"呈报日期", "Submitted on"}},
        {"body_id", {"报送机构", "Submitting body"}},
        {"source_kind", {"来源类型", "Source type"}},
        {"text", {"批示内容", "Instruction"}},
        {"signed_on", {"批示日期", "Signed on"}},
        {"assignees", {"承办单位或分管副市长", "Units or vice-mayor"}},
        {"unit_ids", {"承办单位", "Handling units"}},
        {"vice_mayor", {"分管副市长", "Vice-mayor in charge"}},
        {"deadline", {"办理时限", "Deadline"}},
        {"note", {"说明", "Note"}},
        {"transition", {"操作", "Step"}},
        {"assignment_id", {"交办对象", "Assignment"}},
        {"completed", {"是否办成", "Completed"}},
        {"feedback", {"反馈内容", "Report"}},
        {"documents", {"出台文件数", "Documents issued"}},
        {"problems", {"解决问题数", "Problems solved"}},
        {"incidents", {"化解事件数", "Incidents averted"}},
        {"matters", {"办成实事数", "Practical matters done"}},
        {"outcome_text", {"成效说明", "Outcomes"}},
    };
    return l;
}

const std::vector<Kind>& kinds() {
    static const std::vector<Kind> k = {
        {"inspection", "视察报告", "Inspection report"},
        {"research", "调研报告", "Research report"},
        {"consultation", "协商报告", "Consultation report"},
        {"supervision", "监督报告", "Supervision report"},
        {"advice", "建言要报", "Advice brief"},
        {"information", "信息专报", "Information bulletin"},
    };
    return k;
}

void name_kind(nlohmann::json& o) {
    for (const auto& k : kinds())
        if (o["kind"] == k.code) {
            o["kind_name_zh"] = k.name_zh;
            o["kind_name_en"] = k.name_en;
        }
}

Caller caller_of(storage::Tx& tx, const auth::Principal& me) {
    Caller who{me};
    who.reads_all = me.has("conversion:report:read");
    who.staff = me.has("conversion:report:assign");
    for (const auto& r : tx.query("SELECT uu.unit_id FROM user_units uu JOIN units u ON u.id = uu.unit_id "
                                  "WHERE uu.user_id = :u AND u.committee_id = :c ORDER BY uu.unit_id",
                                  {{"u", me.user_id}, {"c", me.committee_id}}))
        who.unit_ids.push_back(r.i("unit_id"));
    return who;
}

namespace {

// "(:u0, :u1, …)" for the caller's units, with the parameters added.
std::string unit_list(const Caller& who, storage::Params& params) {
    std::string in;
    for (size_t k = 0; k < who.unit_ids.size(); ++k) {
        std::string name = "vu" + std::to_string(k);
        in += (k ? ", :" : ":") + name;
        params.emplace_back(name, who.unit_ids[k]);
    }
    return "(" + in + ")";
}

}  // namespace

// The condition (on alias r) for the reports the caller may see: all of the committee's with the read
// permission, otherwise those assigned to one of the caller's units.
std::string visible_where(const Caller& who, storage::Params& params, bool mine) {
    if (who.reads_all && !mine) return "1 = 1";
    if (who.unit_ids.empty()) return "1 = 0";
    return "EXISTS (SELECT 1 FROM conversion_assignments va WHERE va.report_id = r.id AND va.unit_id IN " +
           unit_list(who, params) + ")";
}

Report visible(storage::Tx& tx, const Caller& who, int64_t id) {
    storage::Params p{{"id", id}, {"c", who.committee()}};
    std::string where = visible_where(who, p, false);
    auto r = tx.one(
        "SELECT r.id, r.case_id, c.state, c.version, r.title FROM conversion_reports r JOIN wf_cases c ON "
        "c.id "
        "= r.case_id WHERE r.id = :id AND r.committee_id = :c AND " +
            where,
        p);
    if (!r) throw AppError::not_found();
    return {r->i("id"), r->i("case_id"), r->s("state"), r->i("version"), r->s("title")};
}

void fire(storage::Tx& tx, const Caller& who, const audit::Actor& actor, const Report& r,
          const std::string& transition, std::optional<int64_t> version, const std::string& note) {
    workflow::advance(tx, who.committee(), who.me.permissions, actor, {r.case_id, transition, version, note});
}

storage::Row acting_assignment(storage::Tx& tx, const Caller& who, int64_t report_id,
                               std::optional<int64_t> assignment_id,
                               const std::function<bool(const storage::Row&)>& pending) {
    auto rows = tx.query(
        "SELECT a.id, a.target, a.unit_id, n.name AS unit_name, a.leader_name, a.acknowledged_at, "
        "a.reported_at, "
        "a.completed FROM conversion_assignments a LEFT JOIN units n ON n.id = a.unit_id WHERE a.report_id = "
        ":r "
        "ORDER BY a.id",
        {{"r", report_id}});
    auto mine = [&](const storage::Row& a) {
        const auto unit = a.opt_i("unit_id");
        return who.staff ||
               (unit && std::find(who.unit_ids.begin(), who.unit_ids.end(), *unit) != who.unit_ids.end());
    };
    std::optional<storage::Row> first;
    for (const auto& a : rows) {
        if (!mine(a)) continue;
        if (assignment_id) {
            if (a.i("id") == *assignment_id) return a;
            continue;
        }
        if (pending(a)) return a;
        if (!first) first = a;
    }
    if (!first || assignment_id) throw AppError::not_found();
    return *first;
}

std::string assignee_name(const storage::Row& assignment) {
    return assignment.is_null("unit_id") ? assignment.s("leader_name") : assignment.s("unit_name");
}

void record(storage::Tx& tx, const audit::Actor& actor, const std::string& action, int64_t id,
            const nlohmann::json& summary) {
    audit::append(tx, actor, "conversion_report." + action, "conversion_report", std::to_string(id), summary);
}

nlohmann::json report_json(storage::Tx& tx, const Caller& who, int64_t id) {
    visible(tx, who, id);
    auto r = tx.one(
        "SELECT r.id, r.kind, r.title, r.year, r.body, r.body_id, b.name AS body_name, r.submitted_on, "
        "r.source_kind, r.source_id, r.case_id, u.display_name AS created_by_name, r.created_at FROM "
        "conversion_reports r LEFT JOIN bodies b ON b.id = r.body_id LEFT JOIN users u ON u.id = "
        "r.created_by "
        "WHERE r.id = :id",
        {{"id", id}});
    auto out = r->json();
    name_kind(out);
    auto c = workflow::case_json(tx, who.committee(), r->i("case_id"), who.me.permissions);
    out["state"] = c["state"];
    out["state_name_zh"] = c["state_name_zh"];
    out["state_name_en"] = c["state_name_en"];
    out["version"] = c["version"];
    out["case"] = c;
    nlohmann::json instructions = nlohmann::json::array();
    for (const auto& i : tx.query("SELECT id, leader_user_id, leader_name, text, signed_on, created_at FROM "
                                  "conversion_instructions WHERE report_id = :id ORDER BY id",
                                  {{"id", id}}))
        instructions.push_back(i.json());
    out["instructions"] = instructions;
    nlohmann::json assignments = nlohmann::json::array();
    for (const auto& a : tx.query(
             "SELECT a.id, a.target, a.unit_id, n.name AS unit_name, a.leader_name, a.deadline, "
             "a.assigned_at, "
             "a.acknowledged_at, a.reported_at, a.completed, a.feedback, a.documents, a.problems, "
             "a.incidents, "
             "a.matters, a.outcome_text FROM conversion_assignments a LEFT JOIN units n ON n.id = a.unit_id "
             "WHERE a.report_id = :id ORDER BY a.id",
             {{"id", id}})) {
        auto o = a.json();
        o["completed"] = a.is_null("completed") ? nlohmann::json() : nlohmann::json(a.i("completed") == 1);
        const auto unit = a.opt_i("unit_id");
        // the caller may acknowledge / report back for this assignee: staff on paper, a unit for itself
        o["mine"] = who.staff || (unit && std::find(who.unit_ids.begin(), who.unit_ids.end(), *unit) !=
                                              who.unit_ids.end());
        assignments.push_back(o);
    }
    out["assignments"] = assignments;
    return out;
}

nlohmann::json get_report(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    return report_json(tx, caller_of(tx, me), id);
}

}  // namespace zhixie::conversion
