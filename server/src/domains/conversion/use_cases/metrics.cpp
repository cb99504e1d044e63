// The rates of turning results into action, computed from the reports' records: 批示率 = instructed ÷
// submitted, 交办率 = assigned ÷ instructed, 承办率 = acknowledged ÷ assigned, 办成率 = completed ÷ assigned,
// and the outcome tallies. Each figure can list the reports behind it (counts_in is the one definition of
// what counts, for the figures and the drill-down alike).
#include <map>

#include "domains/conversion/conversion.hpp"

namespace zhixie::conversion {

namespace {

struct Rate {
    const char* code;
    const char* numerator;
    const char* denominator;
    const char* name_zh;
    const char* name_en;
    const char* zh;
    const char* en;
    const char* empty_zh;  // why the rate is 0 when there is nothing to divide by
    const char* empty_en;
};

const Rate kRates[] = {
    {"instruction_rate", "instructed", "submitted", "批示率", "Instruction rate",
     "获得领导批示的成果数 ÷ 呈报的成果数", "Reports with a leader's instruction ÷ reports submitted",
     "本年度没有呈报的成果，批示率记为 0。", "No reports were submitted this year; the rate is shown as 0."},
    {"assignment_rate", "assigned", "instructed", "交办率", "Assignment rate",
     "已交办承办单位（或分管副市长）的成果数 ÷ 获得批示的成果数",
     "Reports assigned to units (or the vice-mayor in charge) ÷ reports instructed",
     "本年度没有获得批示的成果，交办率记为 0。",
     "No reports were instructed this year; the rate is shown as 0."},
    {"acknowledgement_rate", "acknowledged", "assigned", "承办率", "Acknowledgement rate",
     "各承办单位均已签收承办的成果数 ÷ 已交办的成果数",
     "Reports acknowledged by every unit they were assigned to ÷ reports assigned",
     "本年度没有交办的成果，承办率记为 0。", "No reports were assigned this year; the rate is shown as 0."},
    {"completion_rate", "completed", "assigned", "办成率", "Completion rate",
     "各承办单位均反馈办成的成果数 ÷ 已交办的成果数",
     "Reports every assigned unit reported done ÷ reports assigned", "本年度没有交办的成果，办成率记为 0。",
     "No reports were assigned this year; the rate is shown as 0."},
};

const char* const kCounts[] = {"submitted", "instructed", "assigned", "acknowledged", "completed"};
const char* const kOutcomes[] = {"documents", "problems", "incidents", "matters"};

int64_t outcome(const Outcomes& o, const std::string& name) {
    if (name == "documents") return o.documents;
    if (name == "problems") return o.problems;
    if (name == "incidents") return o.incidents;
    return o.matters;
}

// Each report of the year (and type) with what it contributes, in one query.
std::vector<Facts> facts_of(storage::Tx& tx, int64_t committee_id, int64_t year, const std::string& kind) {
    storage::Params p{{"c", committee_id}, {"y", year}};
    std::string where = "r.committee_id = :c AND r.year = :y";
    if (!kind.empty()) {
        where += " AND r.kind = :k";
        p.emplace_back("k", kind);
    }
    std::vector<Facts> out;
    for (const auto& r :
         tx.query("SELECT r.id, r.kind, (SELECT COUNT(*) FROM conversion_instructions i WHERE i.report_id = "
                  "r.id) AS "
                  "instructions, COUNT(a.id) AS assignments, COALESCE(SUM(CASE WHEN a.acknowledged_at IS "
                  "NULL THEN 0 "
                  "ELSE 1 END), 0) AS acknowledged, COALESCE(SUM(CASE WHEN a.completed = 1 THEN 1 ELSE 0 "
                  "END), 0) AS "
                  "completed, COALESCE(SUM(a.documents), 0) AS documents, COALESCE(SUM(a.problems), 0) AS "
                  "problems, "
                  "COALESCE(SUM(a.incidents), 0) AS incidents, COALESCE(SUM(a.matters), 0) AS matters FROM "
                  "conversion_reports r LEFT JOIN conversion_assignments a ON a.report_id = r.id WHERE " +
                      where + " GROUP BY r.id, r.kind ORDER BY r.id",
                  p)) {
        const int64_t n = r.i("assignments");
        out.push_back({r.i("id"),
                       r.s("kind"),
                       r.i("instructions") > 0,
                       n > 0,
                       n > 0 && r.i("acknowledged") == n,
                       n > 0 && r.i("completed") == n,
                       {r.i("documents"), r.i("problems"), r.i("incidents"), r.i("matters")}});
    }
    return out;
}

std::string valid_kind(const std::string& kind) {
    if (kind.empty()) return kind;
    for (const auto& k : kinds())
        if (kind == k.code) return kind;
    throw AppError::invalid_field("type");
}

}  // namespace

bool counts_in(const Facts& f, const std::string& figure) {
    if (figure == "submitted") return true;
    if (figure == "instructed") return f.instructed;
    if (figure == "assigned") return f.assigned;
    if (figure == "acknowledged") return f.acknowledged;
    if (figure == "completed") return f.completed;
    for (const char* o : kOutcomes)
        if (figure == o) return outcome(f.outcomes, figure) > 0;
    throw AppError::invalid_field("figure");
}

nlohmann::json compute_figures(const std::vector<Facts>& facts) {
    nlohmann::json out = nlohmann::json::object();
    for (const char* c : kCounts) {
        int64_t n = 0;
        for (const auto& f : facts)
            n += counts_in(f, c) ? 1 : 0;
        out[c] = n;
    }
    nlohmann::json explanations = nlohmann::json::object();
    for (const auto& r : kRates) {
        const int64_t num = out[r.numerator], den = out[r.denominator];
        out[r.code] = den == 0 ? 0.0 : static_cast<double>(num) / static_cast<double>(den);
        if (den == 0) explanations[r.code] = {{"zh", r.empty_zh}, {"en", r.empty_en}};
    }
    nlohmann::json outcomes = nlohmann::json::object();
    for (const char* o : kOutcomes) {
        int64_t n = 0;
        for (const auto& f : facts)
            n += outcome(f.outcomes, o);
        outcomes[o] = n;
    }
    out["outcomes"] = outcomes;
    out["explanations"] = explanations;
    return out;
}

const nlohmann::json& rate_definitions() {
    static const nlohmann::json d = [] {
        nlohmann::json j = nlohmann::json::object();
        for (const auto& r : kRates)
            j[r.code] = {{"name_zh", r.name_zh}, {"name_en", r.name_en},     {"zh", r.zh},
                         {"en", r.en},           {"numerator", r.numerator}, {"denominator", r.denominator}};
        return j;
    }();
    return d;
}

nlohmann::json metrics(storage::Db& db, const auth::Principal& me, int64_t year, const std::string& kind) {
    auto tx = db.read();
    const std::string type = valid_kind(kind);
    const auto facts = facts_of(tx, me.committee_id, year, type);
    auto out = compute_figures(facts);
    out["year"] = year;
    out["type"] = type.empty() ? nlohmann::json() : nlohmann::json(type);
    nlohmann::json by_type = nlohmann::json::array();
    for (const auto& k : kinds()) {
        if (!type.empty() && type != k.code) continue;
        std::vector<Facts> of_kind;
        for (const auto& f : facts)
            if (f.kind == k.code) of_kind.push_back(f);
        auto t = compute_figures(of_kind);
        t["type"] = k.code;
        t["name_zh"] = k.name_zh;
        t["name_en"] = k.name_en;
        by_type.push_back(t);
    }
    out["by_type"] = by_type;
    out["definitions"] = rate_definitions();
    nlohmann::json years = nlohmann::json::array();
    for (const auto& r :
         tx.query("SELECT DISTINCT year FROM conversion_reports WHERE committee_id = :c ORDER BY "
                  "year DESC",
                  {{"c", me.committee_id}}))
        years.push_back(r.i("year"));
    out["years"] = years;
    return out;
}

nlohmann::json metric_items(storage::Db& db, const auth::Principal& me, int64_t year, const std::string& kind,
                            const std::string& figure) {
    auto tx = db.read();
    const std::string type = valid_kind(kind);
    if (figure.empty()) throw AppError::missing_field("figure");
    counts_in(Facts{}, figure);  // 400 for a figure that does not exist
    std::map<int64_t, storage::Row> rows;
    storage::Params p{{"c", me.committee_id}, {"y", year}, {"k", type}};
    for (auto& r : tx.query(
             "SELECT r.id, r.kind, r.title, r.year, r.submitted_on, b.name AS body_name, c.state, st.name_zh "
             "AS "
             "state_name_zh, st.name_en AS state_name_en FROM conversion_reports r JOIN wf_cases c ON c.id = "
             "r.case_id JOIN wf_states st ON st.definition_id = c.definition_id AND st.code = c.state LEFT "
             "JOIN "
             "bodies b ON b.id = r.body_id WHERE r.committee_id = :c AND r.year = :y AND (:k = '' OR r.kind "
             "= :k)",
             p))
        rows.emplace(r.i("id"), std::move(r));
    nlohmann::json items = nlohmann::json::array();
    for (const auto& f : facts_of(tx, me.committee_id, year, type)) {
        if (!counts_in(f, figure)) continue;
        auto o = rows.at(f.id).json();
        name_kind(o);
        o["outcomes"] = {{"documents", f.outcomes.documents},
                         {"problems", f.outcomes.problems},
                         {"incidents", f.outcomes.incidents},
                         {"matters", f.outcomes.matters}};
        items.push_back(o);
    }
    return {{"year", year},
            {"type", type.empty() ? nlohmann::json() : nlohmann::json(type)},
            {"figure", figure},
            {"items", items},
            {"total", items.size()}};
}

}  // namespace zhixie::conversion
