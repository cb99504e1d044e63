#include <cmath>
#include <map>
#include <tuple>

#include <fmt/format.h>

#include "core/error.hpp"
#include "domains/office/assessment/assessment.hpp"
#include "domains/office/common.hpp"

namespace zhixie::office::assessment {

const std::vector<std::string> kSources = {"scored", "plan_on_time", "tasks_on_time", "attendance"};

const FieldLabels& labels() {
    static const FieldLabels l = {
        {"name", {"评分表名称", "Sheet name"}},
        {"subject_kind", {"考核对象", "Assessed"}},
        {"items", {"评分项目", "Items"}},
        {"quarter", {"季度", "Quarter"}},
        {"subject_id", {"考核对象", "Assessed"}},
        {"sheet_id", {"评分表", "Scoring sheet"}},
        {"scores", {"评分", "Scores"}},
        {"year", {"年度", "Year"}},
        {"rank", {"排名", "Rank"}},
        {"units", {"参评单位数", "Units ranked"}},
        {"grade", {"等次", "Grade"}},
        {"commendations", {"表彰情况", "Commendations"}},
    };
    return l;
}

namespace {
double round1(double v) {
    return std::round(v * 10.0) / 10.0;
}
}  // namespace

nlohmann::json sheet_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT id, name, subject_kind, version, created_at FROM office_score_sheets WHERE id = :id AND "
        "committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    auto o = r->json();
    o["items"] =
        items_json(tx.query("SELECT id, name, max_points, source, rule, sort FROM office_score_items WHERE "
                            "sheet_id = :id ORDER BY sort, id",
                            {{"id", id}}))["items"];
    return o;
}

nlohmann::json assessment_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto r = tx.one(
        "SELECT a.id, a.sheet_id, sh.name AS sheet_name, a.quarter, a.subject_kind, a.subject_id, "
        "COALESCE(b.name, "
        "s.name) AS subject_name, a.total, a.version, a.created_at, a.updated_at FROM office_assessments a "
        "JOIN "
        "office_score_sheets sh ON sh.id = a.sheet_id LEFT JOIN bodies b ON a.subject_kind = 'body' AND b.id "
        "= "
        "a.subject_id LEFT JOIN staff s ON a.subject_kind = 'staff' AND s.id = a.subject_id WHERE a.id = :id "
        "AND "
        "a.committee_id = :c",
        {{"id", id}, {"c", committee_id}});
    if (!r) throw AppError::not_found();
    auto o = r->json();
    o["scores"] = items_json(tx.query(
        "SELECT i.id AS item_id, i.name, i.max_points, i.source, i.rule, sc.points, sc.evidence FROM "
        "office_score_items i LEFT JOIN office_assessment_scores sc ON sc.item_id = i.id AND "
        "sc.assessment_id = :a "
        "WHERE i.sheet_id = :s ORDER BY i.sort, i.id",
        {{"a", id}, {"s", r->i("sheet_id")}}))["items"];
    return o;
}

ComputedPart computed_part(storage::Tx& tx, int64_t committee_id, const std::string& source,
                           double max_points, const std::string& subject_kind, int64_t subject_id,
                           const std::string& quarter) {
    const auto [first, last] = quarter_days(quarter);
    storage::Params p{{"c", committee_id}, {"who", subject_id}, {"first", first}, {"last", last}};
    const bool body = subject_kind == "body";
    std::string sql;
    if (source == "plan_on_time")
        sql = std::string(
                  "SELECT COUNT(*) AS total, SUM(CASE WHEN i.status = 'done' AND i.done_on <= i.due_date "
                  "THEN 1 ELSE 0 END) AS good FROM office_plan_items i JOIN office_plans p ON p.id = "
                  "i.plan_id WHERE i.committee_id = :c AND i.status <> 'cancelled' AND i.due_date BETWEEN "
                  ":first AND :last AND ") +
              (body ? "p.body_id = :who" : "i.owner_staff_id = :who");
    else if (source == "tasks_on_time")
        sql = std::string(
                  "SELECT COUNT(*) AS total, SUM(CASE WHEN t.completed_on IS NOT NULL AND t.completed_on "
                  "<= t.deadline THEN 1 ELSE 0 END) AS good FROM office_tasks t JOIN wf_cases c ON c.id = "
                  "t.case_id WHERE t.committee_id = :c AND c.state <> 'cancelled' AND t.deadline BETWEEN "
                  ":first AND :last AND ") +
              (body ? "t.body_id = :who" : "t.staff_id = :who");
    else  // attendance: the staff's invitations to closed meetings (Party life included); approved leave
          // counts
        sql = std::string(
                  "SELECT COUNT(*) AS total, SUM(CASE WHEN v.attendance = 'present' OR v.leave_status = "
                  "'approved' THEN 1 ELSE 0 END) AS good FROM meeting_invitees v JOIN meetings m ON m.id = "
                  "v.meeting_id WHERE v.committee_id = :c AND m.status = 'closed' AND "
                  "SUBSTR(m.starts_at, 1, 10) BETWEEN :first AND :last AND ") +
              (body ? "v.staff_id IN (SELECT id FROM staff WHERE committee_id = :c AND body_id = :who)"
                    : "v.staff_id = :who");
    auto r = tx.one(sql, p);
    ComputedPart out{r->i("good"), r->i("total"), max_points};
    if (out.total > 0)
        out.points = round1(max_points * static_cast<double>(out.done) / static_cast<double>(out.total));
    return out;
}

