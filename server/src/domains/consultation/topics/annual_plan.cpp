#include "domains/consultation/topics/topic_record.hpp"

namespace zhixie::consultation {

nlohmann::json annual_plan(storage::Db& db, const auth::Principal& me, int year) {
    auto tx = db.read();
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r :
         tx.query(std::string("SELECT ") + kTopicColumns + " " + kTopicFrom +
                      " AND t.year = :y AND c.state = 'decided' ORDER BY t.planned_month, t.id",
                  {{"c", me.committee_id}, {"y", year}})) {
        auto o = topic_row_json(r);
        nlohmann::json held = nlohmann::json::array();
        for (const auto& a : tx.query("SELECT id, title, form, held_on FROM consultation_activities WHERE "
                                      "committee_id = :c AND topic_id = :t ORDER BY held_on",
                                      {{"c", me.committee_id}, {"t", r.i("id")}}))
            held.push_back(a.json());
        o["activities"] = held;
        items.push_back(o);
    }
    return {{"year", year}, {"committee_name", me.committee_name}, {"items", items}, {"total", items.size()}};
}

}  // namespace zhixie::consultation
