#include "domains/org/org.hpp"

namespace zhixie::org {

nlohmann::json list_terms(storage::Db& db, const auth::Principal& me) {
    auto tx = db.read();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r : tx.query("SELECT id, number, name, start_date, end_date, is_current FROM terms "
                                  "WHERE committee_id = :c ORDER BY number DESC",
                                  {{"c", me.committee_id}})) {
        auto o = r.json();
        o["is_current"] = r.i("is_current") != 0;
        items.push_back(o);
    }
    return {{"items", items}, {"total", items.size()}};
}

}  // namespace zhixie::org
