#include "domains/office/assessment/assessment.hpp"

namespace zhixie::office::assessment {

nlohmann::json list_sheets(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query("SELECT id FROM office_score_sheets WHERE committee_id = :c ORDER BY id",
                                  {{"c", me.committee_id}}))
        items.push_back(sheet_json(tx, me.committee_id, r.i("id")));
    return {{"items", items}, {"total", items.size()}};
}

nlohmann::json get_sheet(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    return sheet_json(tx, me.committee_id, id);
}

}  // namespace zhixie::office::assessment
