#include <cmath>

#include "domains/office/assessment/assessment.hpp"
#include "domains/office/common.hpp"

namespace zhixie::office::assessment {

nlohmann::json preview_assessment(storage::Db& db, const auth::Principal& me, Lang lang, int64_t sheet_id,
                                  const std::string& quarter, int64_t subject_id) {
    auto tx = db.read();
    FieldErrors e;
    auto sheet = check_subject(tx, e, me.committee_id, sheet_id, quarter, subject_id);
    e.throw_if_any(lang, labels());
    const std::string kind = (*sheet)["subject_kind"].get<std::string>();
    nlohmann::json items = nlohmann::json::array();
    double computed = 0;
    for (const auto& item : (*sheet)["items"]) {
        nlohmann::json o = {{"item_id", item["id"]},
                            {"name", item["name"]},
                            {"max_points", item["max_points"]},
                            {"source", item["source"]},
                            {"rule", item["rule"]}};
        if (item["source"] != "scored") {
            auto part = computed_part(tx, me.committee_id, item["source"].get<std::string>(),
                                      item["max_points"].get<double>(), kind, subject_id, quarter);
            o["points"] = part.points;
            o["done"] = part.done;
            o["total"] = part.total;
            computed += part.points;
        }
        items.push_back(o);
    }
    auto existing = tx.one(
        "SELECT id FROM office_assessments WHERE sheet_id = :s AND quarter = :q AND subject_kind = :k AND "
        "subject_id = :id",
        {{"s", sheet_id}, {"q", quarter}, {"k", kind}, {"id", subject_id}});
    return {{"sheet_id", sheet_id},
            {"quarter", quarter},
            {"subject_id", subject_id},
            {"computed_total", std::round(computed * 10.0) / 10.0},
            {"assessment_id", existing ? nlohmann::json(existing->i("id")) : nlohmann::json()},
            {"items", items}};
}

}  // namespace zhixie::office::assessment