std::optional<nlohmann::json> check_subject(storage::Tx& tx, FieldErrors& e, int64_t committee_id,
                                            int64_t sheet_id, const std::string& quarter,
                                            int64_t subject_id) {
    std::optional<nlohmann::json> sheet;
    if (tx.one("SELECT id FROM office_score_sheets WHERE id = :id AND committee_id = :c",
               {{"id", sheet_id}, {"c", committee_id}}))
        sheet = sheet_json(tx, committee_id, sheet_id);
    else
        e.add("sheet_id", "field_unknown_ref", {{"value", sheet_id}});
    if (!is_quarter(quarter)) e.add("quarter", "field_invalid_period", {{"value", quarter}});
    const std::string kind = sheet ? (*sheet)["subject_kind"].get<std::string>() : "body";
    const bool subject_ok = kind == "body" ? body_exists(tx, committee_id, subject_id)
                                           : find_staff(tx, committee_id, subject_id).has_value();
    if (!subject_ok) e.add("subject_id", "field_unknown_ref", {{"value", subject_id}});
    return sheet;
}

void write_scores(storage::Tx& tx, int64_t committee_id, Lang lang, const nlohmann::json& sheet,
                  const std::string& quarter, int64_t assessment_id, int64_t subject_id,
                  const std::vector<Score>& scores) {
    std::map<int64_t, const Score*> given;
    for (const auto& s : scores)
        given[s.item_id] = &s;
    FieldErrors e;
    std::vector<std::tuple<int64_t, double, std::string>> rows;
    for (const auto& item : sheet["items"]) {
        const int64_t id = item["id"].get<int64_t>();
        const double max = item["max_points"].get<double>();
        const std::string name = item["name"].get<std::string>();
        auto it = given.find(id);
        if (item["source"] != "scored") {
            if (it != given.end()) e.add("scores", "score_is_computed", {{"item", name}});
            rows.emplace_back(id,
                              computed_part(tx, committee_id, item["source"].get<std::string>(), max,
                                            sheet["subject_kind"].get<std::string>(), subject_id, quarter)
                                  .points,
                              "");
            continue;
        }
        if (it == given.end()) {
            e.add("scores", "score_missing", {{"item", name}});
            continue;
        }
        const Score& s = *it->second;
        if (s.points > max + 1e-9)
            e.add("scores", "score_above_max", {{"item", name}, {"value", s.points}, {"max", max}});
        else if (s.points < 0)
            e.add("scores", "score_below_zero", {{"item", name}, {"value", s.points}});
        max_chars(e, "scores", s.evidence, 500);
        rows.emplace_back(id, round1(s.points), s.evidence);
        given.erase(it);
    }
    for (const auto& [id, s] : given)
        e.add("scores", "field_unknown_ref", {{"value", id}});
    e.throw_if_any(lang, labels());
    tx.exec("DELETE FROM office_assessment_scores WHERE assessment_id = :a", {{"a", assessment_id}});
    double total = 0;
    for (const auto& [item, points, evidence] : rows) {
        tx.exec(
            "INSERT INTO office_assessment_scores (assessment_id, item_id, points, evidence) VALUES (:a, :i, "
            ":p, "
            ":e)",
            {{"a", assessment_id}, {"i", item}, {"p", points}, {"e", evidence}});
        total += points;
    }
    tx.exec("UPDATE office_assessments SET total = :t WHERE id = :a",
            {{"t", round1(total)}, {"a", assessment_id}});
}

}  // namespace zhixie::office::assessment
