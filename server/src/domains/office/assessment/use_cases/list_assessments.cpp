#include "domains/office/assessment/assessment.hpp"
#include "domains/office/common.hpp"

namespace zhixie::office::assessment {

nlohmann::json list_assessments(storage::Db& db, const auth::Principal& me, const std::string& quarter,
                                std::optional<int64_t> sheet_id) {
    if (!is_quarter(quarter)) throw AppError::invalid_field("quarter", "YYYYQ1–YYYYQ4");
    std::string sql =
        "SELECT a.id, a.sheet_id, sh.name AS sheet_name, a.quarter, a.subject_kind, a.subject_id, "
        "COALESCE(b.name, "
        "s.name) AS subject_name, a.total, a.version FROM office_assessments a JOIN office_score_sheets sh "
        "ON sh.id = "
        "a.sheet_id LEFT JOIN bodies b ON a.subject_kind = 'body' AND b.id = a.subject_id LEFT JOIN staff s "
        "ON "
        "a.subject_kind = 'staff' AND s.id = a.subject_id WHERE a.committee_id = :c AND a.quarter = :q";
    storage::Params p{{"c", me.committee_id}, {"q", quarter}};
    if (sheet_id) {
        sql += " AND a.sheet_id = :s";
        p.emplace_back("s", *sheet_id);
    }
    auto tx = db.read();
    auto out = items_json(tx.query(sql + " ORDER BY a.sheet_id, a.total DESC, a.subject_id", p));
    // rank within each sheet; equal totals share a rank
    int64_t rank = 0, seen = 0;
    nlohmann::json previous;
    for (auto& a : out["items"]) {
        if (previous.is_null() || previous["sheet_id"] != a["sheet_id"]) seen = rank = 0;
        ++seen;
        if (previous.is_null() || previous["sheet_id"] != a["sheet_id"] || previous["total"] != a["total"])
            rank = seen;
        a["rank"] = rank;
        previous = a;
    }
    return out;
}

nlohmann::json get_assessment(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    return assessment_json(tx, me.committee_id, id);
}

}  // namespace zhixie::office::assessment
